import { describe, expect, test } from 'vitest';
import { frenchTypography, typesetData, typographyOffences } from '../../src/lib/typography';

const show = (s: string) => s.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '~');

describe('frenchTypography', () => {
	test.each([
		['Attention : le code service ; est-il bon ? Oui !', 'Attention~: le code service⍽; est-il bon⍽? Oui⍽!'],
		['Attention: le code?', 'Attention~: le code⍽?'],
		['« ECOLE » et «RESTO»', '«~ECOLE~» et «~RESTO~»'],
		['100 % et 40 €, 12 min, 30 jours, 8 h', '100~% et 40~€, 12~min, 30~jours, 8~h'],
		['100%', '100~%'],
		['1 750,00 € et 12 000 entreprises', '1⍽750,00~€ et 12⍽000 entreprises'],
		['Cas 2 : une commune', 'Cas 2~: une commune'],
	])('%s', (input, expected) => {
		expect(show(frenchTypography(input))).toBe(expected);
	});

	test.each([
		['a URL', 'https://communaute.chorus-pro.gouv.fr/?p=12&q=a:b'],
		['a time', 'à 10:30'],
		['a SIRET without spaces', 'SIRET 13002784000011'],
		['a year then a number', 'en 2026 2027'],
		['a code with a letter and a digit', '10h30'],
		['an IBAN in groups of four', 'FR76 3000 6000 0112 3456 7890 189'],
		['a SIRET written in groups', 'SIRET 219 604 154 00019 ; code'.replace(' ;', '\u202f;')],
		['a SIRET to judge, with a letter O for a zero', '528 174 634 O0014'],
	])('leaves %s alone', (_, text) => {
		expect(frenchTypography(text)).toBe(text);
	});

	test('is idempotent', () => {
		const once = frenchTypography('Bon ? « Oui » : 1 750 € ; 10 %');
		expect(frenchTypography(once)).toBe(once);
	});
});

describe('typographyOffences', () => {
	test('names each place to fix, and none in a text already right', () => {
		expect(typographyOffences('Bon ? Oui : « non »')).toHaveLength(4);
		expect(typographyOffences(frenchTypography('Bon ? Oui : « non »'))).toEqual([]);
	});
});

describe('typesetData', () => {
	test('typesets the prose of content data, displayed values included, never ids, answers or patterns', () => {
		const data = {
			id: 'cas-1 : a',
			title: 'Cas 1 : une commune',
			rows: [{ label: 'TVA 20 %', value: '9 600,00 € ; TTC : 57 600,00 €' }],
			items: [{ type: 'siret', value: '528 174 634 O0014', expected: 'invalide : lettre' }],
			pattern: '^\\d+ ?$',
		};
		expect(typesetData(data)).toEqual({
			id: 'cas-1 : a',
			title: 'Cas 1\u00a0: une commune',
			rows: [{ label: 'TVA 20\u00a0%', value: '9\u202f600,00\u00a0€\u202f; TTC\u00a0: 57\u202f600,00\u00a0€' }],
			items: [{ type: 'siret', value: '528 174 634 O0014', expected: 'invalide : lettre' }],
			pattern: '^\\d+ ?$',
		});
	});
});
