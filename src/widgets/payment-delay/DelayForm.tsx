import type { ComponentChildren, JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { calculateFromForm, formatEuros, formatRate, suggestRate, type BuyerTypeFact, type DelayField, type DelayFormValues, type DelayOutcome, type DelayRules } from '../../lib/payment-delay';
import DelayResultView from './DelayResultView';
import { useEarlyInputs } from '../kit/adopt-inputs';
import ErrorSummary from '../kit/ErrorSummary';
import Field, { type ControlProps } from '../kit/Field';
import RateHint from './RateHint';

interface Props {
	uid: string;
	buyerTypes: BuyerTypeFact[];
	rules: DelayRules;
	announce: (text: string) => void;
}

/** Control ids, so that the error summary's links reach the fields. */
export function delayFieldIds(uid: string): Record<DelayField, string> {
	return {
		buyerType: `${uid}-acheteur`,
		receiptDate: `${uid}-reception`,
		interruptionFrom: `${uid}-interruption-debut`,
		documentsReceived: `${uid}-pieces`,
		paymentDate: `${uid}-paiement`,
		amount: `${uid}-montant`,
		rate: `${uid}-taux`,
	};
}

const EMPTY: DelayFormValues = { buyerType: '', receiptDate: '', interrupted: false, interruptionFrom: '', documentsReceived: '', paymentDate: '', amount: '', rate: '' };
const rateText = (rate: number) => formatRate(rate).replace(/\u00a0%$/, '');
const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/**
 * The calculator: a French form, an error summary, the result with its arithmetic. Records nothing,
 * so it is outside the practice lifecycle: what is typed before the island starts is adopted here.
 */
export default function DelayForm({ uid, buyerTypes, rules, announce }: Props) {
	const [values, setValues] = useState(EMPTY);
	const [rateTouched, setRateTouched] = useState(false);
	const [outcome, setOutcome] = useState<DelayOutcome | null>(null);
	const summary = useRef<HTMLDivElement>(null);
	const root = useEarlyInputs();
	const ids = delayFieldIds(uid);
	const suggestion = suggestRate(values, buyerTypes, rules);
	// Until the learner types a rate, the field follows the table's rate for the semester.
	const rate = rateTouched ? values.rate : suggestion?.fact ? rateText(suggestion.fact.rate) : values.rate;
	const buyer = buyerTypes.find((b) => b.id === values.buyerType);
	const errors = outcome && !outcome.ok ? outcome.errors : [];
	const errorOf = (field: DelayField) => errors.find((e) => e.field === field)?.message;

	const set = (patch: Partial<DelayFormValues>) => {
		// From the latest values: early inputs are replayed one after the other.
		setValues((current) => ({ ...current, ...patch }));
		if (outcome?.ok) setOutcome(null);
	};

	const calculate = (e: Event) => {
		e.preventDefault();
		const next = calculateFromForm({ ...values, rate }, buyerTypes, rules);
		setOutcome(next);
		if (next.ok) {
			const r = next.result;
			announce(
				`Échéance\u00a0: ${formatDate(r.dueDate)}. ` +
					(r.daysLate === 0 ? 'Aucun retard.' : `Retard\u00a0: ${r.daysLate}\u00a0jour${r.daysLate > 1 ? 's' : ''}. Intérêts et indemnité\u00a0: ${formatEuros(r.totalCents)}.`)
			);
		} else {
			const n = next.errors.length;
			announce(`Il y a ${n} erreur${n > 1 ? 's' : ''}\u00a0: corrigez les champs signalés.`);
			// GOV.UK pattern: focus goes to the summary once it is rendered.
			setTimeout(() => summary.current?.focus(), 0);
		}
	};

	/** One labelled field of the form, tied to its error and hint (all required but the rate). */
	const field = (name: DelayField, label: string, control: (p: ControlProps) => JSX.Element, hint?: ComponentChildren, required = true) => (
		<Field variant="delay-field" id={ids[name]} label={label} required={required} error={errorOf(name)} hint={hint} control={control} />
	);

	const date = (name: 'receiptDate' | 'interruptionFrom' | 'documentsReceived' | 'paymentDate') => (p: ControlProps) => (
		<input {...p} type="date" aria-required="true" value={values[name]} onInput={(e) => set({ [name]: value(e) })} />
	);

	return (
		<form ref={root} class="delay-form" noValidate onSubmit={calculate} aria-labelledby={`${uid}-calc-titre`}>
			<h4 id={`${uid}-calc-titre`}>Calculateur de délai de paiement et d’intérêts moratoires</h4>
			<p class="question-hint">Les champs marqués d’un astérisque (*) sont obligatoires. Le calcul se fait dans votre navigateur&nbsp;: rien n’est envoyé ni enregistré.</p>
			{errors.length > 0 ? <ErrorSummary summaryRef={summary} uid={uid} errors={errors.map((e) => ({ key: e.field, message: e.message, target: ids[e.field] }))} /> : null}
			{field(
				'buyerType',
				'Type d’acheteur public',
				(p) => (
					<select {...p} aria-required="true" value={values.buyerType} onChange={(e) => set({ buyerType: (e.currentTarget as HTMLSelectElement).value })}>
						<option value="">— Choisissez —</option>
						{buyerTypes.map((b) => (
							<option key={b.id} value={b.id}>
								{/* Some labels already say their delay (« … (30 jours) »): say it once. */}
								{b.label.includes(`${b.days}\u00a0jours`) ? b.label : `${b.label} (${b.days}\u00a0jours)`}
							</option>
						))}
					</select>
				),
				buyer ? (
					<>
						Délai de paiement&nbsp;: {buyer.days}&nbsp;jours{buyer.note ? <strong class="fact-warning" data-fact-note=""> ({buyer.note})</strong> : null}.{' '}
						<a href={buyer.source.url} rel="external noreferrer">
							Source&nbsp;: {buyer.source.label}
						</a>
					</>
				) : (
					'Le délai de paiement dépend de l’acheteur.'
				)
			)}
			{field('receiptDate', 'Date de réception de la facture', date('receiptDate'), 'Facture déposée sur le portail ou par l’API\u00a0: la date du courriel qui informe l’acheteur que la facture est «\u00a0mise à disposition\u00a0».')}
			<fieldset class="question delay-interruption">
				<legend>Interruption du délai</legend>
				<label class="choice">
					<input type="checkbox" checked={values.interrupted} aria-describedby={`${uid}-interruption-aide`} onChange={(e) => set({ interrupted: (e.currentTarget as HTMLInputElement).checked })} />
					<span>Le délai a été interrompu (facture «&nbsp;Suspendue&nbsp;» dans Chorus Pro)</span>
				</label>
				<p id={`${uid}-interruption-aide`} class="question-hint">
					Une seule interruption possible. Le délai s’arrête&#8239;; quand toutes les pièces demandées sont reçues, un nouveau délai de {rules.interruptionDays}&nbsp;jours court, ou le
					solde restant s’il est plus long.
				</p>
				{values.interrupted ? (
					<>
						{field('interruptionFrom', 'Début de l’interruption', date('interruptionFrom'))}
						{field('documentsReceived', 'Réception de toutes les pièces demandées', date('documentsReceived'))}
					</>
				) : null}
			</fieldset>
			{field('paymentDate', 'Date du paiement effectif', date('paymentDate'), 'La date de mise en paiement du principal.')}
			{field(
				'amount',
				'Montant TTC payé en retard (€)',
				(p) => <input {...p} type="text" inputMode="decimal" autocomplete="off" aria-required="true" value={values.amount} onInput={(e) => set({ amount: value(e) })} />,
				'Par exemple 1\u202f234,56 ou 1234.56.'
			)}
			{field(
				'rate',
				'Taux des intérêts moratoires (%)',
				(p) => (
					<div class="delay-rate-row">
						<input
							{...p}
							type="text"
							inputMode="decimal"
							autocomplete="off"
							value={rate}
							onInput={(e) => {
								setRateTouched(true);
								set({ rate: value(e) });
							}}
						/>
						{rateTouched && suggestion?.fact && rate !== rateText(suggestion.fact.rate) ? (
							<button type="button" class="btn-small" onClick={() => setRateTouched(false)}>
								Reprendre le taux proposé ({formatRate(suggestion.fact.rate)})
							</button>
						) : null}
					</div>
				),
				<RateHint suggestion={suggestion} />,
				false
			)}
			<div class="question-actions">
				<button type="submit" class="btn">
					Calculer
				</button>
			</div>
			{outcome?.ok ? <DelayResultView uid={uid} result={outcome.result} /> : null}
		</form>
	);
}
