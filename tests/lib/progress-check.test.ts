import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../src/lib/evaluation-model';
import { courseProblems, describeProblems } from '../../src/lib/progress-check';
import type { Attempt, ProgressState } from '../../src/lib/progress-model';
import { course, state } from './progress-fixtures';

/**
 * Each way a hand-edited file can claim what the course never recorded (issue 11): every one
 * is found and named, item and field. The forged file of the fault matrix is among them.
 */
const now = new Date('2026-12-04T10:15:00.000Z');
const attempt = (extra: Partial<Attempt> = {}): Attempt => ({ objectives: ['cadre'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at: '2026-12-01T09:00:00.000Z', durationMs: 5000, ...extra });
const run = (id: string, questions: [string, string][], extra: Partial<EvaluationRun> = {}): EvaluationRun => {
	const [kind, number] = id.split('-') as ['positionnement' | 'finale', string];
	return {
		id,
		kind,
		number: Number(number),
		bank: 'v1',
		questions: questions.map(([q, objective]) => ({ id: q, objective })),
		startedAt: '2026-12-02T09:00:00.000Z',
		answers: {},
		completedAt: '2026-12-02T09:30:00.000Z',
		results: Object.fromEntries(questions.map(([q]) => [q, { score: 1, max: 1 }])),
		...extra,
	};
};
const avant = run('positionnement-1', [['ev-a1', 'cadre'], ['ev-b1', 'banque']]);
const finale = run('finale-1', [['ev-a2', 'cadre'], ['ev-a3', 'cadre'], ['ev-b2', 'banque'], ['ev-b3', 'banque']], { startedAt: '2026-12-03T09:00:00.000Z', completedAt: '2026-12-03T09:30:00.000Z' });
const problems = (change: (p: ProgressState) => void) => {
	const p = state();
	change(p);
	return courseProblems(p, course, now);
};

describe('courseProblems', () => {
	test('a file that fits the course has none, retired ids and two valid runs included', () => {
		expect(problems((p) => {
			p.attempts['q-ancienne'] = [attempt()];
			p.runs = [avant, finale];
		})).toEqual([]);
	});

	test('the forged file: six invented items, a completion in 2099, 10^15 ms in a lesson, 5,000 attempts on one item', () => {
		const found = problems((p) => {
			for (const id of ['faux-1', 'faux-2', 'faux-3', 'faux-4', 'faux-5', 'faux-6']) p.attempts[id] = [attempt()];
			p.lessons['01-a']!.completedAt = '2099-01-01T00:00:00.000Z';
			p.lessons['01-a']!.timeSpentMs = 1e15;
			p.attempts['q-2'] = Array.from({ length: 5000 }, () => attempt());
		});

		expect(found).toContain('réponses à «\u00a0faux-1\u00a0»\u00a0: cet exercice ou cette question n’existe pas dans le cours');
		expect(found.filter((f) => f.includes('n’existe pas dans le cours'))).toHaveLength(6);
		expect(found).toContain('leçon «\u00a001-a\u00a0» › completedAt\u00a0: date dans le futur (2099-01-01T00:00:00.000Z)');
		expect(found).toContain('leçon «\u00a001-a\u00a0» › timeSpentMs\u00a0: 1000000000000000 ms, plus de 24\u00a0h dans une leçon');
		expect(found).toContain('réponses à «\u00a0q-2\u00a0»\u00a0: 5000 essais, le cours en garde 5 au plus');
		expect(describeProblems(found)).toMatch(/\s; et \d+ autre\(s\) problème\(s\)\.$/);
	});

	test.each([
		['a negative score', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ score: -1 })]), 'réponse 1 à «\u00a0q-1\u00a0» › score\u00a0: -1 sur 1 impossible'],
		['a score above its maximum', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ score: 3, max: 2 })]), 'réponse 1 à «\u00a0q-1\u00a0» › score\u00a0: 3 sur 2 impossible'],
		['a negative duration', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ durationMs: -1 })]), 'réponse 1 à «\u00a0q-1\u00a0» › durationMs\u00a0: durée de -1 ms impossible (plus de 24\u00a0h)'],
		['a duration above 24\u00a0h', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ durationMs: 86_400_001 })]), 'réponse 1 à «\u00a0q-1\u00a0» › durationMs\u00a0: durée de 86400001 ms impossible (plus de 24\u00a0h)'],
		['a date more than 24\u00a0h ahead', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ at: '2026-12-05T10:16:00.000Z' })]), 'réponse 1 à «\u00a0q-1\u00a0» › at\u00a0: date dans le futur (2026-12-05T10:16:00.000Z)'],
		['a date before the course existed', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ at: '2026-11-26T23:59:59.000Z' })]), 'réponse 1 à «\u00a0q-1\u00a0» › at\u00a0: date antérieure à la mise en ligne du cours (2026-11-26T23:59:59.000Z)'],
		['an unknown lesson', (p: ProgressState) => (p.lessons['99-z'] = { ...p.lessons['01-a']! }), 'leçon «\u00a099-z\u00a0»\u00a0: leçon inconnue du cours'],
		['markup as an item id', (p: ProgressState) => (p.attempts['<img src=x onerror=alert(1)>'] = [attempt()]), 'réponses à «\u00a0<img src=x onerror=alert(1)>\u00a0»\u00a0: cet exercice ou cette question n’existe pas dans le cours'],
	])('finds %s', (_label, change, expected) => {
		expect(problems(change)).toEqual([expected]);
	});

	test.each([
		['a question outside the pool', [avant, run('finale-1', [['ev-a2', 'cadre'], ['ev-zz', 'cadre'], ['ev-b2', 'banque'], ['ev-b3', 'banque']])], 'évaluation «\u00a0finale-1\u00a0» › questions\u00a0: «\u00a0ev-zz\u00a0» n’est pas une question d’évaluation du cours'],
		['a question filed under another objective', [avant, run('finale-1', [['ev-a2', 'cadre'], ['ev-a3', 'banque'], ['ev-b2', 'banque'], ['ev-b3', 'cadre']])], 'évaluation «\u00a0finale-1\u00a0» › questions\u00a0: «\u00a0ev-a3\u00a0» ne porte pas l’objectif «\u00a0banque\u00a0»'],
		['a draw of the wrong size', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-a2', 'cadre'], ['ev-b1', 'banque']])], 'évaluation «\u00a0positionnement-1\u00a0» › questions\u00a0: un tirage compte 1 questions différentes par objectif (objectif «\u00a0cadre\u00a0»)'],
		['a final that reuses the «\u00a0avant\u00a0» questions', [avant, run('finale-1', [['ev-a1', 'cadre'], ['ev-a3', 'cadre'], ['ev-b2', 'banque'], ['ev-b3', 'banque']], { startedAt: '2026-12-03T09:00:00.000Z' })], 'évaluation «\u00a0finale-1\u00a0» › questions\u00a0: «\u00a0ev-a1\u00a0» était déjà dans le test de positionnement «\u00a0positionnement-1\u00a0»'],
		['results for other questions', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-b1', 'banque']], { results: { 'ev-a1': { score: 1, max: 1 }, 'ev-a2': { score: 1, max: 1 } } })], 'évaluation «\u00a0positionnement-1\u00a0» › results\u00a0: ne correspondent pas aux questions tirées'],
		['an id that does not match its number', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-b1', 'banque']], { number: 3 })], 'évaluation «\u00a0positionnement-1\u00a0» › id\u00a0: ne correspond pas à l’essai n° 3'],
	])('finds a run with %s', (_label, runs, expected) => {
		expect(problems((p) => (p.runs = runs as EvaluationRun[]))).toEqual([expected]);
	});
});
