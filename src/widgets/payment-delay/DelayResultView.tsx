import { formatDate } from '../../lib/format';
import { formatEuros, formatRate, type DelayResult } from '../../lib/payment-delay';

interface Props {
	uid: string;
	result: DelayResult;
}

/** The calculator's result: the figures, then the arithmetic step by step. */
export default function DelayResultView({ uid, result: r }: Props) {
	const late = r.daysLate > 0;
	return (
		<section class="success-summary delay-result" aria-labelledby={`${uid}-resultat-titre`}>
			<h5 id={`${uid}-resultat-titre`}>Résultat</h5>
			<dl class="delay-figures">
				<dt>Échéance (paiement au plus tard le)</dt>
				<dd>
					<time dateTime={r.dueDate}>{formatDate(r.dueDate)}</time>
				</dd>
				<dt>Jours de retard</dt>
				<dd>{late ? `${r.daysLate}\u00a0jour${r.daysLate > 1 ? 's' : ''}` : 'aucun\u00a0: payé à temps'}</dd>
				<dt>Intérêts moratoires</dt>
				<dd>{formatEuros(r.interestCents)}</dd>
				<dt>Indemnité forfaitaire pour frais de recouvrement</dt>
				<dd>{formatEuros(r.indemnityCents)}</dd>
				<dt>Total dû en plus du principal</dt>
				<dd>
					<strong>{formatEuros(r.totalCents)}</strong>
				</dd>
			</dl>
			<DelaySteps steps={r.steps} />
			<RateNote result={r} />
		</section>
	);
}

/**
 * The note of the rate used, when its fact is not sure (the 2nd half of 2026 is « à vérifier »):
 * a likely figure is never shown without it. `note` comes from the fact, passed by <Exercise>.
 */
export function RateNote({ result: r }: { result: DelayResult }) {
	const fact = r.rateFact as (DelayResult['rateFact'] & { note?: string }) | null;
	if (!fact?.note || r.rate !== fact.rate) return null;
	return (
		<p class="fact-source" data-fact-note="">
			Taux de {formatRate(fact.rate)}&nbsp;: <strong class="fact-warning">{fact.note}</strong>.{' '}
			<a href={fact.source.url} rel="external noreferrer">
				Source&nbsp;: {fact.source.label}
			</a>
		</p>
	);
}

/** The arithmetic, one step a line. */
export function DelaySteps({ steps }: { steps: string[] }) {
	return (
		<>
			<p class="delay-steps-title">Le calcul&nbsp;:</p>
			<ol class="delay-steps">
				{steps.map((s) => (
					<li key={s}>{s}</li>
				))}
			</ol>
		</>
	);
}
