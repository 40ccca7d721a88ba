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

		expect(found).toContain('réponses à « faux-1 » : cet exercice ou cette question n’existe pas dans le cours');
		expect(found.filter((f) => f.includes('n’existe pas dans le cours'))).toHaveLength(6);
		expect(found).toContain('leçon « 01-a » › completedAt : date dans le futur (2099-01-01T00:00:00.000Z)');
		expect(found).toContain('leçon « 01-a » › timeSpentMs : 1000000000000000 ms, plus de 24 h dans une leçon');
		expect(found).toContain('réponses à « q-2 » : 5000 essais, le cours en garde 5 au plus');
		expect(describeProblems(found)).toMatch(/ ; et \d+ autre\(s\) problème\(s\)\.$/);
	});

	test.each([
		['a negative score', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ score: -1 })]), 'réponse 1 à « q-1 » › score : -1 sur 1 impossible'],
		['a score above its maximum', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ score: 3, max: 2 })]), 'réponse 1 à « q-1 » › score : 3 sur 2 impossible'],
		['a negative duration', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ durationMs: -1 })]), 'réponse 1 à « q-1 » › durationMs : durée de -1 ms impossible (plus de 24 h)'],
		['a duration above 24 h', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ durationMs: 86_400_001 })]), 'réponse 1 à « q-1 » › durationMs : durée de 86400001 ms impossible (plus de 24 h)'],
		['a date more than 24 h ahead', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ at: '2026-12-05T10:16:00.000Z' })]), 'réponse 1 à « q-1 » › at : date dans le futur (2026-12-05T10:16:00.000Z)'],
		['a date before the course existed', (p: ProgressState) => (p.attempts['q-1'] = [attempt({ at: '2026-11-26T23:59:59.000Z' })]), 'réponse 1 à « q-1 » › at : date antérieure à la mise en ligne du cours (2026-11-26T23:59:59.000Z)'],
		['an unknown lesson', (p: ProgressState) => (p.lessons['99-z'] = { ...p.lessons['01-a']! }), 'leçon « 99-z » : leçon inconnue du cours'],
		['markup as an item id', (p: ProgressState) => (p.attempts['<img src=x onerror=alert(1)>'] = [attempt()]), 'réponses à « <img src=x onerror=alert(1)> » : cet exercice ou cette question n’existe pas dans le cours'],
	])('finds %s', (_label, change, expected) => {
		expect(problems(change)).toEqual([expected]);
	});

	test.each([
		['a question outside the pool', [avant, run('finale-1', [['ev-a2', 'cadre'], ['ev-zz', 'cadre'], ['ev-b2', 'banque'], ['ev-b3', 'banque']])], 'évaluation « finale-1 » › questions : « ev-zz » n’est pas une question d’évaluation du cours'],
		['a question filed under another objective', [avant, run('finale-1', [['ev-a2', 'cadre'], ['ev-a3', 'banque'], ['ev-b2', 'banque'], ['ev-b3', 'cadre']])], 'évaluation « finale-1 » › questions : « ev-a3 » ne porte pas l’objectif « banque »'],
		['a draw of the wrong size', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-a2', 'cadre'], ['ev-b1', 'banque']])], 'évaluation « positionnement-1 » › questions : un tirage compte 1 questions différentes par objectif (objectif « cadre »)'],
		['a final that reuses the « avant » questions', [avant, run('finale-1', [['ev-a1', 'cadre'], ['ev-a3', 'cadre'], ['ev-b2', 'banque'], ['ev-b3', 'banque']], { startedAt: '2026-12-03T09:00:00.000Z' })], 'évaluation « finale-1 » › questions : « ev-a1 » était déjà dans le test de positionnement « positionnement-1 »'],
		['results for other questions', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-b1', 'banque']], { results: { 'ev-a1': { score: 1, max: 1 }, 'ev-a2': { score: 1, max: 1 } } })], 'évaluation « positionnement-1 » › results : ne correspondent pas aux questions tirées'],
		['an id that does not match its number', [run('positionnement-1', [['ev-a1', 'cadre'], ['ev-b1', 'banque']], { number: 3 })], 'évaluation « positionnement-1 » › id : ne correspond pas à l’essai n° 3'],
	])('finds a run with %s', (_label, runs, expected) => {
		expect(problems((p) => (p.runs = runs as EvaluationRun[]))).toEqual([expected]);
	});
});
