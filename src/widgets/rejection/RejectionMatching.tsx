import { rejectionExercise, type RejectionMatchingData } from '../../lib/rejection-matching';
import { MatchExercise } from '../kit/MatchPair';
import { useMatching } from '../kit/use-matching';
import RejectionCaseItem from './RejectionCaseItem';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: RejectionMatchingData;
}

/**
 * Returned invoices: for each one, the cause of the return and what the supplier does, chosen
 * from two lists (no dragging). Each invoice is recorded as its own item, scored out of 2.
 */
export default function RejectionMatching({ exerciseId, objectives, data }: Props) {
	const m = useMatching({ id: exerciseId, objectives, ...rejectionExercise(data, exerciseId) });
	const causes = data.causes.map((c) => ({ value: c.id, text: c.text }));
	const actions = data.actions.map((a) => ({ value: a.id, text: a.text }));
	const byId = new Map(data.cases.map((c) => [c.id, c]));
	const intro = (
		<>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictifs.</p>
			<p class="question-hint rejection-note">
				Dans Chorus Pro, le motif est un texte libre tapé par le destinataire&nbsp;: il n’existe pas de liste officielle. Les motifs
				ci-dessous sont des exemples typiques.
			</p>
		</>
	);
	return (
		<MatchExercise
			matching={m}
			class="widget rejection-matching"
			intro={intro}
			listClass="rejection-cases"
			item={(id) => {
				const item = byId.get(id);
				const result = m.practice.result?.cases.find((r) => r.caseId === id) ?? null;
				return item ? <RejectionCaseItem key={id} uid={exerciseId} item={item} causes={causes} actions={actions} result={result} binding={m.pair(id)} /> : null;
			}}
		/>
	);
}
