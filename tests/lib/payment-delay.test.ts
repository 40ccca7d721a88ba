import { describe, expect, test } from 'vitest';
import {
	addDays,
	calculateFromForm,
	checkCaseAnswer,
	computePaymentDelay,
	daysBetween,
	formatEuros,
	formatRate,
	interestCents,
	isoToDay,
	parseAmount,
	parseRate,
	semesterStart,
	solveCase,
	suggestRate,
	type BuyerTypeFact,
	type DelayFormValues,
	type DelayInput,
	type DelayOutcome,
	type DelayResult,
	type DelayRules,
} from '../../src/lib/payment-delay';

const src = { url: 'https://example.org/source', label: 'Source de test' };
/** Rates of fact 10.5, plus a made-up 2028 rate so that the leap-year case can run. */
const rules: DelayRules = {
	rates: [
		{ from: '2025-07-01', rate: 10.15, confidence: 'sure', source: src },
		{ from: '2026-01-01', rate: 10.15, confidence: 'sure', source: src },
		{ from: '2026-07-01', rate: 10.4, confidence: 'likely', source: src },
		{ from: '2028-01-01', rate: 11, confidence: 'unsure', source: src },
	],
	indemnity: 40,
	interruptionDays: 30,
};
const buyers: BuyerTypeFact[] = [
	{ id: 'etat-collectivites', label: 'État, collectivités territoriales', days: 30, source: src },
	{ id: 'hopital', label: 'Établissement public de santé', days: 50, source: src },
	{ id: 'entreprise-publique', label: 'Entreprise publique', days: 60, source: src },
];

function ok(outcome: DelayOutcome): DelayResult {
	if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join(' | '));
	return outcome.result;
}
function errors(outcome: DelayOutcome) {
	if (outcome.ok) throw new Error('une erreur était attendue');
	return outcome.errors;
}
const base = (over: Partial<DelayInput>): DelayInput => ({ delayDays: 30, receiptDate: '2026-10-05', paymentDate: '2026-11-04', amountTTC: 3000, ...over });

describe('day arithmetic (UTC)', () => {
	test('rejects dates that do not exist and accepts 29 February of a leap year only', () => {
		expect(isoToDay('2026-02-30')).toBeNull();
		expect(isoToDay('2026-02-29')).toBeNull();
		expect(isoToDay('2028-02-29')).not.toBeNull();
		expect(isoToDay('2026-13-01')).toBeNull();
		expect(isoToDay('26-1-5')).toBeNull();
	});

	test('adds days across month ends, the summer-time change and leap February', () => {
		// 1 March + 30 = 31 March, although France moves its clocks on 29 March 2026.
		expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
		// 2028 is a leap year: 1 Feb + 28 = 29 Feb, + 30 = 2 March.
		expect(addDays('2028-02-01', 30)).toBe('2028-03-02');
		expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
		expect(daysBetween('2026-10-27', '2026-10-26')).toBe(-1);
	});

	test('semesters start on 1 January and 1 July', () => {
		expect(semesterStart('2026-06-30')).toBe('2026-01-01');
		expect(semesterStart('2026-07-01')).toBe('2026-07-01');
		expect(semesterStart('2026-12-31')).toBe('2026-07-01');
	});
});

describe('parsing and French formatting', () => {
	test('amounts are read the French and the English way', () => {
		expect(parseAmount('1234,56')).toBe(1234.56);
		expect(parseAmount('1 234,56')).toBe(1234.56);
		expect(parseAmount('1\u00a0234,56 €')).toBe(1234.56);
		expect(parseAmount('1234.56')).toBe(1234.56);
		expect(parseAmount('0')).toBe(0);
		expect(parseAmount('-5')).toBe(-5);
		expect(parseAmount('1,234.56')).toBeNull();
		expect(parseAmount('12,345')).toBeNull();
		expect(parseAmount('douze')).toBeNull();
		expect(parseRate('10,15 %')).toBe(10.15);
	});

	test('euros and rates are shown « 1 234,56 € » and « 10,40 % »', () => {
		expect(formatEuros(123456)).toBe('1\u202f234,56\u00a0€');
		expect(formatEuros(5)).toBe('0,05\u00a0€');
		expect(formatRate(10.4)).toBe('10,40\u00a0%');
		expect(formatRate(10.155)).toBe('10,155\u00a0%');
	});

	test('interest is rounded once, at the end', () => {
		// 100,00 € × 10,15 % × 10 / 365 = 101,5 / 365 = 0,2781 → 0,28 € (0,03 € a day rounded daily would give 0,30 €).
		expect(interestCents(10000, 10.15, 10)).toBe(28);
		// Half a cent goes up: 365 cents × 10 % × 5 / 365 = 0,5 cent → 1 cent.
		expect(interestCents(365, 10, 5)).toBe(1);
	});
});

describe('computePaymentDelay: worked examples', () => {
	test('30 days, paid on the due date: no lateness, nothing owed', () => {
		// 5 Oct + 30 days: 26 days to 31 Oct, 4 more → 4 Nov 2026. Paid 4 Nov: 0 days late.
		const r = ok(computePaymentDelay(base({}), rules));

		expect(r).toMatchObject({ dueDate: '2026-11-04', daysLate: 0, interestStart: null, interestCents: 0, indemnityCents: 0, totalCents: 0 });
		expect(r.steps.at(-1)).toMatch(/aucun retard/);
	});

	test('30 days, paid late across a month end', () => {
		// 20 Oct + 30: 11 days to 31 Oct, 19 more → 19 Nov 2026. Paid 1 Dec: 11 days to 30 Nov + 1 = 12 days.
		// Interest runs from 20 Nov 2026 → 2nd semester 2026 → 10,40 %.
		// 3 000 × 0,104 = 312 ; × 12 = 3 744 ; / 365 = 10,2575 → 10,26 € ; + 40 € = 50,26 €.
		const r = ok(computePaymentDelay(base({ receiptDate: '2026-10-20', paymentDate: '2026-12-01' }), rules));

		expect(r).toMatchObject({ dueDate: '2026-11-19', daysLate: 12, interestStart: '2026-11-20', rate: 10.4, interestCents: 1026, indemnityCents: 4000, totalCents: 5026 });
		expect(r.rateFact?.from).toBe('2026-07-01');
		expect(r.steps).toContain('Intérêts moratoires\u00a0: 3\u202f000,00\u00a0€ × 10,40\u00a0% × 12 / 365 = 10,26\u00a0€.');
		expect(r.steps).toContain('Échéance\u00a0: 20 octobre 2026 (réception) + 30\u00a0jours = 19 novembre 2026.');
		expect(r.steps.at(-1)).toBe('Total dû en plus du principal\u00a0: 10,26\u00a0€ + 40,00\u00a0€ = 50,26\u00a0€.');
	});

	test('a public hospital: 50 days', () => {
		// 10 Mar + 50: 21 days to 31 Mar, 29 more → 29 Apr 2026. Paid 29 May: 30 days late.
		// Interest from 30 Apr → 1st semester 2026 → 10,15 %.
		// 12 345,67 × 0,1015 = 1 253,0855 ; × 30 = 37 592,565 ; / 365 = 102,9933 → 102,99 €.
		const r = ok(computePaymentDelay(base({ delayDays: 50, receiptDate: '2026-03-10', paymentDate: '2026-05-29', amountTTC: 12345.67 }), rules));

		expect(r).toMatchObject({ dueDate: '2026-04-29', daysLate: 30, rate: 10.15, interestCents: 10299, totalCents: 14299 });
	});

	test('a public company: 60 days', () => {
		// 15 May + 60: 16 days to 31 May, 30 to 30 Jun, 14 more → 14 Jul 2026. Paid 3 Aug: 17 days to 31 Jul + 3 = 20.
		// Interest from 15 Jul → 2nd semester 2026 → 10,40 %. 8 000 × 0,104 × 20 / 365 = 16 640 / 365 = 45,589 → 45,59 €.
		const r = ok(computePaymentDelay(base({ delayDays: 60, receiptDate: '2026-05-15', paymentDate: '2026-08-03', amountTTC: 8000 }), rules));

		expect(r).toMatchObject({ dueDate: '2026-07-14', daysLate: 20, rate: 10.4, interestCents: 4559 });
	});

	test('an interruption where the balance left (50 days) is longer than 30 days', () => {
		// 60 days from 10 Jan; interrupted on 20 Jan after 10 days → balance 50 > 30.
		// Documents in on 5 Feb; 5 Feb + 50: 23 days to 28 Feb (2026 is not a leap year), 27 more → 27 Mar.
		// Paid 6 Apr: 4 days to 31 Mar + 6 = 10 days. Interest from 28 Mar → 10,15 %.
		// 5 000 × 0,1015 × 10 / 365 = 5 075 / 365 = 13,904 → 13,90 €.
		const r = ok(
			computePaymentDelay(
				base({ delayDays: 60, receiptDate: '2026-01-10', interruption: { from: '2026-01-20', documentsReceived: '2026-02-05' }, paymentDate: '2026-04-06', amountTTC: 5000 }),
				rules
			)
		);

		expect(r).toMatchObject({ dueDate: '2026-03-27', daysLate: 10, rate: 10.15, interestCents: 1390 });
		expect(r.steps[0]).toBe('Délai écoulé avant l’interruption\u00a0: du 10 janvier 2026 au 20 janvier 2026 = 10\u00a0jours\u202f; solde\u00a0: 60 − 10 = 50\u00a0jours.');
		expect(r.steps[1]).toBe('Nouveau délai à la réception de toutes les pièces\u00a0: le solde de 50\u00a0jours, plus long que 30\u00a0jours.');
	});

	test('an interruption where the new 30 days are longer than the balance (10 days)', () => {
		// 30 days from 1 Sep; interrupted on 21 Sep after 20 days → balance 10 < 30 → 30 days.
		// Documents in on 2 Oct; 2 Oct + 30 = 1 Nov 2026. Paid 16 Nov: 15 days late. Interest from 2 Nov → 10,40 %.
		// 1 234,56 × 0,104 = 128,394 ; × 15 = 1 925,914 ; / 365 = 5,2765 → 5,28 €.
		const r = ok(
			computePaymentDelay(base({ receiptDate: '2026-09-01', interruption: { from: '2026-09-21', documentsReceived: '2026-10-02' }, paymentDate: '2026-11-16', amountTTC: 1234.56 }), rules)
		);

		expect(r).toMatchObject({ dueDate: '2026-11-01', daysLate: 15, rate: 10.4, interestCents: 528 });
		expect(r.steps[1]).toBe('Nouveau délai à la réception de toutes les pièces\u00a0: 30\u00a0jours, plus que le solde de 10\u00a0jours.');
	});

	test('an interruption on the last day of the delay still gives 30 new days', () => {
		// 30 days from 1 Sep → due 1 Oct; interrupted on 1 Oct (balance 0); documents on 5 Oct + 30 = 4 Nov.
		const r = ok(computePaymentDelay(base({ receiptDate: '2026-09-01', interruption: { from: '2026-10-01', documentsReceived: '2026-10-05' }, paymentDate: '2026-11-04' }), rules));

		expect(r).toMatchObject({ dueDate: '2026-11-04', daysLate: 0 });
	});

	test('interest that starts in one semester and runs into the next keeps the first semester’s rate', () => {
		// 30 May + 30 = 29 Jun 2026. Paid 11 Jul: 1 day to 30 Jun + 11 = 12 days.
		// Interest starts on 30 Jun → 1st semester 2026 → 10,15 % for all 12 days, not 10,40 %.
		// 3 000 × 0,1015 = 304,5 ; × 12 = 3 654 ; / 365 = 10,0110 → 10,01 €.
		const r = ok(computePaymentDelay(base({ receiptDate: '2026-05-30', paymentDate: '2026-07-11' }), rules));

		expect(r).toMatchObject({ dueDate: '2026-06-29', interestStart: '2026-06-30', daysLate: 12, rate: 10.15, interestCents: 1001 });
		expect(r.steps).toContain('Intérêts moratoires\u00a0: 3\u202f000,00\u00a0€ × 10,15\u00a0% × 12 / 365 = 10,01\u00a0€.');
	});

	test('due on 30 June: interest starts on 1 July and takes the 2nd semester’s rate', () => {
		// 31 May + 30 = 30 Jun; interest from 1 Jul → 10,40 %. Paid 12 Jul: 12 days.
		// 3 000 × 0,104 × 12 / 365 = 3 744 / 365 = 10,2575 → 10,26 €.
		const r = ok(computePaymentDelay(base({ receiptDate: '2026-05-31', paymentDate: '2026-07-12' }), rules));

		expect(r).toMatchObject({ dueDate: '2026-06-30', interestStart: '2026-07-01', rate: 10.4, interestCents: 1026 });
	});

	test('a leap-year February: due on 29 February 2028, still divided by 365', () => {
		// 30 Jan + 30: 1 day to 31 Jan, 29 more → 29 Feb 2028. Paid 10 Mar: 10 days late.
		// Interest from 1 Mar 2028 → the (made-up) 11 % of the 1st semester 2028.
		// 2 000 × 0,11 × 10 / 365 = 2 200 / 365 = 6,0274 → 6,03 €.
		const r = ok(computePaymentDelay(base({ receiptDate: '2028-01-30', paymentDate: '2028-03-10', amountTTC: 2000 }), rules));

		expect(r).toMatchObject({ dueDate: '2028-02-29', daysLate: 10, rate: 11, interestCents: 603 });
	});

	test('a rate typed by the learner is used, and said to be typed', () => {
		// Same as the month-end case with 10,50 %: 3 000 × 0,105 × 12 / 365 = 3 780 / 365 = 10,356 → 10,36 €.
		const r = ok(computePaymentDelay(base({ receiptDate: '2026-10-20', paymentDate: '2026-12-01', rate: 10.5 }), rules));

		expect(r.interestCents).toBe(1036);
		expect(r.steps.find((s) => s.startsWith('Taux'))).toMatch(/^Taux\s: 10,50\u00a0% \(taux saisi\)/);
	});
});

describe('computePaymentDelay: bad input comes back as French errors', () => {
	const fields = (o: DelayOutcome) => errors(o).map((e) => e.field);

	test('payment before receipt', () => {
		const [e] = errors(computePaymentDelay(base({ paymentDate: '2026-10-01' }), rules));

		expect(e).toEqual({ field: 'paymentDate', message: 'La date de paiement (1er octobre 2026) est antérieure à la réception de la facture (5 octobre 2026)\u00a0: vérifiez les deux dates.' });
	});

	test('documents received before the interruption', () => {
		const o = computePaymentDelay(base({ interruption: { from: '2026-10-15', documentsReceived: '2026-10-10' } }), rules);

		expect(fields(o)).toEqual(['documentsReceived']);
		expect(errors(o)[0]?.message).toMatch(/^Les pièces ne peuvent pas arriver \(10 octobre 2026\) avant le début de l’interruption/);
	});

	test('interruption before receipt', () => {
		expect(fields(computePaymentDelay(base({ interruption: { from: '2026-10-01', documentsReceived: '2026-10-10' } }), rules))).toEqual(['interruptionFrom']);
	});

	test('interruption after the due date', () => {
		// Due 4 Nov 2026; an interruption on 5 Nov comes too late.
		const o = computePaymentDelay(base({ interruption: { from: '2026-11-05', documentsReceived: '2026-11-10' }, paymentDate: '2026-12-20' }), rules);

		expect(errors(o)[0]?.message).toMatch(/arrive après l’échéance \(4 novembre 2026\)/);
	});

	test('dates that do not exist', () => {
		const o = computePaymentDelay(base({ receiptDate: '2026-02-30', paymentDate: '2026-04-31' }), rules);

		expect(errors(o)).toEqual([
			{ field: 'receiptDate', message: 'La date de réception («\u00a02026-02-30\u00a0») n’est pas une date qui existe\u00a0: vérifiez le jour, le mois et l’année.' },
			{ field: 'paymentDate', message: 'La date de paiement («\u00a02026-04-31\u00a0») n’est pas une date qui existe\u00a0: vérifiez le jour, le mois et l’année.' },
		]);
	});

	test('zero or negative amount', () => {
		expect(fields(computePaymentDelay(base({ amountTTC: 0 }), rules))).toEqual(['amount']);
		expect(fields(computePaymentDelay(base({ amountTTC: -5 }), rules))).toEqual(['amount']);
	});

	test('no rate known for the semester in which interest starts, unless the learner types one', () => {
		// 10 Dec 2026 + 30 = 9 Jan 2027; interest from 10 Jan 2027: the table stops at the 2nd semester 2026.
		const late = base({ receiptDate: '2026-12-10', paymentDate: '2027-01-20' });

		expect(errors(computePaymentDelay(late, rules))).toEqual([
			{ field: 'rate', message: 'Aucun taux connu pour le semestre commençant le 1er janvier 2027, où les intérêts commencent à courir (10 janvier 2027)\u00a0: saisissez le taux en vigueur.' },
		]);
		expect(ok(computePaymentDelay({ ...late, rate: 10.4 }, rules)).daysLate).toBe(11);
		// Paid on time: no rate is needed at all.
		expect(ok(computePaymentDelay({ ...late, paymentDate: '2027-01-09' }, rules)).daysLate).toBe(0);
	});

	test('a rate out of range', () => {
		expect(fields(computePaymentDelay(base({ rate: -1 }), rules))).toEqual(['rate']);
	});
});

describe('the form and the practice cases', () => {
	const form = (over: Partial<DelayFormValues>): DelayFormValues => ({
		buyerType: 'etat-collectivites',
		receiptDate: '2026-10-20',
		interrupted: false,
		interruptionFrom: '',
		documentsReceived: '',
		paymentDate: '2026-12-01',
		amount: '3 000,00',
		rate: '',
		...over,
	});

	test('a complete form computes like the pure function', () => {
		expect(ok(calculateFromForm(form({}), buyers, rules)).interestCents).toBe(1026);
	});

	test('missing and unreadable fields are all reported, in the order of the form', () => {
		const o = calculateFromForm(form({ buyerType: '', receiptDate: '', amount: '12,345', rate: 'dix' }), buyers, rules);

		expect(errors(o).map((e) => e.field)).toEqual(['buyerType', 'receiptDate', 'amount', 'rate']);
	});

	test('an unreadable amount and a payment before receipt come back together', () => {
		const o = calculateFromForm(form({ amount: 'abc', paymentDate: '2026-10-01' }), buyers, rules);

		expect(errors(o).map((e) => e.field)).toEqual(['paymentDate', 'amount']);
	});

	test('a checked interruption needs both dates', () => {
		const o = calculateFromForm(form({ interrupted: true }), buyers, rules);

		expect(errors(o).map((e) => e.field)).toEqual(['interruptionFrom', 'documentsReceived']);
	});

	test('the rate suggested is the one of the semester in which interest would start', () => {
		expect(suggestRate(form({}), buyers, rules)).toMatchObject({ interestStart: '2026-11-20', fact: { rate: 10.4, confidence: 'likely' } });
		expect(suggestRate(form({ receiptDate: '2026-05-30' }), buyers, rules)?.fact?.rate).toBe(10.15);
		expect(suggestRate(form({ receiptDate: '2026-12-10' }), buyers, rules)).toEqual({ interestStart: '2027-01-10', fact: null });
		expect(suggestRate(form({ buyerType: '' }), buyers, rules)).toBeNull();
	});

	test('a practice answer is right with the exact due date and the interest to the cent', () => {
		const expected = ok(solveCase({ buyerType: 'etat-collectivites', receiptDate: '2026-10-20', paymentDate: '2026-12-01', amountTTC: 3000 }, buyers, rules));

		expect(checkCaseAnswer(expected, { dueDate: '2026-11-19', interest: '10,26' })).toEqual({ dueOk: true, interestOk: true });
		expect(checkCaseAnswer(expected, { dueDate: '2026-11-20', interest: '10.25' })).toEqual({ dueOk: false, interestOk: false });
		expect(errors(solveCase({ buyerType: 'inconnu', receiptDate: '2026-10-20', paymentDate: '2026-12-01', amountTTC: 3000 }, buyers, rules))[0]?.field).toBe('buyerType');
	});
});
