import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../../src/lib/evaluation-model';
import { summariseRun } from '../../../src/lib/evaluation-runs';
import { lmsStatus, objectiveStatuses, percentOf } from '../../../src/lib/lms/lesson-status';

const rule = { passMark: 0.8, validatedRight: 2 };
const objectives = ['cadre', 'compte', 'banque'];
const at = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h)).toISOString();

/** A run over 3 questions per objective, `right` of them right per objective (in objective order). */
function run(kind: 'positionnement' | 'finale', number: number, right: number[] | null, started: string, completed?: string): EvaluationRun {
	const questions = objectives.flatMap((o) => [1, 2, 3].map((n) => ({ id: `ev-${o}-${number}-${n}`, objective: o })));
	const base: EvaluationRun = { id: `${kind}-${number}`, kind, number, bank: 'v1', questions, startedAt: started, answers: {} };
	if (!completed || !right) return base;
	const results = Object.fromEntries(questions.map((q, i) => [q.id, { score: i % 3 < (right[Math.floor(i / 3)] ?? 0) ? 1 : 0, max: 1 }]));
	return { ...base, completedAt: completed, results };
}

describe('lmsStatus: cmi.core.lesson_status and score from the latest completed final run', () => {
	test('no run, a positioning run only, or an open final run: incomplete, no score', () => {
		expect(lmsStatus([], rule)).toEqual({ status: 'incomplete' });
		expect(lmsStatus([run('positionnement', 1, [3, 3, 3], at(1), at(1, 10))], rule)).toEqual({ status: 'incomplete' });
		expect(lmsStatus([run('finale', 1, null, at(2))], rule)).toEqual({ status: 'incomplete' });
	});

	test('a final run at or above the pass mark passes; below fails', () => {
		// 8 of 9 right: 88.9 % → 88, passed.
		expect(lmsStatus([run('finale', 1, [3, 3, 2], at(2), at(2, 10))], rule)).toEqual({ status: 'passed', score: { raw: 88, min: 0, max: 100 } });
		// 7 of 9: 77.8 % → 77, failed.
		expect(lmsStatus([run('finale', 1, [3, 2, 2], at(2), at(2, 10))], rule)).toEqual({ status: 'failed', score: { raw: 77, min: 0, max: 100 } });
	});

	test('the LATEST completed final run decides, even when an earlier one did better; an open run changes nothing', () => {
		const passed = run('finale', 1, [3, 3, 3], at(2), at(2, 10));
		const failedLater = run('finale', 2, [1, 1, 1], at(3), at(3, 10));
		expect(lmsStatus([passed, failedLater], rule).status).toBe('failed');
		expect(lmsStatus([failedLater, passed].reverse(), rule).status).toBe('failed');
		expect(lmsStatus([passed, run('finale', 2, null, at(3))], rule)).toEqual({ status: 'passed', score: { raw: 100, min: 0, max: 100 } });
	});

	test('the score is the run summary’s ratio rounded down, so raw ≥ pass mark exactly when the course says passed', () => {
		expect(percentOf(0.29)).toBe(29);
		expect(percentOf(23 / 30)).toBe(76);
		expect(percentOf(0.8)).toBe(80);
		expect(percentOf(1)).toBe(100);
		expect(percentOf(0)).toBe(0);
		for (const passMark of [0.5, 0.7, 0.75, 0.8, 0.9]) {
			for (let total = 1; total <= 40; total++) {
				for (let right = 0; right <= total; right++) {
					const ratio = right / total;
					const passed = Math.round(ratio * 1e6) / 1e6 >= passMark;
					expect(percentOf(ratio) >= Math.round(passMark * 100), `${right}/${total} at ${passMark}`).toBe(passed);
				}
			}
		}
	});

	test('it reads the same summary as « Mon parcours » (summariseRun), never a scoring of its own', () => {
		const r = run('finale', 1, [2, 3, 3], at(2), at(2, 10));
		const s = summariseRun(r, rule);
		expect(lmsStatus([r], rule)).toEqual({ status: s.passed ? 'passed' : 'failed', score: { raw: percentOf(s.ratio), min: 0, max: 100 } });
	});
});

describe('objectiveStatuses: cmi.objectives.n', () => {
	test('before any completed final run every objective is « not attempted », in the given order', () => {
		expect(objectiveStatuses(objectives, [run('positionnement', 1, [3, 3, 3], at(1), at(1, 10))], rule)).toEqual([
			{ id: 'cadre', status: 'not attempted' },
			{ id: 'compte', status: 'not attempted' },
			{ id: 'banque', status: 'not attempted' },
		]);
	});

	test('validated (at least 2 of 3 right) → passed, otherwise failed, with right / total as the score', () => {
		const runs = [run('finale', 1, [3, 3, 3], at(2), at(2, 10)), run('finale', 2, [2, 1, 0], at(3), at(3, 10))];
		expect(objectiveStatuses([...objectives, 'travaux'], runs, rule)).toEqual([
			{ id: 'cadre', status: 'passed', score: { raw: 2, min: 0, max: 3 } },
			{ id: 'compte', status: 'failed', score: { raw: 1, min: 0, max: 3 } },
			{ id: 'banque', status: 'failed', score: { raw: 0, min: 0, max: 3 } },
			// Not asked in the final run: not evaluated, rather than failed.
			{ id: 'travaux', status: 'not attempted' },
		]);
	});

	test('every status is SCORM 1.2 CMIStatus vocabulary', () => {
		const vocabulary = new Set(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted']);
		const runs = [run('finale', 1, [3, 1, 0], at(2), at(2, 10))];
		for (const o of objectiveStatuses([...objectives, 'x'], runs, rule)) expect(vocabulary.has(o.status)).toBe(true);
		expect(vocabulary.has(lmsStatus(runs, rule).status)).toBe(true);
	});
});
