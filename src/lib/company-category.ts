/**
 * Company size category of décret n° 2008-1354 (fact 8.3.1, as completed by 10.7 and 10.18):
 * micro, PME, ETI or grande entreprise, from headcount, turnover and balance-sheet total. The
 * thresholds come from the facts at build time; nothing here knows a figure of the law.
 */

/** The four categories, smallest first. */
export type CompanyCategory = 'micro' | 'pme' | 'eti' | 'ge';

/** The categories in the order they are tested. */
export const CATEGORIES: readonly CompanyCategory[] = ['micro', 'pme', 'eti', 'ge'];

/** Short French name (« PME »), used inside sentences. */
export const CATEGORY_LABEL: Record<CompanyCategory, string> = {
	micro: 'micro-entreprise',
	pme: 'PME',
	eti: 'ETI',
	ge: 'grande entreprise',
};

/** Long French name, for lists and headings. */
export const CATEGORY_NAME: Record<CompanyCategory, string> = {
	micro: 'Micro-entreprise',
	pme: 'PME (petite ou moyenne entreprise)',
	eti: 'ETI (entreprise de taille intermédiaire)',
	ge: 'Grande entreprise (GE)',
};

const WITH_ARTICLE: Record<CompanyCategory, string> = {
	micro: 'une micro-entreprise',
	pme: 'une PME',
	eti: 'une ETI',
	ge: 'une grande entreprise',
};

/**
 * Thresholds of fact 8.3.1, in people and euros. A category holds companies with fewer people
 * than its headcount threshold, and a turnover OR a balance-sheet total at most its amount.
 */
export interface CategoryThresholds {
	microHeadcount: number;
	/** Micro: the same amount for turnover and balance-sheet total. */
	microAmount: number;
	pmeHeadcount: number;
	pmeTurnover: number;
	pmeBalance: number;
	etiHeadcount: number;
	etiTurnover: number;
	etiBalance: number;
}

/** Figures of the last financial year closed before the assessment date. */
export interface CompanyFigures {
	/** People employed (an annual average may have decimals). */
	headcount: number;
	/** Annual turnover, in euros. */
	turnover: number;
	/** Balance-sheet total, in euros. */
	balanceSheet: number;
}

/** A form field of the figures. */
export type FigureField = keyof CompanyFigures;

/** What is wrong, in French, and where (`thresholds`: the build-time facts themselves). */
export interface FigureError {
	field: FigureField | 'thresholds';
	message: string;
}

/** The category and the French reasoning that led to it, or what prevents it. */
export type CategoryOutcome = { ok: true; category: CompanyCategory; steps: string[] } | { ok: false; errors: FigureError[] };

const FIGURE_NAME: Record<FigureField, { the: string; example: string }> = {
	headcount: { the: 'L’effectif', example: '12' },
	turnover: { the: 'Le chiffre d’affaires', example: '1\u202f234\u202f567' },
	balanceSheet: { the: 'Le total de bilan', example: '1\u202f234\u202f567' },
};

const FIGURE_ASK: Record<FigureField, string> = {
	headcount: 'Saisissez l’effectif (nombre de personnes), par exemple 12.',
	turnover: 'Saisissez le chiffre d’affaires en euros, par exemple 1\u202f234\u202f567.',
	balanceSheet: 'Saisissez le total de bilan en euros, par exemple 1\u202f234\u202f567.',
};

function group(units: string): string {
	return units.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** « 1 234 567 », « 9,5 »: narrow no-break spaces, a decimal comma only when needed. */
function formatNumber(n: number): string {
	const sign = n < 0 ? '−' : '';
	const [units = '', decimals = ''] = String(Math.abs(n)).split('.');
	return `${sign}${group(units)}${decimals ? `,${decimals}` : ''}`;
}

/** « 2 000 000 € », with cents only when there are some (« 2 000 000,01 € »). */
export function formatAmount(euros: number): string {
	const cents = Math.round(euros * 100);
	const units = group(String(Math.trunc(Math.abs(cents) / 100)));
	const rest = Math.abs(cents) % 100;
	return `${cents < 0 ? '−' : ''}${units}${rest ? `,${String(rest).padStart(2, '0')}` : ''}\u00a0€`;
}

/** « 1 personne », « 4 999 personnes ». */
export function formatHeadcount(n: number): string {
	return `${formatNumber(n)} personne${n >= 2 ? 's' : ''}`;
}

/**
 * A number from what the learner typed: « 1 234 567 », « 1234567 », « 1 234 567,89 »,
 * « 1234567.89 », with an optional final « € ». Null when unreadable (« 2,5 M€ » is not
 * accepted: euros are enough and a unit would be one more thing to get wrong).
 */
export function parseFigure(text: string): number | null {
	const compact = text
		.trim()
		.replace(/\s*€$/, '')
		.replace(/[\s\u00a0\u202f]/g, '');
	if (!/^-?\d+([.,]\d+)?$/.test(compact)) return null;
	return Number(compact.replace(',', '.'));
}

function figureErrors(figures: CompanyFigures): FigureError[] {
	const errors: FigureError[] = [];
	for (const field of ['headcount', 'turnover', 'balanceSheet'] as const) {
		const value = figures[field];
		const { the } = FIGURE_NAME[field];
		if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field, message: `${the} n’est pas un nombre\u00a0: ${FIGURE_ASK[field].charAt(0).toLowerCase()}${FIGURE_ASK[field].slice(1)}` });
		else if (value < 0) errors.push({ field, message: `${the} ne peut pas être négatif\u202f; vous avez indiqué ${formatNumber(value)}.` });
	}
	return errors;
}

function thresholdsValid(t: CategoryThresholds): boolean {
	const values = [t.microHeadcount, t.microAmount, t.pmeHeadcount, t.pmeTurnover, t.pmeBalance, t.etiHeadcount, t.etiTurnover, t.etiBalance];
	return values.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0);
}

interface Level {
	category: CompanyCategory;
	headcount: number;
	turnover: number;
	balance: number;
}

/** One level of the test, and the sentence that says why the company fits it or not. */
function testLevel(f: CompanyFigures, level: Level): { fits: boolean; step: string } {
	const who = WITH_ARTICLE[level.category];
	const people = `Effectif\u00a0: ${formatHeadcount(f.headcount)}`;
	// The headcount alone is enough to move up a category (fact 8.3.1).
	if (f.headcount >= level.headcount) return { fits: false, step: `${people}, ${formatNumber(level.headcount)} ou plus\u00a0: ce n’est pas ${who}.` };
	const below = `${people}, moins de ${formatNumber(level.headcount)}`;
	const turnoverOver = f.turnover > level.turnover;
	const balanceOver = f.balanceSheet > level.balance;
	if (turnoverOver && balanceOver) {
		return {
			fits: false,
			step:
				`${below}\u202f; mais le chiffre d’affaires (${formatAmount(f.turnover)}, plus de ${formatAmount(level.turnover)}) et le total de bilan ` +
				`(${formatAmount(f.balanceSheet)}, plus de ${formatAmount(level.balance)}) dépassent tous les deux leur seuil\u00a0: ce n’est pas ${who}.`,
		};
	}
	if (!turnoverOver) {
		return { fits: true, step: `${below}, et chiffre d’affaires de ${formatAmount(f.turnover)}, pas plus de ${formatAmount(level.turnover)}\u00a0: c’est ${who}.` };
	}
	return {
		fits: true,
		step:
			`${below}, et total de bilan de ${formatAmount(f.balanceSheet)}, pas plus de ${formatAmount(level.balance)} ` +
			`(le chiffre d’affaires, ${formatAmount(f.turnover)}, dépasse ${formatAmount(level.turnover)}, mais l’un des deux suffit)\u00a0: c’est ${who}.`,
	};
}

/**
 * The category of a company and, step by step in French, why: micro, else PME, else ETI, else
 * grande entreprise. Bad figures (negative, not a number) or thresholds give French errors;
 * never throws.
 */
export function classifyCompany(figures: CompanyFigures, thresholds: CategoryThresholds): CategoryOutcome {
	const errors = figureErrors(figures);
	if (!thresholdsValid(thresholds)) errors.push({ field: 'thresholds', message: 'Les seuils de taille fournis au calculateur sont incomplets ou invalides\u00a0: la catégorie ne peut pas être calculée.' });
	if (errors.length > 0) return { ok: false, errors };

	const t = thresholds;
	const levels: Level[] = [
		{ category: 'micro', headcount: t.microHeadcount, turnover: t.microAmount, balance: t.microAmount },
		{ category: 'pme', headcount: t.pmeHeadcount, turnover: t.pmeTurnover, balance: t.pmeBalance },
		{ category: 'eti', headcount: t.etiHeadcount, turnover: t.etiTurnover, balance: t.etiBalance },
	];
	const steps: string[] = [];
	for (const level of levels) {
		const { fits, step } = testLevel(figures, level);
		steps.push(step);
		if (fits) return { ok: true, category: level.category, steps };
	}
	steps.push('Aucune catégorie plus petite ne convient\u00a0: c’est une grande entreprise.');
	return { ok: true, category: 'ge', steps };
}

/** The form's three fields, as typed. */
export type FigureTexts = Record<FigureField, string>;

/**
 * `classifyCompany` from what the learner typed, with one French message per empty or
 * unreadable field (« Le chiffre d’affaires doit être un montant en euros… »).
 */
export function classifyFromText(texts: FigureTexts, thresholds: CategoryThresholds): CategoryOutcome {
	const errors: FigureError[] = [];
	const figures: CompanyFigures = { headcount: 0, turnover: 0, balanceSheet: 0 };
	for (const field of ['headcount', 'turnover', 'balanceSheet'] as const) {
		const text = (texts[field] ?? '').trim();
		const { the, example } = FIGURE_NAME[field];
		const value = parseFigure(text);
		if (text === '') errors.push({ field, message: FIGURE_ASK[field] });
		else if (value === null) {
			const what = field === 'headcount' ? 'un nombre de personnes' : 'un montant en euros, en chiffres';
			errors.push({ field, message: `${the} doit être ${what}, par exemple ${example}\u202f; «\u00a0${text}\u00a0» n’est pas lisible.` });
		} else figures[field] = value;
	}
	if (errors.length > 0) return { ok: false, errors };
	return classifyCompany(figures, thresholds);
}
