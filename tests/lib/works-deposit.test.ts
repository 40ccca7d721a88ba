import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareWorks, emptyWorksValues, scoredFields, solutionWorks, validateWorks, worksFeedback, type WorksValues } from '../../src/lib/works-deposit';
import { ExerciseSchema } from '../../src/schemas/exercise';
import { WorksDepositSchema, type WorksScenario } from '../../src/schemas/works-deposit';
import { issuesOf } from '../schemas/issues';

// The real exercise of lesson 13: its four cases are the ones a learner meets.
const raw = JSON.parse(readFileSync('content/exercises/depot-travaux.json', 'utf-8'));
const data = WorksDepositSchema.parse(raw.data);
const byId = (id: string) => data.scenarios.find((s) => s.id === id) as WorksScenario;
const titulaire = byId('titulaire-mars');
const moe = byId('moe-etat-acompte');
const moa = byId('moa-validation');
const right = (s: WorksScenario, change: Partial<WorksValues> = {}): WorksValues => ({ ...solutionWorks(s), ...change });
const wrongFields = (s: WorksScenario, v: WorksValues) => compareWorks(v, s).filter((r) => !r.ok).map((r) => r.field);

describe('the works-deposit exercise data', () => {
	test('is a valid exercise with at least four cases, for the titulaire, the MOE and the MOA', () => {
		expect(issuesOf(ExerciseSchema.safeParse(raw))).toEqual([]);
		expect(data.scenarios.length).toBeGreaterThanOrEqual(4);
		expect(new Set(data.scenarios.map((s) => s.role))).toEqual(new Set(['titulaire', 'moe', 'moa']));
	});

	test('every fact a case rests on exists', () => {
		const facts = new Set(readdirSync('content/facts').flatMap((f) => JSON.parse(readFileSync(`content/facts/${f}`, 'utf-8')).map((x: { id: string }) => x.id)));
		expect(data.scenarios.flatMap((s) => s.facts).filter((id) => !facts.has(id))).toEqual([]);
	});

	test('every SIRET printed in the documents and expected in an answer passes its check', () => {
		for (const s of data.scenarios) expect(validateWorks(solutionWorks(s), s), s.id).toEqual({});
	});

	test('the schema refuses an association without a dossier, and a dossier that is not offered', () => {
		const bad = structuredClone(raw.data);
		bad.scenarios[2].expected.dossier = null;
		bad.scenarios[3].expected.dossier = 'fantome';

		expect(issuesOf(WorksDepositSchema.safeParse(bad)).map((i) => i.path.join('.'))).toEqual(['scenarios.2.expected.dossier', 'scenarios.3.expected.dossier']);
	});

	test('the schema refuses a field shown without its answer, an unbalanced amount, and a missing explanation', () => {
		const bad = structuredClone(raw.data);
		bad.scenarios[3].fields = ['engagement'];
		bad.scenarios[3].explanations.engagement = 'Fiche identité, rubrique 6.';
		bad.scenarios[0].expected.montantTTC = 57601;
		delete bad.scenarios[1].explanations.siretMoe;

		expect(issuesOf(WorksDepositSchema.safeParse(bad)).map((i) => `${i.path.join('.')} ${i.message}`)).toEqual([
			'scenarios.0.expected.montantTTC HT + TVA ≠ TTC',
			'scenarios.1.explanations explication manquante pour « siretMoe »',
			'scenarios.3.expected.engagement champ affiché sans valeur attendue',
		]);
	});
});

describe('compareWorks', () => {
	test('the right deposit is right on every scored field: 10 for the titulaire, 9 for the MOE, 7 for the MOA', () => {
		for (const s of [titulaire, moe, moa]) expect(wrongFields(s, right(s)), s.id).toEqual([]);
		expect([titulaire, moe, moa].map((s) => compareWorks(right(s), s).length)).toEqual([10, 9, 7]);
	});

	test('spaces (plain or no-break, as copied from the documents) in a SIRET, lower case and spaces in a number, « 45000 » for « 45 000,00 » are still right', () => {
		const typed = right(titulaire, { siretMoa: '219 604 154 00019', siretMoe: '539\u00a0172\u00a0841\u00a000022', numero: ' bs-2026 031 ', engagement: 'ej-2026-0150', montantHT: '48000', montantTTC: '57 600,00 €' });

		expect(wrongFields(titulaire, typed)).toEqual([]);
	});

	test.each([
		['depot', { depot: 'association', dossier: 'bs-2026-031' }],
		['cadre', { cadre: 'A5' }],
		['numero', { numero: 'BS-2026-032' }],
		['siretMoa', { siretMoa: '53917284100022' }],
		['codeService', { codeService: 'ECOLES' }],
		['siretMoe', { siretMoe: '61842739700012' }],
		['engagement', { engagement: 'EJ-2026-0417' }],
		['montantHT', { montantHT: '640000' }],
		['montantTVA', { montantTVA: '9 000' }],
		['montantTTC', { montantTTC: '57 000' }],
	] as const)('a wrong %s is the only field marked wrong, with where the datum comes from', (field, change) => {
		const results = compareWorks(right(titulaire, change as Partial<WorksValues>), titulaire);

		expect(results.filter((r) => !r.ok).map((r) => r.field)).toEqual([field]);
		expect(results.find((r) => r.field === field)?.explanation).toMatch(/Fiche identité|Situation de travaux|dossier|CCAP/);
	});

	test('the MOE’s wrong dossier, and an initial deposit that leaves the dossier unanswered, are each marked', () => {
		expect(wrongFields(moe, right(moe, { dossier: 'gr-2026-007' }))).toEqual(['dossier']);
		// A dossier chosen before switching to « dépôt initial » does not count.
		expect(wrongFields(moe, right(moe, { depot: 'initial' }))).toEqual(['depot', 'dossier']);
	});

	test('a known trap says why: the amount asked for instead of the sums admitted is never a reason to refuse', () => {
		const amount = compareWorks(right(moe, { montantHT: '48 000,00' }), moe).find((r) => r.field === 'montantHT');

		expect(amount).toMatchObject({ ok: false, expected: '45\u202f000,00\u00a0€' });
		expect(amount?.pitfall).toMatch(/19 février 2025.*jamais un motif de refus/);
		expect(compareWorks(right(moa, { cadre: 'A16' }), moa).find((r) => r.field === 'cadre')?.pitfall).toMatch(/«\spar une MOE\s»/);
	});

	test('an empty deposit scores nothing, and no known trap is claimed for blanks', () => {
		const results = compareWorks(emptyWorksValues(), titulaire);

		expect(results.every((r) => !r.ok && r.pitfall === undefined)).toBe(true);
		expect(results.map((r) => r.field)).toEqual(scoredFields(titulaire));
	});
});

describe('validateWorks (the mock portal refuses before scoring)', () => {
	test('an empty deposit: each step and each field shown is named, in the order of the screen', () => {
		expect(Object.keys(validateWorks(emptyWorksValues(), titulaire))).toEqual(['depot', 'cadre', 'numero', 'siretMoa', 'siretMoe', 'engagement', 'montantHT', 'montantTVA', 'montantTTC']);
		// The MOA's case shows no SIRET and no engagement number: none is asked for.
		expect(Object.keys(validateWorks(emptyWorksValues(), moa))).toEqual(['depot', 'cadre', 'numero', 'montantHT', 'montantTVA', 'montantTTC']);
	});

	test('an association needs a dossier offered in the list; with none open, it says there is nothing to associate with', () => {
		expect(validateWorks(right(moe, { dossier: '' }), moe).dossier).toBe('Étape 1\u00a0: choisissez le dossier de facturation auquel associer la pièce.');
		expect(validateWorks(right(titulaire, { depot: 'association', dossier: 'x' }), titulaire).dossier).toMatch(/aucun dossier de facturation n’est ouvert/);
	});

	test('bad input: a SIRET with a wrong key or letters, an amount that is not one, HT + TVA ≠ TTC', () => {
		const errors = validateWorks(right(titulaire, { siretMoa: '21960415400018', siretMoe: '5391728410002A', montantTVA: 'neuf mille', montantTTC: '-5' }), titulaire);

		expect(errors.siretMoa).toMatch(/clé de contrôle/);
		expect(errors.siretMoe).toBeTruthy();
		expect(errors.montantTVA).toBe('Saisissez un montant en euros, par exemple 1\u202f234,56.');
		expect(errors.montantTTC).toBe('Saisissez un montant en euros, par exemple 1\u202f234,56.');
		expect(validateWorks(right(titulaire, { montantTTC: '57 601' }), titulaire).montantTTC).toMatch(/^HT \+ TVA ne font pas le TTC/);
	});

	test('the code service is not required (only if the structure requires it): left empty, it is only scored wrong', () => {
		const v = right(titulaire, { codeService: '' });

		expect(validateWorks(v, titulaire)).toEqual({});
		expect(wrongFields(titulaire, v)).toEqual(['codeService']);
	});
});

describe('worksFeedback', () => {
	test('says the score and names the fields to look at again', () => {
		expect(worksFeedback(compareWorks(right(moe), moe))).toBe('Pièce déposée (simulation). 9 réponses justes sur 9. Tout est juste.');
		expect(worksFeedback(compareWorks(right(moe, { cadre: 'A16', montantHT: '48000', montantTTC: '57000' }), moe))).toBe(
			'Pièce déposée (simulation). 6 réponses justes sur 9. À revoir\u00a0: Cadre de facturation (étape 2), Montant HT, Montant TTC.'
		);
	});
});
