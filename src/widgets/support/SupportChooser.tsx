import { supportExercise, type SupportChooserData } from '../../lib/support-chooser';
import { MatchExercise } from '../kit/MatchPair';
import { useMatching } from '../kit/use-matching';
import SupportSituationItem from './SupportSituationItem';

/** The island’s props. */
export interface SupportChooserProps {
	exerciseId: string;
	objectives: string[];
	data: SupportChooserData;
}

/**
 * Which support for which trouble: for each situation, the channel and the mode (connected or
 * not) chosen from two lists. Each situation is recorded as its own item, scored out of 2.
 */
export default function SupportChooser({ exerciseId, objectives, data }: SupportChooserProps) {
	const m = useMatching({ id: exerciseId, objectives, ...supportExercise(data, exerciseId) });
	const byId = new Map(data.situations.map((s) => [s.id, s]));
	const channels = data.channels.map((c) => ({ value: c.id, text: c.label }));
	const modes = data.modes.map((mode) => ({ value: mode.id, text: mode.label }));
	return (
		<MatchExercise
			matching={m}
			class="widget support-chooser"
			intro={<p class="question-hint">Pour chaque situation, choisissez le canal d’assistance et le mode (connecté ou non) qui conviennent.</p>}
			listClass="support-situations"
			item={(id) => {
				const situation = byId.get(id);
				const result = m.practice.result?.situations.find((r) => r.situationId === id) ?? null;
				return situation ? (
					<SupportSituationItem key={id} uid={exerciseId} situation={situation} channels={channels} modes={modes} result={result} binding={m.pair(id)} />
				) : null;
			}}
		/>
	);
}
