import { describe, expect, test } from 'vitest';
import { formatEuros, parseEuros } from '../../src/lib/euros';
import { attachmentProblem, compareWithExpected, emptyInvoiceForm, invoiceTotals, solutionValues, validateInvoiceForm } from '../../src/lib/invoice-form';
import { InvoiceScenarioSchema } from '../../src/schemas/invoice-form';
import { communeScenario as s } from '../support/invoice-scenario';

const filled = () => solutionValues(s);

describe('parseEuros and formatEuros', () => {
	test.each([
		['1234,56', 123456],
		['1 234,56', 123456],
		['1234.56', 123456],
		['1 234,56 €', 123456],
		['360', 36000],
		['0,5', 50],
	])('« %s » is %i cents', (text, cents) => {
		expect(parseEuros(text)).toBe(cents);
	});

	test.each(['', 'douze', '12,345', '1.234,56', '12 €50'])('« %s » is not an amount', (text) => {
		expect(parseEuros(text)).toBeNull();
	});

	test('prints French money with a narrow space for thousands', () => {
		expect(formatEuros(123456)).toBe('1\u202f234,56\u00a0€');
		expect(formatEuros(5)).toBe('0,05\u00a0€');
	});
});

describe('attachmentProblem (fact 3.4.1)', () => {
	test('50 characters with the extension pass, 51 do not', () => {
		expect(attachmentProblem(`${'a'.repeat(46)}.pdf`)).toBeNull();
		expect(attachmentProblem(`${'a'.repeat(47)}.pdf`)).toContain('51 caractères\u00a0: 50 au plus');
	});

	test('a name without an extension is refused', () => {
		expect(attachmentProblem('bon-de-livraison')).toContain('n’a pas d’extension');
	});
});

describe('validateInvoiceForm: the portal’s checks', () => {
	test('the right answer passes', () => {
		expect(validateInvoiceForm(filled(), s.annuaire)).toEqual({});
	});

	test('an empty form lists every required field', () => {
		const errors = validateInvoiceForm(emptyInvoiceForm(), s.annuaire);

		expect(Object.keys(errors).sort()).toEqual(['cadre', 'dateFacture', 'modePaiement', 'montantHT', 'montantTTC', 'montantTVA', 'numeroFacture', 'siretDestinataire'].sort());
	});

	test('a SIRET with a wrong key is refused with the Luhn reason', () => {
		expect(validateInvoiceForm({ ...filled(), siretDestinataire: '67294518500012' }, s.annuaire).siretDestinataire).toContain('Luhn');
	});

	test('a valid SIRET absent from the annuaire is refused', () => {
		expect(validateInvoiceForm({ ...filled(), siretDestinataire: '81749236600015' }, s.annuaire).siretDestinataire).toContain('Aucune structure publique active');
	});

	test('a structure that requires a code service refuses an empty one', () => {
		expect(validateInvoiceForm({ ...filled(), codeService: '' }, s.annuaire).codeService).toBe('Commune de Valbourg exige un code service\u00a0: il figure en général sur le bon de commande.');
	});

	test('an unknown code service is refused', () => {
		expect(validateInvoiceForm({ ...filled(), codeService: 'CANTINE' }, s.annuaire).codeService).toContain('«\u00a0CANTINE\u00a0» n’existe pas');
	});

	test('a service that itself requires an engagement number (fact 2.15)', () => {
		expect(validateInvoiceForm({ ...filled(), codeService: 'TECH' }, s.annuaire).engagement).toBe('Le service Services techniques exige un numéro d’engagement.');
	});

	test('a structure that requires an engagement number', () => {
		expect(validateInvoiceForm({ ...filled(), siretDestinataire: '76038291100013', codeService: '' }, s.annuaire).engagement).toBe('CCAS de Valbourg exige un numéro d’engagement\u00a0: il figure en général sur le bon de commande.');
	});

	test('« one of the two » accepts either and refuses none', () => {
		const annuaire = [{ ...s.annuaire[0]!, codeServiceDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: true }];

		expect(validateInvoiceForm({ ...filled(), codeService: '', engagement: '' }, annuaire).engagement).toContain('l’un des deux au moins');
		expect(validateInvoiceForm({ ...filled(), codeService: '', engagement: 'EJ-1' }, annuaire)).toEqual({});
		expect(validateInvoiceForm({ ...filled(), engagement: '' }, annuaire)).toEqual({});
	});

	test('HT + TVA must make TTC, with the sum shown', () => {
		expect(validateInvoiceForm({ ...filled(), montantTTC: '361' }, s.annuaire).montantTTC).toBe('HT + TVA ne font pas le TTC\u00a0: 300,00\u00a0€ + 60,00\u00a0€ = 360,00\u00a0€, pas 361,00\u00a0€.');
	});

	test('amounts typed « 1 234,56 » or « 1234.56 » are accepted', () => {
		expect(validateInvoiceForm({ ...filled(), montantHT: '300.00', montantTVA: '60,00', montantTTC: '360' }, s.annuaire)).toEqual({});
	});

	test('A9 and A12 require the validating structure’s SIRET', () => {
		expect(validateInvoiceForm({ ...filled(), cadre: 'A9' }, s.annuaire).siretValideur).toContain('SIRET du titulaire');
		expect(validateInvoiceForm({ ...filled(), cadre: 'A12', siretValideur: '90384716800015' }, s.annuaire)).toEqual({});
	});

	test('a too-long attachment name is refused', () => {
		expect(validateInvoiceForm({ ...filled(), piecesJointes: ['bon-de-livraison-signe-par-le-directeur-de-l-ecole-du-centre.pdf'] }, s.annuaire).piecesJointes).toContain('50 au plus');
	});
});

describe('compareWithExpected: what the documents say', () => {
	test('the solution scores every field', () => {
		const results = compareWithExpected(filled(), s);

		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.map((r) => r.field)).not.toContain('siretValideur');
	});

	test('case and spaces in references do not matter, amounts compare in cents', () => {
		const results = compareWithExpected({ ...filled(), codeService: ' ecoles ', numeroFacture: 'f-2026-118', montantHT: '300,00' }, s);

		expect(results.every((r) => r.ok)).toBe(true);
	});

	test('a wrong cadre and a missing attachment are wrong, with the expected value and explanation', () => {
		const results = compareWithExpected({ ...filled(), cadre: 'A2', piecesJointes: [] }, s);

		expect(results.filter((r) => !r.ok).map((r) => [r.field, r.expected])).toEqual([
			['cadre', 'A1'],
			['piecesJointes', 'bon-de-livraison.pdf'],
		]);
		expect(results.find((r) => r.field === 'codeService')?.explanation).toBe('Sur le bon de commande, case « Code service ».');
	});

	test('expected values read as a person reads them: amounts in euros, the date in words, the payment mode by its label', () => {
		const expected = Object.fromEntries(compareWithExpected(filled(), s).map((r) => [r.field, r.expected]));
		expect(expected.montantHT).toMatch(/^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/);
		expect(expected.dateFacture).toMatch(/^(1er|\d{1,2}) \p{L}+ \d{4}$/u);
		expect(expected.modePaiement).not.toMatch(/^[A-Z]+$/);
		expect(['Virement', 'Chèque', 'Prélèvement', 'Espèces', 'Autre', 'Report']).toContain(expected.modePaiement);
	});
});

describe('InvoiceScenarioSchema', () => {
	test('refuses lines whose total is not the expected HT, and HT + TVA ≠ TTC', () => {
		const bad = structuredClone(s);
		bad.expected.montantHT = 301;

		const issues = InvoiceScenarioSchema.safeParse(bad).error?.issues.map((i) => i.path.join('.'));

		expect(issues).toEqual(['expected.montantHT', 'expected.montantTTC']);
	});

	test('refuses a validator on an A1 invoice and an unknown explanation key', () => {
		const bad = structuredClone(s);
		bad.expected.siretValideur = '90384716800015';
		bad.explanations['couleur'] = 'Une clé qui n’est pas un champ.';

		expect(InvoiceScenarioSchema.safeParse(bad).error?.issues.map((i) => i.path.join('.'))).toEqual(['expected.siretValideur', 'explanations.couleur']);
	});
});

describe('amounts in scenarios', () => {
	test('prices such as 2,45 € or 19,90 € are accepted despite floating point', () => {
		const ok = structuredClone(communeScenarioForAmounts());

		expect(InvoiceScenarioSchema.safeParse(ok).success).toBe(true);
	});

	test('three decimals are refused', () => {
		const bad = structuredClone(communeScenarioForAmounts());
		bad.invoice.lines[0]!.unitPrice = 2.455;

		expect(InvoiceScenarioSchema.safeParse(bad).error?.issues[0]?.message).toBe('deux décimales au plus');
	});
});

function communeScenarioForAmounts() {
	const c = structuredClone(s);
	c.invoice.lines = [{ label: 'Gommes', quantity: 100, unitPrice: 2.45, vatRate: 20 }, { label: 'Règles', quantity: 3, unitPrice: 19.9, vatRate: 20 }];
	c.expected.montantHT = 304.7;
	c.expected.montantTVA = 60.94;
	c.expected.montantTTC = 365.64;
	return c;
}

describe('invoiceTotals (the documents on screen and on paper add up the same way)', () => {
	const withLines = (lines: { label: string; quantity: number; unitPrice: number; vatRate: number }[]) => ({ ...s, invoice: { ...s.invoice, lines } });

	test('the DDT case: 40 panels at 37,50 € and a 250 € fitting, all at 20 %, make 1 750 € HT, 350 € VAT, 2 100 € TTC', () => {
		const t = invoiceTotals(withLines([
			{ label: 'Panneau', quantity: 40, unitPrice: 37.5, vatRate: 20 },
			{ label: 'Pose', quantity: 1, unitPrice: 250, vatRate: 20 },
		]));
		expect([t.ht, t.tva, t.ttc]).toEqual([175_000, 35_000, 210_000]);
		expect(t.lines.map((l) => l.ht)).toEqual([150_000, 25_000]);
		expect(t.vat).toEqual([{ rate: 20, base: 175_000, amount: 35_000 }]);
	});

	test('two rates are summed apart, each VAT rounded to the cent; a decimal quantity counts', () => {
		const t = invoiceTotals(withLines([
			{ label: 'Nuitée', quantity: 6, unitPrice: 89, vatRate: 10 },
			{ label: 'Frais', quantity: 1.5, unitPrice: 33.33, vatRate: 5.5 },
		]));
		expect(t.vat).toEqual([
			{ rate: 10, base: 53_400, amount: 5_340 },
			{ rate: 5.5, base: 5_000, amount: 275 },
		]);
		expect(t.ttc).toBe(53_400 + 5_000 + 5_340 + 275);
	});
});
