import type { SituationResult, SupportSituation } from '../../lib/support-chooser';
import type { ChoiceOption } from '../kit/ChoiceField';
import MatchPair, { type PairList } from '../kit/MatchPair';
import type { PairBinding } from '../kit/use-matching';

type Key = 'channel' | 'mode';

interface Props {
	uid: string;
	situation: SupportSituation;
	channels: ChoiceOption[];
	modes: ChoiceOption[];
	/** The verdict after « Vérifier », or null. */
	result: SituationResult | null;
	binding: PairBinding<Key>;
}

/** One situation: its text as the group’s name, then the « Canal » and « Mode » lists. */
export default function SupportSituationItem({ uid, situation, channels, modes, result, binding }: Props) {
	const lists: PairList<Key>[] = [
		{ key: 'channel', word: 'canal', label: 'Canal', options: channels },
		{ key: 'mode', word: 'mode', label: 'Mode', options: modes },
	];
	return (
		<li>
			<fieldset class="question support-situation">
				<legend>{situation.text}</legend>
				<MatchPair
					base={`${uid}-${situation.id}`}
					lists={lists}
					ok={result ? { channel: result.channelOk, mode: result.modeOk } : null}
					why={situation.why}
					fieldsClass="support-fields"
					{...binding}
				/>
			</fieldset>
		</li>
	);
}
