import { describe, expect, test } from 'vitest';
import { drawQuestions, DrawError } from '../../src/lib/draw';

const objectives = ['cadre', 'compte', 'banque'];
/** Eight questions per objective. */
const pool = objectives.flatMap((o) => Array.from({ length: 8 }, (_, n) => ({ id: `${o}-${n}`, objectives: [o] })));
const ids = (drawn: { id: string }[]) => drawn.map((q) => q.id);

describe('drawQuestions', () => {
	test('draws perObjective questions for each objective, labelled with it, never twice', () => {
		const drawn = drawQuestions(pool, { objectives, perObjective: 3, seed: 'a' });

		expect(drawn).toHaveLength(9);
		expect(new Set(ids(drawn)).size).toBe(9);
		for (const q of drawn) expect(q.id.startsWith(`${q.objective}-`)).toBe(true);
	});

	test('the same seed gives the same draw; other seeds give other draws', () => {
		const first = ids(drawQuestions(pool, { objectives, perObjective: 3, seed: 'graine-1' }));
		const others = ['graine-2', 'graine-3', 'graine-4'].map((seed) => ids(drawQuestions(pool, { objectives, perObjective: 3, seed })));

		expect(ids(drawQuestions(pool, { objectives, perObjective: 3, seed: 'graine-1' }))).toEqual(first);
		expect(others.some((o) => o.join() !== first.join())).toBe(true);
	});

	test('never draws an excluded question', () => {
		const excluded = new Set(['cadre-0', 'cadre-1', 'cadre-2', 'cadre-3', 'cadre-4']);
		const drawn = ids(drawQuestions(pool, { objectives: ['cadre'], perObjective: 3, seed: 'x', excluded }));

		expect(drawn.sort()).toEqual(['cadre-5', 'cadre-6', 'cadre-7']);
	});

	test('prefers questions not avoided, and uses avoided ones only when it must', () => {
		const avoided = new Set(['cadre-0', 'cadre-1', 'cadre-2', 'cadre-3', 'cadre-4', 'cadre-5', 'cadre-6']);
		const drawn = ids(drawQuestions(pool, { objectives: ['cadre'], perObjective: 3, seed: 'y', avoided }));

		expect(drawn[0]).toBe('cadre-7');
		expect(drawn.slice(1).every((id) => avoided.has(id))).toBe(true);
	});

	test('only the first objective of a question counts', () => {
		const mixed = [...pool, { id: 'double', objectives: ['compte', 'cadre'] }];
		for (const seed of ['1', '2', '3', '4', '5', '6']) {
			const drawn = drawQuestions(mixed, { objectives: ['cadre'], perObjective: 8, seed });
			expect(ids(drawn)).not.toContain('double');
		}
	});

	test('a pool too small for a draw throws a DrawError naming the objective', () => {
		const excluded = new Set(pool.filter((q) => q.objectives[0] === 'banque').slice(0, 6).map((q) => q.id));

		expect(() => drawQuestions(pool, { objectives, perObjective: 3, seed: 'z', excluded })).toThrow(DrawError);
		expect(() => drawQuestions(pool, { objectives, perObjective: 3, seed: 'z', excluded })).toThrow(
			'l’objectif «\u00a0banque\u00a0» n’a que 2 question(s) disponible(s) dans la banque d’évaluation, il en faut 3'
		);
	});
});
