import { describe, expect, test } from 'vitest';
import { drawEvaluation, DrawError } from '../../src/lib/draw';

const objectives = ['cadre', 'compte', 'banque'];
/** Six questions per objective, two of them also tagged with another objective. */
const bank = objectives.flatMap((o, i) =>
	Array.from({ length: 6 }, (_, n) => ({ id: `${o}-${n}`, objectives: n < 2 ? [o, objectives[(i + 1) % 3] as string] : [o] }))
);

describe('drawEvaluation', () => {
	test('draws two questions per objective, each whose first objective it is', () => {
		const ids = drawEvaluation(bank, objectives, 2, 'avant');

		expect(ids).toHaveLength(6);
		for (const o of objectives) expect(ids.filter((id) => id.startsWith(`${o}-`))).toHaveLength(2);
	});

	test('never repeats a question within a draw', () => {
		const ids = drawEvaluation(bank, objectives, 3, 'avant');

		expect(new Set(ids).size).toBe(ids.length);
	});

	test('the same seed gives the same draw; another seed another one', () => {
		expect(drawEvaluation(bank, objectives, 2, 'avant')).toEqual(drawEvaluation(bank, objectives, 2, 'avant'));
		expect(drawEvaluation(bank, objectives, 2, 'avant')).not.toEqual(drawEvaluation(bank, objectives, 2, 'autre-graine'));
	});

	test('the final draw, excluding the positioning draw, shares no question with it', () => {
		const avant = drawEvaluation(bank, objectives, 2, 'avant');

		const apres = drawEvaluation(bank, objectives, 2, 'apres', new Set(avant));

		expect(apres.filter((id) => avant.includes(id))).toEqual([]);
		for (const o of objectives) expect(apres.filter((id) => id.startsWith(`${o}-`))).toHaveLength(2);
	});

	test('too few questions for an objective fails with a message naming it', () => {
		const small = bank.filter((q) => !q.id.startsWith('banque-') || q.id === 'banque-0');

		expect(() => drawEvaluation(small, objectives, 2, 'avant')).toThrow(DrawError);
		expect(() => drawEvaluation(small, objectives, 2, 'avant')).toThrow("l'objectif « banque » n'a que 1 question(s)");
	});

	test('excluded questions do not count as available', () => {
		const excluded = new Set(['cadre-0', 'cadre-1', 'cadre-2', 'cadre-3', 'cadre-4']);

		expect(() => drawEvaluation(bank, objectives, 2, 'apres', excluded)).toThrow("« cadre » n'a que 1 question(s)");
	});
});
