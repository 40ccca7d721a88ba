import { STATUS_LABEL, type CaseResult, type RejectionCase } from '../../lib/rejection-matching';
import type { ChoiceOption } from '../kit/ChoiceField';
import MatchPair, { type PairList } from '../kit/MatchPair';
import type { PairBinding } from '../kit/use-matching';

type Key = 'cause' | 'action';

interface Props {
	uid: string;
	item: RejectionCase;
	causes: ChoiceOption[];
	actions: ChoiceOption[];
	/** The verdict after « Vérifier », or null. */
	result: CaseResult | null;
	binding: PairBinding<Key>;
}

/** One returned invoice: its status in words, its line, the recipient's reason and two selects. */
export default function RejectionCaseItem({ uid, item, causes, actions, result, binding }: Props) {
	const base = `${uid}-${item.id}`;
	const lists: PairList<Key>[] = [
		{ key: 'cause', word: 'cause', label: 'Cause', options: causes },
		{ key: 'action', word: 'action', label: 'Ce que vous faites', options: actions },
	];
	return (
		<li>
			<fieldset class="question rejection-case" aria-describedby={`${base}-motif`}>
				<legend>
					<span class={`badge badge-retour badge-${item.status}`}>Statut&nbsp;: {STATUS_LABEL[item.status]}</span> {item.invoice}
				</legend>
				<p id={`${base}-motif`} class="rejection-reason">
					Motif saisi par le destinataire&nbsp;: «&nbsp;{item.reason}&nbsp;»
				</p>
				<MatchPair
					base={base}
					lists={lists}
					ok={result ? { cause: result.causeOk, action: result.actionOk } : null}
					why={item.why}
					fieldsClass="rejection-fields"
					variant="rejection-field"
					{...binding}
				/>
			</fieldset>
		</li>
	);
}
