import { describe, expect, test } from 'vitest';
import { emptyProgress, isEmployerName, isProgressState, MAX_EMPLOYER_LENGTH, progressProblem } from '../../src/lib/progress-model';

const attempt = {
	objectives: ['depot'],
	score: 3,
	max: 5,
	outcome: 'scored',
	context: 'lesson',
	at: '2026-11-28T09:00:00.000Z',
	durationMs: 12000,
};

const lessonProgress = {
	firstVisitAt: '2026-11-28T09:00:00.000Z',
	lastVisitAt: '2026-11-28T09:30:00.000Z',
	timeSpentMs: 60000,
};

function valid(): Record<string, unknown> {
	return {
		version: 2,
		courseId: 'chorus-pro-micro-cours',
		attempts: { 'q-1': [attempt] },
		lessons: { '01-a': lessonProgress },
		lastPlace: { lesson: '01-a', section: 'intro', at: '2026-11-28T09:30:00.000Z' },
	};
}

describe('progressProblem', () => {
	test('returns null for a complete record', () => {
		const record = valid();

		const problem = progressProblem(record);

		expect(problem).toBeNull();
	});

	test('returns null for an empty progress record', () => {
		const record = emptyProgress('chorus-pro-micro-cours');

		const problem = progressProblem(record);

		expect(problem).toBeNull();
		expect(isProgressState(record)).toBe(true);
	});

	test('accepts a completed lesson and a place without section', () => {
		const record = {
			...valid(),
			lessons: { '01-a': { ...lessonProgress, completedAt: '2026-11-28T10:00:00.000Z' } },
			lastPlace: { lesson: '01-a', at: '2026-11-28T09:30:00.000Z' },
		};

		const problem = progressProblem(record);

		expect(problem).toBeNull();
	});

	test.each([null, 'texte', 42, [], [valid()]])('says « pas un objet » for %o', (value) => {
		const problem = progressProblem(value);

		expect(problem).toBe('les données ne sont pas un objet');
		expect(isProgressState(value)).toBe(false);
	});

	test.each([
		['a missing version', { version: undefined }, 'version undefined inattendue'],
		['version 1 (migrated before this guard)', { version: 1 }, 'version 1 inattendue'],
		['version 3', { version: 3 }, 'version 3 inattendue'],
		['version "2" as a string', { version: '2' }, 'version 2 inattendue'],
		['a missing courseId', { courseId: undefined }, 'identifiant du cours absent'],
		['a numeric courseId', { courseId: 7 }, 'identifiant du cours absent'],
		['attempts as an array', { attempts: [] }, 'réponses absentes'],
		['attempts missing', { attempts: undefined }, 'réponses absentes'],
		['an item whose attempts are not a list', { attempts: { 'q-1': attempt } }, 'réponses à «\u00a0q-1\u00a0» illisibles'],
		['lessons missing', { lessons: null }, 'leçons absentes'],
		['a lesson without time', { lessons: { '01-a': { ...lessonProgress, timeSpentMs: undefined } } }, 'suivi de la leçon «\u00a001-a\u00a0»\u00a0: timeSpentMs illisible'],
		['a lesson with a bad date', { lessons: { '01-a': { ...lessonProgress, firstVisitAt: 'hier' } } }, 'suivi de la leçon «\u00a001-a\u00a0»\u00a0: firstVisitAt\u00a0: date «\u00a0hier\u00a0» illisible (ISO 8601 attendu)'],
		['a lesson with a non-ISO date that Date.parse accepts', { lessons: { '01-a': { ...lessonProgress, lastVisitAt: '01/01/2025' } } }, 'suivi de la leçon «\u00a001-a\u00a0»\u00a0: lastVisitAt\u00a0: date «\u00a001/01/2025\u00a0» illisible (ISO 8601 attendu)'],
		['a lesson with a bad completedAt', { lessons: { '01-a': { ...lessonProgress, completedAt: 12 } } }, 'suivi de la leçon «\u00a001-a\u00a0»\u00a0: completedAt\u00a0: date «\u00a012\u00a0» illisible'],
		['a place with a local date', { lastPlace: { lesson: '01-a', at: '2026-11-28 09:30' } }, 'dernier emplacement illisible'],
		['a name with markup', { learnerName: '<img src=x onerror=alert(1)>' }, 'nom illisible (lettres, espaces, apostrophes et tirets, 80 caractères au plus)'],
		['a place without lesson', { lastPlace: { at: '2026-11-28T09:30:00.000Z' } }, 'dernier emplacement illisible'],
		['a place with a bad date', { lastPlace: { lesson: '01-a', at: 'demain' } }, 'dernier emplacement illisible'],
		['a place that is a string', { lastPlace: '01-a' }, 'dernier emplacement illisible'],
	])('reports %s', (_label, change, expected) => {
		const record = { ...valid(), ...change };

		const problem = progressProblem(record);

		expect(problem).toBe(expected);
		expect(isProgressState(record)).toBe(false);
	});

	test.each([
		['score above max', { score: 6 }, 'score 6 impossible pour un maximum de 5'],
		['a negative score', { score: -1 }, 'score -1 impossible pour un maximum de 5'],
		['max 0', { score: 0, max: 0 }, 'max illisible'],
		['an infinite max', { max: Infinity }, 'max illisible'],
		['a score as a string', { score: '3' }, 'score 3 impossible pour un maximum de 5'],
		['an unknown outcome', { outcome: 'skipped' }, 'outcome inconnu'],
		['an unknown context', { context: 'final' }, 'context inconnu'],
		['the context of version 1 evaluations', { context: 'avant' }, 'context inconnu'],
		['a bad timestamp', { at: 'pas une date' }, 'at\u00a0: date «\u00a0pas une date\u00a0» illisible (ISO 8601 attendu)'],
		['a timestamp Date.parse accepts but not ISO', { at: '01/01/2025' }, 'at\u00a0: date «\u00a001/01/2025\u00a0» illisible (ISO 8601 attendu)'],
		['an impossible day', { at: '2026-02-31T10:00:00.000Z' }, 'at\u00a0: date «\u00a02026-02-31T10:00:00.000Z\u00a0» illisible (ISO 8601 attendu)'],
		['a negative duration', { durationMs: -5 }, 'durationMs illisible'],
		['objectives that are not strings', { objectives: [1] }, 'objectives illisible'],
		['objectives missing', { objectives: undefined }, 'objectives illisible'],
	])('rejects an attempt with %s, naming the answer and the field', (_label, change, expected) => {
		const record = { ...valid(), attempts: { 'q-1': [attempt, { ...attempt, ...change }] } };

		const problem = progressProblem(record);

		expect(problem).toBe(`réponse 2 à «\u00a0q-1\u00a0»\u00a0: ${expected}`);
	});

	test('accepts a name with accents, apostrophes and hyphens, and the contexts kept from version 1', () => {
		const record = { ...valid(), learnerName: 'Marie-Hélène d’Arçon', attempts: { 'q-1': [{ ...attempt, context: 'v1-avant' }, { ...attempt, context: 'v1-apres' }] } };

		expect(progressProblem(record)).toBeNull();
	});
});

describe('progressProblem: evaluation runs and the learner seed', () => {
	const run = {
		id: 'finale-1',
		kind: 'finale',
		number: 1,
		bank: 'abc123',
		questions: [{ id: 'ev-cadre-1', objective: 'cadre' }],
		startedAt: '2026-12-01T09:00:00.000Z',
		answers: { 'ev-cadre-1': { type: 'single', selected: 'b' } },
		completedAt: '2026-12-01T09:20:00.000Z',
		results: { 'ev-cadre-1': { score: 1, max: 1 } },
	};

	test('accepts a record with a seed, a completed run and an open one', () => {
		const open = { ...run, id: 'positionnement-1', kind: 'positionnement', completedAt: undefined, results: undefined };

		expect(progressProblem({ ...valid(), learnerSeed: '0123456789abcdef', runs: [run, open] })).toBeNull();
	});

	test.each([
		[{ learnerSeed: 'pas une graine' }, 'graine de tirage illisible'],
		[{ runs: {} }, 'évaluations illisibles'],
		[{ runs: [{ ...run, kind: 'examen' }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: kind illisible'],
		[{ runs: [{ ...run, startedAt: '01/12/2026' }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: startedAt illisible'],
		[{ runs: [{ ...run, results: undefined }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: results illisible'],
		[{ runs: [{ ...run, completedAt: undefined }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: results illisible'],
		[{ runs: [{ ...run, results: { 'ev-cadre-1': { score: 2, max: 1 } } }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: results illisible'],
		[{ runs: [{ ...run, answers: { x: { type: 'single', selected: 3 } } }] }, 'évaluation «\u00a0finale-1\u00a0»\u00a0: answers illisible'],
		[{ runs: [run, run] }, 'deux évaluations portent le même numéro'],
	])('refuses %o: %s', (extra, message) => {
		expect(progressProblem({ ...valid(), ...extra })).toBe(message);
	});
});

describe('progressProblem: the learner’s employer (optional)', () => {
	test.each(['Mairie de Saint-Étienne', 'Dupont & Fils (SARL)', 'L’Atelier d’Anne, S.A.S.', 'BTP 2000 / Agence Nord', 'O’Brien Conseil', ''])('accepts « %s »', (employer) => {
		expect(isEmployerName(employer)).toBe(true);
		expect(progressProblem({ ...valid(), learnerEmployer: employer })).toBeNull();
	});

	test('accepts a record without employer, as every file written before it', () => {
		expect(progressProblem(valid())).toBeNull();
	});

	test.each([
		['markup', '<b>Dupont</b>'],
		['a script', 'javascript:alert(1)'],
		['quotes', '"Dupont"'],
		['a number', 42],
		['121 characters', 'A'.repeat(MAX_EMPLOYER_LENGTH + 1)],
	])('refuses %s, naming the field', (_label, employer) => {
		expect(isEmployerName(employer)).toBe(false);
		expect(progressProblem({ ...valid(), learnerEmployer: employer })).toBe('employeur illisible (lettres, chiffres, espaces et ponctuation, 120 caractères au plus)');
	});

	test('keeps 120 characters', () => {
		expect(isEmployerName('A'.repeat(MAX_EMPLOYER_LENGTH))).toBe(true);
		expect(MAX_EMPLOYER_LENGTH).toBe(120);
	});
});
