import type { z } from '../schemas/zod';
import type { Confidence } from '../schemas/common';
import type { PaymentDelaySchema } from '../schemas/sequence-2-widgets';
import { formatDate } from './format';

/** A public buyer's kind and its payment delay, resolved from a fact at build time. */
export interface BuyerTypeFact {
	id: string;
	label: string;
	days: number;
	/** The fact's note (« à vérifier », « selon … »), shown beside the delay when the fact is not sure. */
	note?: string;
	source: { url: string; label: string };
}

/** The late-interest rate (in %, e.g. 10.15) in force for the semester starting on `from`. */
export interface RateFact {
	from: string;
	rate: number;
	confidence: Confidence;
	/** The fact's note (« à vérifier », « selon … »), shown beside the rate when the fact is not sure. */
	note?: string;
	source: { url: string; label: string };
}

/** The rules a computation needs besides the invoice: rates by semester, indemnity, new delay. */
export interface DelayRules {
	rates: RateFact[];
	/** Flat recovery indemnity in euros. */
	indemnity: number;
	/** The new delay, in days, once the documents asked for by the interruption arrive. */
	interruptionDays: number;
}

/** One invoice's payment, as typed or as given by a case. */
export interface DelayInput {
	delayDays: number;
	receiptDate: string;
	interruption?: { from: string; documentsReceived: string };
	paymentDate: string;
	amountTTC: number;
	/** The rate in % when the learner set it; otherwise it is taken from the rules. */
	rate?: number;
}

/** Form fields an error can point to (the widget turns them into control ids). */
export type DelayField = 'buyerType' | 'receiptDate' | 'interruptionFrom' | 'documentsReceived' | 'paymentDate' | 'amount' | 'rate';

/** A French message saying what to fix, and where. */
export interface DelayError {
	field: DelayField;
	message: string;
}

/** The computed due date, lateness, interest and the arithmetic that led there. */
export interface DelayResult {
	dueDate: string;
	daysLate: number;
	/** The day after the due date, when the payment was late. */
	interestStart: string | null;
	rate: number | null;
	/** The table's rate for that semester, if any (shown with its date and source). */
	rateFact: RateFact | null;
	interestCents: number;
	indemnityCents: number;
	totalCents: number;
	/** Each step of the arithmetic, in French, in order. */
	steps: string[];
}

export type DelayOutcome = { ok: true; result: DelayResult } | { ok: false; errors: DelayError[] };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a real calendar date written YYYY-MM-DD, or null. */
export function isoToDay(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	// Date.UTC rolls 2026-02-30 over to 2 March: a round trip catches dates that do not exist.
	return new Date(ms).toISOString().slice(0, 10) === iso ? ms / DAY_MS : null;
}

/** YYYY-MM-DD of a day number from isoToDay. */
export function dayToIso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` plus `days` calendar days (UTC: no time-zone or summer-time drift). */
export function addDays(iso: string, days: number): string {
	const day = isoToDay(iso);
	if (day === null) throw new RangeError(`date invalide\u00a0: ${iso}`);
	return dayToIso(day + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return (isoToDay(to) ?? NaN) - (isoToDay(from) ?? NaN);
}

/** First day of the calendar semester holding `iso`: 1 January or 1 July. */
export function semesterStart(iso: string): string {
	return `${iso.slice(0, 4)}-${Number(iso.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
}

/** The rate in force on the first day of the semester holding `iso`, if the table has it. */
export function findRate(rates: RateFact[], iso: string): RateFact | null {
	const start = semesterStart(iso);
	return rates.find((r) => r.from === start) ?? null;
}

/** « 1 234,56 € » from cents (no-break spaces, so it never wraps inside a number). */
export function formatEuros(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(Math.round(cents));
	const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
	return `${sign}${units},${String(abs % 100).padStart(2, '0')}\u00a0€`;
}

/** « 10,15 % », « 10,40 % »: two decimals at least, as rates are published. */
export function formatRate(rate: number): string {
	const text = rate.toFixed(3).replace(/0$/, '');
	return `${text.replace('.', ',')}\u00a0%`;
}

/** « 12 jours », « 1 jour ». */
function jours(n: number): string {
	return `${n}\u00a0jour${Math.abs(n) > 1 ? 's' : ''}`;
}

/** A number typed the French or the English way: « 1234,56 », « 1 234,56 », « 1234.56 », « -5 ». */
function parseDecimal(text: string, suffix: RegExp, decimals: number): number | null {
	const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(suffix, '').replace('−', '-');
	const m = new RegExp(`^(-?)(\\d+)(?:[.,](\\d{1,${decimals}}))?$`).exec(t);
	if (!m) return null;
	return Number(`${m[1]}${m[2]}.${m[3] ?? '0'}`);
}

/** An amount in euros (two decimals at most, « € » allowed), or null when unreadable. */
export function parseAmount(text: string): number | null {
	return parseDecimal(text, /€$/, 2);
}

/** A rate in % (three decimals at most, « % » allowed), or null when unreadable. */
export function parseRate(text: string): number | null {
	return parseDecimal(text, /%$/, 3);
}

/** The rounded interest in cents: amount × rate × days / 365, rounded once, at the end. */
export function interestCents(amountCents: number, rate: number, days: number): number {
	// Integers all along (cents, thousandths of a percent), so 10.15 is not 10.1499999…
	const num = BigInt(amountCents) * BigInt(Math.round(rate * 1000)) * BigInt(days);
	const den = BigInt(100 * 1000 * 365);
	return Number((num * BigInt(2) + den) / (den * BigInt(2)));
}

type DueOutcome = { ok: true; dueDate: string; steps: string[] } | { ok: false; errors: DelayError[] };

/**
 * The last day on which the buyer may pay: receipt + delay. With an interruption (« Suspendue »),
 * the delay stops on its first day; once every document is in, a new delay runs: `interruptionDays`,
 * or the balance left if that is longer (R. 2192-29).
 */
export function computeDueDate(
	receiptDate: string,
	delayDays: number,
	interruption: DelayInput['interruption'],
	interruptionDays: number
): DueOutcome {
	const plain = addDays(receiptDate, delayDays);
	if (!interruption) {
		return { ok: true, dueDate: plain, steps: [`Échéance\u00a0: ${formatDate(receiptDate)} (réception) + ${jours(delayDays)} = ${formatDate(plain)}.`] };
	}
	const { from, documentsReceived: docs } = interruption;
	const errors: DelayError[] = [];
	if (daysBetween(receiptDate, from) < 0)
		errors.push({ field: 'interruptionFrom', message: `L’interruption (${formatDate(from)}) ne peut pas commencer avant la réception de la facture (${formatDate(receiptDate)})\u00a0: corrigez l’une des deux dates.` });
	else if (daysBetween(plain, from) > 0)
		errors.push({ field: 'interruptionFrom', message: `L’interruption (${formatDate(from)}) arrive après l’échéance (${formatDate(plain)})\u00a0: le délai était déjà expiré, il ne peut plus être interrompu. Vérifiez la date.` });
	if (daysBetween(from, docs) < 0)
		errors.push({ field: 'documentsReceived', message: `Les pièces ne peuvent pas arriver (${formatDate(docs)}) avant le début de l’interruption (${formatDate(from)})\u00a0: corrigez l’une des deux dates.` });
	if (errors.length) return { ok: false, errors };
	const elapsed = daysBetween(receiptDate, from);
	const balance = delayDays - elapsed;
	const newDelay = Math.max(interruptionDays, balance);
	const dueDate = addDays(docs, newDelay);
	const why =
		balance > interruptionDays
			? `le solde de ${jours(balance)}, plus long que ${jours(interruptionDays)}`
			: `${jours(interruptionDays)}${balance === interruptionDays ? ', égal au solde' : `, plus que le solde de ${jours(balance)}`}`;
	return {
		ok: true,
		dueDate,
		steps: [
			`Délai écoulé avant l’interruption\u00a0: du ${formatDate(receiptDate)} au ${formatDate(from)} = ${jours(elapsed)}\u202f; solde\u00a0: ${delayDays} − ${elapsed} = ${jours(balance)}.`,
			`Nouveau délai à la réception de toutes les pièces\u00a0: ${why}.`,
			`Échéance\u00a0: ${formatDate(docs)} (pièces reçues) + ${jours(newDelay)} = ${formatDate(dueDate)}.`,
		],
	};
}

function invalidDate(field: DelayField, label: string, iso: string): DelayError[] {
	return isoToDay(iso) === null ? [{ field, message: `${label} («\u00a0${iso}\u00a0») n’est pas une date qui existe\u00a0: vérifiez le jour, le mois et l’année.` }] : [];
}

/**
 * Due date, days late, late interest (one rate: the one of the semester in which interest
 * started to run) and the flat indemnity, with the steps of the arithmetic. Never throws:
 * bad input comes back as French errors, all of them at once.
 */
export function computePaymentDelay(input: DelayInput, rules: DelayRules): DelayOutcome {
	const { receiptDate, paymentDate, interruption } = input;
	const errors = [
		...invalidDate('receiptDate', 'La date de réception', receiptDate),
		...(interruption ? invalidDate('interruptionFrom', 'La date d’interruption', interruption.from) : []),
		...(interruption ? invalidDate('documentsReceived', 'La date de réception des pièces', interruption.documentsReceived) : []),
		...invalidDate('paymentDate', 'La date de paiement', paymentDate),
	];
	if (!(input.amountTTC > 0)) errors.push({ field: 'amount', message: 'Le montant TTC doit être supérieur à 0\u00a0€\u00a0: saisissez le montant payé en retard.' });
	if (input.rate !== undefined && !(input.rate > 0 && input.rate < 100)) errors.push({ field: 'rate', message: 'Le taux doit être compris entre 0 et 100\u00a0%, par exemple 10,15.' });
	if (errors.some((e) => e.field === 'receiptDate')) return { ok: false, errors };
	if (isoToDay(paymentDate) !== null && daysBetween(receiptDate, paymentDate) < 0)
		errors.push({ field: 'paymentDate', message: `La date de paiement (${formatDate(paymentDate)}) est antérieure à la réception de la facture (${formatDate(receiptDate)})\u00a0: vérifiez les deux dates.` });
	if (errors.some((e) => e.field === 'interruptionFrom' || e.field === 'documentsReceived')) return { ok: false, errors };

	const due = computeDueDate(receiptDate, input.delayDays, interruption, rules.interruptionDays);
	if (!due.ok) return { ok: false, errors: [...errors, ...due.errors] };
	if (errors.length) return { ok: false, errors };

	const steps = [...due.steps];
	const daysLate = Math.max(0, daysBetween(due.dueDate, paymentDate));
	if (daysLate === 0) {
		steps.push(`Paiement le ${formatDate(paymentDate)}, au plus tard à l’échéance\u00a0: aucun retard, donc ni intérêts moratoires ni indemnité.`);
		return { ok: true, result: { dueDate: due.dueDate, daysLate, interestStart: null, rate: null, rateFact: null, interestCents: 0, indemnityCents: 0, totalCents: 0, steps } };
	}
	const interestStart = addDays(due.dueDate, 1);
	const rateFact = findRate(rules.rates, interestStart);
	const rate = input.rate ?? rateFact?.rate;
	if (rate === undefined) {
		const message = `Aucun taux connu pour le semestre commençant le ${formatDate(semesterStart(interestStart))}, où les intérêts commencent à courir (${formatDate(interestStart)})\u00a0: saisissez le taux en vigueur.`;
		return { ok: false, errors: [{ field: 'rate', message }] };
	}
	const amountCents = Math.round(input.amountTTC * 100);
	const interest = interestCents(amountCents, rate, daysLate);
	const indemnityCents = Math.round(rules.indemnity * 100);
	steps.push(
		`Retard\u00a0: ${formatDate(paymentDate)} (paiement) − ${formatDate(due.dueDate)} (échéance) = ${jours(daysLate)}\u202f; les intérêts courent depuis le lendemain de l’échéance, le ${formatDate(interestStart)}.`,
		`Taux\u00a0: ${formatRate(rate)}${input.rate !== undefined && input.rate !== rateFact?.rate ? ' (taux saisi)' : ''}, celui du semestre commençant le ${formatDate(semesterStart(interestStart))}, où les intérêts ont commencé à courir\u202f; un seul taux pour toute la période.`,
		`Intérêts moratoires\u00a0: ${formatEuros(amountCents)} × ${formatRate(rate)} × ${daysLate} / 365 = ${formatEuros(interest)}.`,
		`Indemnité forfaitaire pour frais de recouvrement\u00a0: ${formatEuros(indemnityCents)}.`,
		`Total dû en plus du principal\u00a0: ${formatEuros(interest)} + ${formatEuros(indemnityCents)} = ${formatEuros(interest + indemnityCents)}.`
	);
	return { ok: true, result: { dueDate: due.dueDate, daysLate, interestStart, rate, rateFact, interestCents: interest, indemnityCents, totalCents: interest + indemnityCents, steps } };
}

/** What the calculator's form holds, as typed. */
export interface DelayFormValues {
	buyerType: string;
	receiptDate: string;
	interrupted: boolean;
	interruptionFrom: string;
	documentsReceived: string;
	paymentDate: string;
	amount: string;
	rate: string;
}

const REQUIRED: [keyof DelayFormValues & DelayField, string][] = [
	['receiptDate', 'Saisissez la date de réception de la facture.'],
	['paymentDate', 'Saisissez la date du paiement effectif.'],
];

/** Reads the form, then computes: missing or unreadable fields and bad dates come back together. */
export function calculateFromForm(values: DelayFormValues, buyerTypes: BuyerTypeFact[], rules: DelayRules): DelayOutcome {
	const errors: DelayError[] = [];
	const buyer = buyerTypes.find((b) => b.id === values.buyerType);
	if (!buyer) errors.push({ field: 'buyerType', message: 'Choisissez le type d’acheteur public.' });
	for (const [field, message] of REQUIRED) if (!values[field]) errors.push({ field, message });
	if (values.interrupted) {
		if (!values.interruptionFrom) errors.push({ field: 'interruptionFrom', message: 'Saisissez la date du début de l’interruption, ou décochez la case.' });
		if (!values.documentsReceived) errors.push({ field: 'documentsReceived', message: 'Saisissez la date où toutes les pièces demandées ont été reçues.' });
	}
	const amount = values.amount.trim() ? parseAmount(values.amount) : null;
	if (amount === null) errors.push({ field: 'amount', message: values.amount.trim() ? `«\u00a0${values.amount}\u00a0» n’est pas un montant lisible\u00a0: saisissez les euros et au plus deux décimales, par exemple 1\u202f234,56.` : 'Saisissez le montant TTC payé en retard, par exemple 1\u202f234,56.' });
	const rate = values.rate.trim() ? parseRate(values.rate) : undefined;
	if (rate === null) errors.push({ field: 'rate', message: `«\u00a0${values.rate}\u00a0» n’est pas un taux lisible\u00a0: saisissez un pourcentage, par exemple 10,15.` });
	const input: DelayInput = {
		delayDays: buyer?.days ?? 0,
		receiptDate: values.receiptDate,
		interruption: values.interrupted ? { from: values.interruptionFrom, documentsReceived: values.documentsReceived } : undefined,
		paymentDate: values.paymentDate,
		// An unreadable amount is already reported; a stand-in lets the dates still be checked.
		amountTTC: amount ?? 1,
		rate: rate ?? undefined,
	};
	if (!buyer || errors.some((e) => e.field !== 'amount' && e.field !== 'rate')) return { ok: false, errors: sortErrors(errors) };
	const outcome = computePaymentDelay(input, rules);
	if (outcome.ok && errors.length === 0) return outcome;
	const all = [...errors, ...(outcome.ok ? [] : outcome.errors.filter((e) => !errors.some((x) => x.field === e.field)))];
	return { ok: false, errors: sortErrors(all) };
}

const ORDER: DelayField[] = ['buyerType', 'receiptDate', 'interruptionFrom', 'documentsReceived', 'paymentDate', 'amount', 'rate'];
function sortErrors(errors: DelayError[]): DelayError[] {
	return [...errors].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
}

/** The rate to prefill: the table's, for the semester in which interest would start to run. */
export function suggestRate(values: DelayFormValues, buyerTypes: BuyerTypeFact[], rules: DelayRules): { interestStart: string; fact: RateFact | null } | null {
	const buyer = buyerTypes.find((b) => b.id === values.buyerType);
	if (!buyer || isoToDay(values.receiptDate) === null) return null;
	let interruption: DelayInput['interruption'];
	if (values.interrupted) {
		if (isoToDay(values.interruptionFrom) === null || isoToDay(values.documentsReceived) === null) return null;
		interruption = { from: values.interruptionFrom, documentsReceived: values.documentsReceived };
	}
	const due = computeDueDate(values.receiptDate, buyer.days, interruption, rules.interruptionDays);
	if (!due.ok) return null;
	const interestStart = addDays(due.dueDate, 1);
	return { interestStart, fact: findRate(rules.rates, interestStart) };
}

/** A practice case as the exercise data gives it. */
export interface DelayCase {
	buyerType: string;
	receiptDate: string;
	interruption?: { from: string; documentsReceived: string };
	paymentDate: string;
	amountTTC: number;
}

/** The expected answer to a practice case, from the table's rates (never a typed rate). */
export function solveCase(c: DelayCase, buyerTypes: BuyerTypeFact[], rules: DelayRules): DelayOutcome {
	const buyer = buyerTypes.find((b) => b.id === c.buyerType);
	if (!buyer) return { ok: false, errors: [{ field: 'buyerType', message: `Type d’acheteur inconnu\u00a0: «\u00a0${c.buyerType}\u00a0».` }] };
	return computePaymentDelay({ delayDays: buyer.days, receiptDate: c.receiptDate, interruption: c.interruption, paymentDate: c.paymentDate, amountTTC: c.amountTTC }, rules);
}

/** Is the learner's answer right? The due date exactly, the interest to the cent. */
export function checkCaseAnswer(expected: DelayResult, given: { dueDate: string; interest: string }): { dueOk: boolean; interestOk: boolean } {
	const interest = parseAmount(given.interest);
	return { dueOk: given.dueDate === expected.dueDate, interestOk: interest !== null && Math.round(interest * 100) === expected.interestCents };
}

/** The exercise data, as validated by PaymentDelaySchema. */
export type PaymentDelayData = z.output<typeof PaymentDelaySchema>;

/** A practice case: its text and its data. */
export type PracticeCase = PaymentDelayData['cases'][number];

/** The learner's answer to a practice case, as typed. */
export interface CaseAnswer {
	dueDate: string;
	interest: string;
}

/** The answers to type for « Voir la solution »: the due date, the interest in French without « € ». */
export function caseSolution(result: DelayResult): CaseAnswer {
	return { dueDate: result.dueDate, interest: formatEuros(result.interestCents).replace(/\u00a0€$/, '') };
}
