import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../src/lib/evaluation-model';
import { apresRun, avantCandidate, avantRun, newRun, openRun, positioningIsPractice, runRole, summariseRun, type RunPlan } from '../../src/lib/evaluation-runs';

const objectives = ['cadre', 'compte', 'banque', 'depot', 'suivi', 'retours', 'sous-co', 'travaux', 'support', 'reforme'];
const pool = objectives.flatMap((o) => Array.from({ length: 8 }, (_, n) => ({ id: `ev-${o}-${n}`, objectives: [o] })));
const plan = (kind: 'positionnement' | 'finale', learnerSeed = 'a1b2c3d4e5f60718'): RunPlan => ({
	kind,
	objectives,
	perObjective: kind === 'finale' ? 3 : 2,
	learnerSeed,
	bank: 'v1',
	pool,
});
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h));
const rule = { passMark: 0.8, validatedRight: 2 };

/** A run ended with the given questions right (all others wrong). */
function complete(run: EvaluationRun, right: (id: string, index: number) => boolean, at: Date): EvaluationRun {
	const results = Object.fromEntries(run.questions.map((q, i) => [q.id, { score: right(q.id, i) ? 1 : 0, max: 1 }]));
	return { ...run, completedAt: at.toISOString(), results };
}
const ids = (run: EvaluationRun) => run.questions.map((q) => q.id);

describe('newRun: the learner’s draws', () => {
	test('a positioning run draws 2 per objective (20), a final run 3 per objective (30), mixed on the page', () => {
		const avant = newRun(plan('positionnement'), [], day(1));
		const finale = newRun(plan('finale'), [avant], day(2));

		expect(avant).toMatchObject({ id: 'positionnement-1', kind: 'positionnement', number: 1, bank: 'v1', answers: {}, startedAt: day(1).toISOString() });
		expect(avant.questions).toHaveLength(20);
		expect(finale.questions).toHaveLength(30);
		for (const o of objectives) expect(finale.questions.filter((q) => q.objective === o)).toHaveLength(3);
		expect(finale.questions.slice(0, 3).map((q) => q.objective)).not.toEqual(['cadre', 'cadre', 'cadre']);
	});

	test('the final never uses the « avant » questions, finished or still open', () => {
		const avant = newRun(plan('positionnement'), [], day(1));
		for (const runs of [[avant], [complete(avant, () => true, day(1, 10))]]) {
			const finale = newRun(plan('finale'), runs, day(2));
			expect(ids(finale).filter((id) => ids(avant).includes(id))).toEqual([]);
		}
	});

	test('two learners get different final draws from their own seeds; the same learner gets the same draw again', () => {
		const one = newRun(plan('finale', '1111111111111111'), [], day(2));
		const two = newRun(plan('finale', '2222222222222222'), [], day(2));

		expect(ids(one)).not.toEqual(ids(two));
		expect(ids(newRun(plan('finale', '1111111111111111'), [], day(2)))).toEqual(ids(one));
	});

	test('a second final prefers questions not seen in the first one (8 per objective: 2 avant, 3 + 3 finals)', () => {
		const avant = complete(newRun(plan('positionnement'), [], day(1)), () => true, day(1, 10));
		const first = complete(newRun(plan('finale'), [avant], day(2)), () => true, day(2, 10));
		const second = newRun(plan('finale'), [avant, first], day(3));

		expect(second.id).toBe('finale-2');
		expect(ids(second).filter((id) => ids(first).includes(id) || ids(avant).includes(id))).toEqual([]);
	});

	test('a third final reuses questions of earlier finals only, never the « avant » ones', () => {
		let runs: EvaluationRun[] = [complete(newRun(plan('positionnement'), [], day(1)), () => true, day(1, 10))];
		for (let d = 2; d <= 4; d += 1) runs = [...runs, complete(newRun(plan('finale'), runs, day(d)), () => true, day(d, 10))];

		expect(ids(runs[3] as EvaluationRun).filter((id) => ids(runs[0] as EvaluationRun).includes(id))).toEqual([]);
	});

	test('a progress whose older runs were dropped (an LMS keeps the last ones) numbers the next run after the highest, never reusing an id', () => {
		const f1 = complete(newRun(plan('finale'), [], day(2)), () => true, day(2, 10));
		const f2 = complete(newRun(plan('finale'), [f1], day(3)), () => true, day(3, 10));
		const f3 = newRun(plan('finale'), [f1, f2], day(4));
		const again = newRun(plan('finale'), [f2], day(4));
		expect(again.id).toBe('finale-3');
		// Same number, same seed: the same draw as without the drop, apart from questions avoided.
		expect(again.number).toBe(f3.number);
	});
});

describe('which run means what', () => {
	const p1 = newRun(plan('positionnement'), [], day(1));
	const p1done = complete(p1, (_id, i) => i < 10, day(1, 10));
	const p2 = complete(newRun(plan('positionnement'), [p1done], day(2)), () => true, day(2, 10));
	const f1 = complete(newRun(plan('finale'), [p1done, p2], day(3)), () => true, day(3, 10));
	const f2 = complete(newRun(plan('finale'), [p1done, p2, f1], day(4)), (_id, i) => i < 10, day(4, 10));
	const runs = [p1done, p2, f1, f2];

	test('« avant » is the first positioning run for good: a perfect retake does not replace it', () => {
		expect(avantRun(runs)?.id).toBe('positionnement-1');
		expect(runRole(p2, runs)).toBe('entrainement');
		expect(positioningIsPractice(runs)).toBe(true);
	});

	test('« après » is the latest completed final run, even when it scores lower; the earlier one stays listed', () => {
		expect(apresRun(runs)?.id).toBe('finale-2');
		expect(runRole(f1, runs)).toBe('finale-precedente');
		expect(runRole(f2, runs)).toBe('apres');
	});

	test('an unfinished run is « en cours », is the open run of its kind, and is never « avant » until completed', () => {
		expect(runRole(p1, [p1])).toBe('en-cours');
		expect(openRun([p1], 'positionnement')?.id).toBe('positionnement-1');
		expect(avantRun([p1])).toBeNull();
		expect(avantCandidate([p1])?.id).toBe('positionnement-1');
		expect(openRun(runs, 'finale')).toBeNull();
	});

	test('a positioning test started after a final run never becomes « avant »', () => {
		const finale = newRun(plan('finale'), [], day(1));
		const late = complete(newRun(plan('positionnement'), [finale], day(2)), () => true, day(2, 10));

		expect(positioningIsPractice([finale])).toBe(true);
		expect(avantRun([finale, late])).toBeNull();
		expect(runRole(late, [finale, late])).toBe('entrainement');
	});
});

describe('summariseRun', () => {
	const finale = newRun(plan('finale'), [], day(1));

	test('an objective is validated with 2 right of its 3; the run passes at 80 % of right questions', () => {
		const wrong = new Set(finale.questions.filter((q) => q.objective === 'cadre').slice(0, 2).map((q) => q.id));
		wrong.add(finale.questions.find((q) => q.objective === 'banque')?.id as string);
		wrong.add(finale.questions.filter((q) => q.objective === 'suivi')[0]?.id as string);
		const s = summariseRun(complete(finale, (id) => !wrong.has(id), day(1, 10)), rule);

		expect(s).toMatchObject({ right: 26, total: 30, passed: true });
		expect(s.objectives.cadre).toEqual({ right: 1, total: 3, validated: false });
		expect(s.objectives.banque).toEqual({ right: 2, total: 3, validated: true });
	});

	test('just under the pass mark fails; a partly right question is not right', () => {
		const done = complete(finale, (_id, i) => i < 24, day(1, 10));
		const firstRight = done.questions[0]?.id as string;
		const partial = { ...done, results: { ...done.results, [firstRight]: { score: 3, max: 4 } } };

		expect(summariseRun(done, rule)).toMatchObject({ right: 24, ratio: 0.8, passed: true });
		expect(summariseRun(partial, rule)).toMatchObject({ right: 23, passed: false });
	});

	test('positioning runs validate nothing', () => {
		const avant = complete(newRun(plan('positionnement'), [], day(1)), () => true, day(1, 10));

		expect(Object.values(summariseRun(avant, rule).objectives).every((o) => !o.validated)).toBe(true);
	});
});
