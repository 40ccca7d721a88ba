import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { calculateFromForm, formatEuros, formatRate, suggestRate, type BuyerTypeFact, type DelayField, type DelayFormValues, type DelayOutcome, type DelayRules } from '../../lib/payment-delay';
import DelayResultView from './DelayResultView';
import ErrorSummary from './ErrorSummary';
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

/** The calculator: a French form, an error summary, the result with its arithmetic. Records nothing. */
export default function DelayForm({ uid, buyerTypes, rules, announce }: Props) {
	const [values, setValues] = useState(EMPTY);
	const [rateTouched, setRateTouched] = useState(false);
	const [outcome, setOutcome] = useState<DelayOutcome | null>(null);
	const summary = useRef<HTMLDivElement>(null);
	const ids = delayFieldIds(uid);
	const suggestion = suggestRate(values, buyerTypes, rules);
	// Until the learner types a rate, the field follows the table's rate for the semester.
	const rate = rateTouched ? values.rate : suggestion?.fact ? rateText(suggestion.fact.rate) : values.rate;
	const buyer = buyerTypes.find((b) => b.id === values.buyerType);
	const errors = outcome && !outcome.ok ? outcome.errors : [];
	const errorOf = (field: DelayField) => errors.find((e) => e.field === field)?.message;

	const set = (patch: Partial<DelayFormValues>) => {
		setValues({ ...values, ...patch });
		if (outcome?.ok) setOutcome(null);
	};

	const calculate = (e: Event) => {
		e.preventDefault();
		const next = calculateFromForm({ ...values, rate }, buyerTypes, rules);
		setOutcome(next);
		if (next.ok) {
			const r = next.result;
			announce(
				`Échéance : ${formatDate(r.dueDate)}. ` +
					(r.daysLate === 0 ? 'Aucun retard.' : `Retard : ${r.daysLate} jour${r.daysLate > 1 ? 's' : ''}. Intérêts et indemnité : ${formatEuros(r.totalCents)}.`)
			);
		} else {
			const n = next.errors.length;
			announce(`Il y a ${n} erreur${n > 1 ? 's' : ''} : corrigez les champs signalés.`);
			// GOV.UK pattern: focus goes to the summary once it is rendered.
			setTimeout(() => summary.current?.focus(), 0);
		}
	};

	const date = (field: 'receiptDate' | 'interruptionFrom' | 'documentsReceived' | 'paymentDate') => (p: ControlProps) => (
		<input {...p} type="date" aria-required="true" value={values[field]} onInput={(e) => set({ [field]: value(e) })} />
	);

	return (
		<form class="delay-form" noValidate onSubmit={calculate} aria-labelledby={`${uid}-calc-titre`}>
			<h4 id={`${uid}-calc-titre`}>Calculateur de délai de paiement et d’intérêts moratoires</h4>
			<p class="question-hint">Les champs marqués d’un astérisque (*) sont obligatoires. Le calcul se fait dans votre navigateur : rien n’est envoyé ni enregistré.</p>
			{errors.length > 0 ? <ErrorSummary summaryRef={summary} uid={uid} errors={errors} ids={ids} /> : null}
			<Field variant="delay-field"
				id={ids.buyerType}
				label="Type d’acheteur public"
				required
				error={errorOf('buyerType')}
				hint={
					buyer ? (
						<>
							Délai de paiement : {buyer.days} jours{(buyer as { note?: string }).note ? <strong class="fact-warning" data-fact-note=""> ({(buyer as { note?: string }).note})</strong> : null}.{' '}
							<a href={buyer.source.url} rel="external noreferrer">
								Source : {buyer.source.label}
							</a>
						</>
					) : (
						'Le délai de paiement dépend de l’acheteur.'
					)
				}
				control={(p) => (
					<select {...p} aria-required="true" value={values.buyerType} onChange={(e) => set({ buyerType: (e.currentTarget as HTMLSelectElement).value })}>
						<option value="">— Choisissez —</option>
						{buyerTypes.map((b) => (
							<option key={b.id} value={b.id}>
								{/* Some labels already say their delay (« … (30 jours) »): say it once. */}
								{b.label.includes(`${b.days} jours`) ? b.label : `${b.label} (${b.days} jours)`}
							</option>
						))}
					</select>
				)}
			/>
			<Field variant="delay-field"
				id={ids.receiptDate}
				label="Date de réception de la facture"
				required
				error={errorOf('receiptDate')}
				hint="Facture déposée sur le portail ou par l’API : la date du courriel qui informe l’acheteur que la facture est « mise à disposition »."
				control={date('receiptDate')}
			/>
			<fieldset class="question delay-interruption">
				<legend>Interruption du délai</legend>
				<label class="choice">
					<input type="checkbox" checked={values.interrupted} aria-describedby={`${uid}-interruption-aide`} onChange={(e) => set({ interrupted: (e.currentTarget as HTMLInputElement).checked })} />
					<span>Le délai a été interrompu (facture « Suspendue » dans Chorus Pro)</span>
				</label>
				<p id={`${uid}-interruption-aide`} class="question-hint">
					Une seule interruption possible. Le délai s’arrête ; quand toutes les pièces demandées sont reçues, un nouveau délai de {rules.interruptionDays} jours court, ou le
					solde restant s’il est plus long.
				</p>
				{values.interrupted ? (
					<>
						<Field variant="delay-field" id={ids.interruptionFrom} label="Début de l’interruption" required error={errorOf('interruptionFrom')} control={date('interruptionFrom')} />
						<Field variant="delay-field" id={ids.documentsReceived} label="Réception de toutes les pièces demandées" required error={errorOf('documentsReceived')} control={date('documentsReceived')} />
					</>
				) : null}
			</fieldset>
			<Field variant="delay-field" id={ids.paymentDate} label="Date du paiement effectif" required error={errorOf('paymentDate')} hint="La date de mise en paiement du principal." control={date('paymentDate')} />
			<Field variant="delay-field"
				id={ids.amount}
				label="Montant TTC payé en retard (€)"
				required
				error={errorOf('amount')}
				hint="Par exemple 1 234,56 ou 1234.56."
				control={(p) => <input {...p} type="text" inputMode="decimal" autocomplete="off" aria-required="true" value={values.amount} onInput={(e) => set({ amount: value(e) })} />}
			/>
			<Field variant="delay-field"
				id={ids.rate}
				label="Taux des intérêts moratoires (%)"
				error={errorOf('rate')}
				hint={<RateHint suggestion={suggestion} />}
				control={(p) => (
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
				)}
			/>
			<div class="question-actions">
				<button type="submit" class="btn">
					Calculer
				</button>
			</div>
			{outcome?.ok ? <DelayResultView uid={uid} result={outcome.result} /> : null}
		</form>
	);
}
