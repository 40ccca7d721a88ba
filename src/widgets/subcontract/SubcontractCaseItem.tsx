import type { CaseAnswer, CaseVerdict, RuleFact } from '../../lib/subcontract-validation';
import type { SubcontractCase } from '../../schemas/subcontract-validation';
import type { ChoiceOption } from '../kit/ChoiceField';
import CaseDocuments from './CaseDocuments';
import CaseFeedback from './CaseFeedback';
import DecisionFields from './DecisionFields';

interface Props {
	base: string;
	item: SubcontractCase;
	days: number;
	answer: CaseAnswer;
	reasons: ChoiceOption[];
	shown: 'checked' | 'revealed' | null;
	verdict: CaseVerdict | null;
	problem: string | null;
	rules: Record<string, RuleFact>;
	onChange: (update: (current: CaseAnswer) => CaseAnswer) => void;
}

/** The title of a request, as its case's legend and the error summary say it. */
export function caseTitle(item: SubcontractCase): string {
	return `${item.cadre === 'A10' ? 'Projet de décompte' : 'Facture'} n° ${item.number} — ${item.sender} (${item.cadre})`;
}

/** One request opened from « Factures à valider »: the situation, the documents, your decision, the feedback. */
export default function SubcontractCaseItem(p: Props) {
	const { base, item } = p;
	return (
		<fieldset id={base} class="question subcontract-case" aria-describedby={`${base}-situation`}>
			<legend>{caseTitle(item)}</legend>
			<p class="subcontract-path" data-fact-note="">
				«&nbsp;Factures à valider&nbsp;» › «&nbsp;Synthèse&nbsp;» › n° {item.number}{' '}
				<em class="indicative">(chemin donné par les guides&#8239;; sa place dans le portail actuel n’a pas été vue)</em>
			</p>
			<p id={`${base}-situation`} class="scenario-context">
				{item.situation}
			</p>
			<CaseDocuments base={base} item={item} days={p.days} />
			<DecisionFields base={base} validator={item.validator} answer={p.answer} reasons={p.reasons} verdict={p.shown === 'checked' ? p.verdict : null} problem={p.problem} onChange={p.onChange} />
			{p.shown ? (
				<CaseFeedback item={item} verdict={p.shown === 'checked' ? p.verdict : null} reasonText={p.reasons.find((r) => r.value === item.reason)?.text ?? ''} rules={p.rules} />
			) : null}
		</fieldset>
	);
}
