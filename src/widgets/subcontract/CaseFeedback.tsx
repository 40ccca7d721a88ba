import { factNote } from '../../lib/fact-note';
import { DECISION_LABEL, evidenceText, verdictText, type CaseVerdict, type RuleFact } from '../../lib/subcontract-validation';
import type { SubcontractCase } from '../../schemas/subcontract-validation';

interface Props {
	item: SubcontractCase;
	/** The verdict after « Vérifier »; null when the solution is shown. */
	verdict: CaseVerdict | null;
	/** The text of the right reason, for a refusal. */
	reasonText: string;
	rules: Record<string, RuleFact>;
}

/**
 * Under a case, once checked or solved: the verdict in words, why, where the decisive data are
 * read, and the rules applied with their source (a likely or unsure fact with its note).
 */
export default function CaseFeedback({ item, verdict, reasonText, rules }: Props) {
	const solution = `Solution\u00a0: ${DECISION_LABEL[item.decision]}${item.reason ? `, motif «\u00a0${reasonText}\u00a0»` : ''}.`;
	const tone = verdict === null ? 'feedback-revealed' : verdict.score === 1 ? 'feedback-correct' : 'feedback-wrong';
	return (
		<div class={`feedback ${tone}`}>
			<p>
				<strong>{verdict ? verdictText(verdict) : solution}</strong> {verdict && verdict.score === 0 ? `${solution} ` : ''}
				{item.why}
			</p>
			<p>
				<strong>Où lire la donnée&nbsp;: </strong>
				{evidenceText(item)}.
			</p>
			<p class="subcontract-rules-title">
				<strong>La règle, et sa source&nbsp;:</strong>
			</p>
			<ul class="subcontract-rules">
				{item.facts.map((id) => {
					const fact = rules[id];
					if (!fact) return null;
					const note = factNote(fact);
					return (
						<li key={id} data-fact-note={note ? '' : undefined}>
							{fact.statement}
							{note ? <strong class={`fact-note${fact.confidence === 'unsure' ? ' fact-warning' : ''}`}> ({note.text})</strong> : null}{' '}
							<a class="fact-source" href={fact.source.url} rel="external noreferrer">
								Source&nbsp;: {fact.source.label}
							</a>
						</li>
					);
				})}
			</ul>
		</div>
	);
}
