import { describe, expect, test } from 'vitest';
import {
	classifyCompany,
	classifyFromText,
	formatAmount,
	formatHeadcount,
	parseFigure,
	type CategoryThresholds,
	type CompanyFigures,
} from '../../src/lib/company-category';

/** Fact 8.3.1 (décret n° 2008-1354), as the facts give them: people and euros. */
const thresholds: CategoryThresholds = {
	microHeadcount: 10,
	microAmount: 2_000_000,
	pmeHeadcount: 250,
	pmeTurnover: 50_000_000,
	pmeBalance: 43_000_000,
	etiHeadcount: 5_000,
	etiTurnover: 1_500_000_000,
	etiBalance: 2_000_000_000,
};
const M = 1_000_000;
const category = (headcount: number, turnover: number, balanceSheet: number) => {
	const outcome = classifyCompany({ headcount, turnover, balanceSheet }, thresholds);
	return outcome.ok ? outcome.category : outcome.errors;
};
const steps = (f: CompanyFigures) => {
	const outcome = classifyCompany(f, thresholds);
	return outcome.ok ? outcome.steps : [];
};

describe('classifyCompany — headcount boundaries', () => {
	test('9 people is a micro-entreprise, 10 people is not', () => {
		expect(category(9, 1 * M, 1 * M)).toBe('micro');
		expect(category(10, 1 * M, 1 * M)).toBe('pme');
	});

	test('249 people is a PME, 250 people is an ETI whatever the amounts', () => {
		expect(category(249, 10 * M, 10 * M)).toBe('pme');
		expect(category(250, 10 * M, 10 * M)).toBe('eti');
		expect(category(250, 1 * M, 1 * M)).toBe('eti');
	});

	test('4 999 people is an ETI, 5 000 people is a grande entreprise whatever the amounts', () => {
		expect(category(4_999, 100 * M, 100 * M)).toBe('eti');
		expect(category(5_000, 100 * M, 100 * M)).toBe('ge');
	});

	test('an annual average with decimals is compared as it is', () => {
		expect(category(9.5, 1 * M, 1 * M)).toBe('micro');
		expect(category(249.9, 1 * M, 1 * M)).toBe('pme');
	});

	test('0 people (a founder without employees counted) is a micro-entreprise', () => {
		expect(category(0, 0, 0)).toBe('micro');
	});
});

describe('classifyCompany — amount boundaries', () => {
	test('micro: 2 M€ exactly is within; 2 M€ + 1 € for both turnover and balance is out', () => {
		expect(category(5, 2 * M, 2 * M)).toBe('micro');
		expect(category(5, 2 * M + 1, 2 * M + 1)).toBe('pme');
	});

	test('micro: only one amount over 2 M€ keeps the company a micro-entreprise', () => {
		expect(category(5, 2 * M + 1, 2 * M)).toBe('micro');
		expect(category(5, 2 * M, 2 * M + 1)).toBe('micro');
		expect(category(5, 30 * M, 1 * M)).toBe('micro');
	});

	test('PME: 50 M€ turnover and 43 M€ balance both exceeded makes an ETI', () => {
		expect(category(100, 50 * M + 1, 43 * M + 1)).toBe('eti');
	});

	test('PME: only one of 50 M€ / 43 M€ exceeded keeps a PME', () => {
		expect(category(100, 60 * M, 43 * M)).toBe('pme');
		expect(category(100, 50 * M, 60 * M)).toBe('pme');
		expect(category(100, 50 * M + 1, 43 * M)).toBe('pme');
	});

	test('ETI: 1 500 M€ / 2 000 M€ exactly is within, both exceeded makes a grande entreprise', () => {
		expect(category(1_000, 1_500 * M, 2_000 * M)).toBe('eti');
		expect(category(1_000, 1_500 * M + 1, 2_000 * M)).toBe('eti');
		expect(category(1_000, 1_500 * M, 2_000 * M + 1)).toBe('eti');
		expect(category(1_000, 1_500 * M + 1, 2_000 * M + 1)).toBe('ge');
	});

	test('a big company by amounts but with few people goes up only when both amounts are over', () => {
		expect(category(8, 2_000 * M, 3_000 * M)).toBe('ge');
		expect(category(8, 2_000 * M, 10 * M)).toBe('pme');
	});
});

describe('classifyCompany — the reasoning, step by step in French', () => {
	test('300 people: not a micro, not a PME by headcount, then an ETI by turnover', () => {
		expect(steps({ headcount: 300, turnover: 80 * M, balanceSheet: 90 * M })).toEqual([
			'Effectif\u00a0: 300 personnes, 10 ou plus\u00a0: ce n’est pas une micro-entreprise.',
			'Effectif\u00a0: 300 personnes, 250 ou plus\u00a0: ce n’est pas une PME.',
			'Effectif\u00a0: 300 personnes, moins de 5\u202f000, et chiffre d’affaires de 80\u202f000\u202f000\u00a0€, pas plus de 1\u202f500\u202f000\u202f000\u00a0€\u00a0: c’est une ETI.',
		]);
	});

	test('both amounts over the micro thresholds: said with the figures and the thresholds', () => {
		expect(steps({ headcount: 8, turnover: 2 * M + 1, balanceSheet: 2_500_000.5 })[0]).toBe(
			'Effectif\u00a0: 8 personnes, moins de 10\u202f; mais le chiffre d’affaires (2\u202f000\u202f001\u00a0€, plus de 2\u202f000\u202f000\u00a0€) et le total de bilan (2\u202f500\u202f000,50\u00a0€, plus de 2\u202f000\u202f000\u00a0€) dépassent tous les deux leur seuil\u00a0: ce n’est pas une micro-entreprise.'
		);
	});

	test('within by the balance sheet only: says that one of the two is enough', () => {
		expect(steps({ headcount: 120, turnover: 60 * M, balanceSheet: 40 * M })[1]).toBe(
			'Effectif\u00a0: 120 personnes, moins de 250, et total de bilan de 40\u202f000\u202f000\u00a0€, pas plus de 43\u202f000\u202f000\u00a0€ (le chiffre d’affaires, 60\u202f000\u202f000\u00a0€, dépasse 50\u202f000\u202f000\u00a0€, mais l’un des deux suffit)\u00a0: c’est une PME.'
		);
	});

	test('a grande entreprise ends with the conclusion after the three refusals', () => {
		const s = steps({ headcount: 6_000, turnover: 10 * M, balanceSheet: 10 * M });

		expect(s).toHaveLength(4);
		expect(s[2]).toBe('Effectif\u00a0: 6\u202f000 personnes, 5\u202f000 ou plus\u00a0: ce n’est pas une ETI.');
		expect(s[3]).toBe('Aucune catégorie plus petite ne convient\u00a0: c’est une grande entreprise.');
	});

	test('one person is singular', () => {
		expect(steps({ headcount: 1, turnover: 50_000, balanceSheet: 20_000 })[0]).toMatch(/^Effectif\s: 1 personne, moins de 10/);
	});
});

describe('classifyCompany — bad input gives French errors and never throws', () => {
	test('negative and NaN figures are each reported on their field', () => {
		const outcome = classifyCompany({ headcount: -3, turnover: Number.NaN, balanceSheet: 1_000 }, thresholds);

		expect(outcome).toEqual({
			ok: false,
			errors: [
				{ field: 'headcount', message: 'L’effectif ne peut pas être négatif\u202f; vous avez indiqué −3.' },
				{ field: 'turnover', message: 'Le chiffre d’affaires n’est pas un nombre\u00a0: saisissez le chiffre d’affaires en euros, par exemple 1\u202f234\u202f567.' },
			],
		});
	});

	test('Infinity and a missing value are not numbers', () => {
		const outcome = classifyCompany({ headcount: 5, turnover: Number.POSITIVE_INFINITY, balanceSheet: undefined as unknown as number }, thresholds);

		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.errors.map((e) => e.field)).toEqual(['turnover', 'balanceSheet']);
	});

	test('missing or zero thresholds are reported instead of a wrong category', () => {
		const outcome = classifyCompany({ headcount: 5, turnover: 1, balanceSheet: 1 }, { ...thresholds, pmeBalance: 0 });

		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.errors[0]?.field).toBe('thresholds');
	});
});

describe('classifyFromText', () => {
	test('accepts « 1 234 567 », non-breaking spaces, a final € and decimals', () => {
		const outcome = classifyFromText({ headcount: ' 12 ', turnover: '1 234 567', balanceSheet: '1\u202f000\u00a0000,50 €' }, thresholds);

		expect(outcome.ok && outcome.category).toBe('pme');
	});

	test('empty fields ask for the figure with an example', () => {
		const outcome = classifyFromText({ headcount: '', turnover: '', balanceSheet: '1000' }, thresholds);

		expect(!outcome.ok && outcome.errors).toEqual([
			{ field: 'headcount', message: 'Saisissez l’effectif (nombre de personnes), par exemple 12.' },
			{ field: 'turnover', message: 'Saisissez le chiffre d’affaires en euros, par exemple 1\u202f234\u202f567.' },
		]);
	});

	test('« 2,5 M€ » and words are unreadable, and the message says what to type', () => {
		const outcome = classifyFromText({ headcount: 'douze', turnover: '2,5 M€', balanceSheet: '1000' }, thresholds);

		expect(!outcome.ok && outcome.errors).toEqual([
			{ field: 'headcount', message: 'L’effectif doit être un nombre de personnes, par exemple 12\u202f; «\u00a0douze\u00a0» n’est pas lisible.' },
			{ field: 'turnover', message: 'Le chiffre d’affaires doit être un montant en euros, en chiffres, par exemple 1\u202f234\u202f567\u202f; «\u00a02,5 M€\u00a0» n’est pas lisible.' },
		]);
	});

	test('a negative figure typed is refused by classifyCompany', () => {
		const outcome = classifyFromText({ headcount: '5', turnover: '-100', balanceSheet: '1000' }, thresholds);

		expect(!outcome.ok && outcome.errors[0]?.message).toBe('Le chiffre d’affaires ne peut pas être négatif\u202f; vous avez indiqué −100.');
	});
});

describe('parseFigure and formats', () => {
	test('parseFigure reads French and dotted decimals, refuses units and thousands dots', () => {
		expect(parseFigure('1234567')).toBe(1_234_567);
		expect(parseFigure('1 234 567,89')).toBe(1_234_567.89);
		expect(parseFigure('1234567.89 €')).toBe(1_234_567.89);
		expect(parseFigure('2,5 M€')).toBeNull();
		expect(parseFigure('1.234.567')).toBeNull();
		expect(parseFigure('')).toBeNull();
	});

	test('formatAmount groups thousands and shows cents only when there are some', () => {
		expect(formatAmount(2_000_000)).toBe('2\u202f000\u202f000\u00a0€');
		expect(formatAmount(2_000_000.01)).toBe('2\u202f000\u202f000,01\u00a0€');
		expect(formatAmount(0)).toBe('0\u00a0€');
	});

	test('formatHeadcount', () => {
		expect(formatHeadcount(4_999)).toBe('4\u202f999 personnes');
		expect(formatHeadcount(0)).toBe('0 personne');
		expect(formatHeadcount(9.5)).toBe('9,5 personnes');
	});
});
