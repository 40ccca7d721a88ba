import { describe, expect, test } from 'vitest';
import { emptyProgress, isProgressState, progressProblem } from '../../src/lib/progress-model';

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
		version: 1,
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
		['version 2', { version: 2 }, 'version 2 inattendue'],
		['version "1" as a string', { version: '1' }, 'version 1 inattendue'],
		['a missing courseId', { courseId: undefined }, 'identifiant du cours absent'],
		['a numeric courseId', { courseId: 7 }, 'identifiant du cours absent'],
		['attempts as an array', { attempts: [] }, 'réponses absentes'],
		['attempts missing', { attempts: undefined }, 'réponses absentes'],
		['an item whose attempts are not a list', { attempts: { 'q-1': attempt } }, 'réponses à « q-1 » illisibles'],
		['lessons missing', { lessons: null }, 'leçons absentes'],
		['a lesson without time', { lessons: { '01-a': { ...lessonProgress, timeSpentMs: undefined } } }, 'suivi de la leçon « 01-a » illisible'],
		['a lesson with a bad date', { lessons: { '01-a': { ...lessonProgress, firstVisitAt: 'hier' } } }, 'suivi de la leçon « 01-a » illisible'],
		['a lesson with a bad completedAt', { lessons: { '01-a': { ...lessonProgress, completedAt: 12 } } }, 'suivi de la leçon « 01-a » illisible'],
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
		['score above max', { score: 6 }],
		['a negative score', { score: -1 }],
		['max 0', { score: 0, max: 0 }],
		['an infinite max', { max: Infinity }],
		['a score as a string', { score: '3' }],
		['an unknown outcome', { outcome: 'skipped' }],
		['an unknown context', { context: 'final' }],
		['a bad timestamp', { at: 'pas une date' }],
		['a negative duration', { durationMs: -5 }],
		['objectives that are not strings', { objectives: [1] }],
		['objectives missing', { objectives: undefined }],
	])('rejects an attempt with %s', (_label, change) => {
		const record = { ...valid(), attempts: { 'q-1': [attempt, { ...attempt, ...change }] } };

		const problem = progressProblem(record);

		expect(problem).toBe('réponses à « q-1 » illisibles');
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
		[{ runs: [{ ...run, kind: 'examen' }] }, 'évaluation « finale-1 » : type inconnu'],
		[{ runs: [{ ...run, startedAt: '01/12/2026' }] }, 'évaluation « finale-1 » : date de début illisible'],
		[{ runs: [{ ...run, results: undefined }] }, 'évaluation « finale-1 » : résultats incohérents'],
		[{ runs: [{ ...run, results: { 'ev-cadre-1': { score: 2, max: 1 } } }] }, 'évaluation « finale-1 » : résultats illisibles'],
		[{ runs: [{ ...run, answers: { x: { type: 'single', selected: 3 } } }] }, 'évaluation « finale-1 » : réponses illisibles'],
		[{ runs: [run, run] }, 'deux évaluations portent le même numéro'],
	])('refuses %o: %s', (extra, message) => {
		expect(progressProblem({ ...valid(), ...extra })).toBe(message);
	});
});
