import type { WorksScenario } from '../schemas/works-deposit';
import { formatEuros, parseEuros } from './euros';
import { checkSiret } from './identifiers';

/**
 * The « Factures de travaux » deposit practice (lesson 13): the three steps of the « Déposer »
 * tab (initial deposit or association to a dossier, cadre, data), the checks the mock portal
 * makes before accepting the piece, and the field-by-field comparison with the documents.
 */

/** The deposit as the learner fills it: choices and text as typed. */
export interface WorksValues {
	depot: '' | 'initial' | 'association';
	dossier: string;
	cadre: string;
	numero: string;
	siretMoa: string;
	codeService: string;
	siretMoe: string;
	engagement: string;
	montantHT: string;
	montantTVA: string;
	montantTTC: string;
}

export type WorksField = keyof WorksValues;

/** Each field's name as the error summary and the result list say it. */
export const WORKS_FIELD_LABELS: Record<WorksField, string> = {
	depot: 'Type de dépôt (étape 1)',
	dossier: 'Dossier de facturation (étape 1)',
	cadre: 'Cadre de facturation (étape 2)',
	numero: 'Numéro de la pièce',
	siretMoa: 'SIRET de la maîtrise d’ouvrage',
	codeService: 'Code service de la maîtrise d’ouvrage',
	siretMoe: 'SIRET du maître d’œuvre',
	engagement: 'Numéro d’engagement',
	montantHT: 'Montant HT',
	montantTVA: 'Montant de TVA',
	montantTTC: 'Montant TTC',
};

/** Step 1's two choices, as the radios (and the printed handout) say them. */
export const DEPOT_CHOICES = [
	['initial', 'Dépôt initial (la pièce ouvre un nouveau dossier de facturation)'],
	['association', 'Association à un dossier de facturation existant'],
] as const;

/** An empty deposit. */
export function emptyWorksValues(): WorksValues {
	return { depot: '', dossier: '', cadre: '', numero: '', siretMoa: '', codeService: '', siretMoe: '', engagement: '', montantHT: '', montantTVA: '', montantTTC: '' };
}

const AMOUNTS = ['montantHT', 'montantTVA', 'montantTTC'] as const;

/** The fields scored for a scenario, in the order of the screen: one point each. */
export function scoredFields(s: WorksScenario): WorksField[] {
	return ['depot', ...(s.expected.depot === 'association' ? (['dossier'] as const) : []), 'cadre', 'numero', ...s.fields, ...AMOUNTS];
}

/**
 * What the mock portal refuses before accepting the piece (nothing about the answer itself):
 * a step left blank, a malformed SIRET, an amount that is not one, HT + TVA ≠ TTC.
 * Returns one French message per field, in the order of the screen.
 */
export function validateWorks(v: WorksValues, s: WorksScenario): Partial<Record<WorksField, string>> {
	const errors: Partial<Record<WorksField, string>> = {};
	if (!v.depot) errors.depot = 'Étape 1\u00a0: indiquez s’il s’agit d’un dépôt initial ou d’une association à un dossier de facturation existant.';
	else if (v.depot === 'association' && !s.dossiers.some((d) => d.id === v.dossier)) {
		errors.dossier = s.dossiers.length
			? 'Étape 1\u00a0: choisissez le dossier de facturation auquel associer la pièce.'
			: 'Étape 1\u00a0: aucun dossier de facturation n’est ouvert pour ce marché, il n’y a rien à quoi associer la pièce.';
	}
	if (!v.cadre) errors.cadre = 'Étape 2\u00a0: choisissez le cadre de facturation.';
	if (!v.numero.trim()) errors.numero = 'Saisissez le numéro de la pièce.';
	const siret = (field: 'siretMoa' | 'siretMoe', whose: string) => {
		if (!s.fields.includes(field)) return;
		if (!v[field].trim()) errors[field] = `Saisissez le SIRET ${whose} (14 chiffres).`;
		else {
			const check = checkSiret(v[field]);
			if (!check.valid) errors[field] = check.problems.map((p) => p.message).join(' ');
		}
	};
	siret('siretMoa', 'de la maîtrise d’ouvrage');
	siret('siretMoe', 'du maître d’œuvre');
	if (s.fields.includes('engagement') && !v.engagement.trim()) errors.engagement = 'Saisissez le numéro d’engagement.';
	const cents = AMOUNTS.map((f) => parseEuros(v[f]));
	AMOUNTS.forEach((f, i) => {
		const value = cents[i] ?? null;
		if (value === null || value < 0) errors[f] = 'Saisissez un montant en euros, par exemple 1\u202f234,56.';
	});
	const [ht, tva, ttc] = cents;
	if (ht != null && tva != null && ttc != null && !errors.montantTTC && ht >= 0 && tva >= 0 && ht + tva !== ttc) {
		errors.montantTTC = `HT + TVA ne font pas le TTC\u00a0: ${formatEuros(ht)} + ${formatEuros(tva)} = ${formatEuros(ht + tva)}, pas ${formatEuros(ttc)}.`;
	}
	return errors;
}

/** One field of the result: right or not, what was expected, where the datum comes from. */
export interface WorksFieldResult {
	field: WorksField;
	ok: boolean;
	expected: string;
	explanation: string;
	/** What to say about this particular wrong answer, when it is a known trap. */
	pitfall?: string;
}

/** A value in a comparable form: numbers and SIRET without spaces, text in capitals without spaces or dashes. */
function normalize(field: WorksField, value: string): string {
	if ((AMOUNTS as readonly string[]).includes(field)) return String(parseEuros(value) ?? `?${value}`);
	if (field === 'siretMoa' || field === 'siretMoe') return value.replace(/\s/g, '');
	if (field === 'depot' || field === 'dossier' || field === 'cadre') return value;
	return value.trim().toUpperCase().replace(/[\s\u00a0\u202f-]+/g, '');
}

/** How an expected value reads in the result list. */
function shown(field: WorksField, s: WorksScenario): string {
	const e = s.expected;
	if (field === 'depot') return e.depot === 'initial' ? 'dépôt initial' : 'association à un dossier de facturation existant';
	if (field === 'dossier') return s.dossiers.find((d) => d.id === e.dossier)?.label ?? '';
	if ((AMOUNTS as readonly string[]).includes(field)) return formatEuros(Math.round((e[field as (typeof AMOUNTS)[number]] as number) * 100));
	return String(e[field as keyof typeof e] ?? '');
}

/** The values that fill the deposit with the expected answer (« Voir la solution »). */
export function solutionWorks(s: WorksScenario): WorksValues {
	const e = s.expected;
	const euros = (n: number) => formatEuros(Math.round(n * 100)).replace(/\u00a0€$/, '');
	return {
		depot: e.depot,
		dossier: e.dossier ?? '',
		cadre: e.cadre,
		numero: e.numero,
		siretMoa: e.siretMoa ?? '',
		codeService: e.codeService ?? '',
		siretMoe: e.siretMoe ?? '',
		engagement: e.engagement ?? '',
		montantHT: euros(e.montantHT),
		montantTVA: euros(e.montantTVA),
		montantTTC: euros(e.montantTTC),
	};
}

/** Compares an accepted deposit with what the documents say, field by field. */
export function compareWorks(v: WorksValues, s: WorksScenario): WorksFieldResult[] {
	const wanted = solutionWorks(s);
	return scoredFields(s).map((field) => {
		// A dossier chosen before switching back to « dépôt initial » is not part of the deposit.
		const given = normalize(field, field === 'dossier' && v.depot !== 'association' ? '' : v[field]);
		const ok = given === normalize(field, wanted[field]);
		const pitfall = ok ? undefined : s.pitfalls.find((p) => p.field === field && normalize(field, p.value) === given)?.message;
		return { field, ok, expected: shown(field, s), explanation: s.explanations[field] ?? '', ...(pitfall ? { pitfall } : {}) };
	});
}

/** The sentence announced after a deposit: the score and the fields to look at again. */
export function worksFeedback(results: WorksFieldResult[]): string {
	const right = results.filter((r) => r.ok).length;
	const wrong = results.filter((r) => !r.ok).map((r) => WORKS_FIELD_LABELS[r.field]);
	const head = `Pièce déposée (simulation). ${right} réponse${right > 1 ? 's' : ''} juste${right > 1 ? 's' : ''} sur ${results.length}.`;
	return wrong.length ? `${head} À revoir\u00a0: ${wrong.join(', ')}.` : `${head} Tout est juste.`;
}
