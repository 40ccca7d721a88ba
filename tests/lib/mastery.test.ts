import { describe, expect, test } from 'vitest';
import { latestCountedScore, objectiveResult, objectiveResults, objectivesOfItem } from '../../src/lib/mastery';
import type { Attempt } from '../../src/lib/progress-model';

const rule = { threshold: 0.8, minItems: 3 };
/** The content's map: items a–d and exercise « ex » train « depot »; s1, s2 train « suivi »; m both. */
const map = { a: ['depot'], b: ['depot'], c: ['depot'], d: ['depot'], ex: ['depot'], s1: ['suivi'], s2: ['suivi'], m: ['depot', 'suivi'] };

let minute = 0;
/** A counted lesson check; later calls get later timestamps. */
function attempt(score: number, max = 1, over: Partial<Attempt> = {}): Attempt {
	minute += 1;
	return {
		objectives: ['depot'],
		score,
		max,
		outcome: 'scored',
		context: 'lesson',
		at: new Date(Date.UTC(2026, 10, 28, 9, minute)).toISOString(),
		durationMs: 1000,
		...over,
	};
}
const practice = (score: number, max = 1) => attempt(score, max, { outcome: 'practice' });
const revealed = () => attempt(0, 1, { outcome: 'revealed' });
const result = (status: string, score: number | null, items: number, practiceCount = 0, revealedCount = 0) => ({
	status,
	score,
	items,
	practice: practiceCount,
	revealed: revealedCount,
});

describe('objectivesOfItem', () => {
	test('takes a question’s objectives, and a widget part’s from its exercise', () => {
		expect(objectivesOfItem(map, 'a')).toEqual(['depot']);
		expect(objectivesOfItem(map, 'ex:cas-3')).toEqual(['depot']);
	});

	test('gives nothing for an item the content does not have', () => {
		expect(objectivesOfItem(map, 'inconnu')).toEqual([]);
		expect(objectivesOfItem(map, 'inconnu:cas-1')).toEqual([]);
	});
});

describe('latestCountedScore', () => {
	test('is the latest counted check, even when an earlier one was better', () => {
		expect(latestCountedScore([attempt(1), attempt(0)])).toBe(0);
	});

	test('skips practice and revealed attempts after it', () => {
		expect(latestCountedScore([attempt(2, 5), practice(5, 5), revealed()])).toBeCloseTo(0.4);
	});

	test('skips evaluation answers', () => {
		expect(latestCountedScore([attempt(1, 1, { context: 'v1-avant' }), attempt(1, 1, { context: 'v1-apres' })])).toBeNull();
	});
});

describe('objectiveResult', () => {
	test('is acquis with three items whose mean is exactly 0.8 (1, 1, 0.4)', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1)], c: [attempt(2, 5)] };

		const r = objectiveResult('depot', byItem, map, rule);

		expect(r.status).toBe('acquis');
		expect(r.items).toBe(3);
		expect(r.score).toBeCloseTo(0.8);
	});

	test('is en-cours when the mean is just under the threshold', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1)], c: [attempt(39, 100)] };

		const r = objectiveResult('depot', byItem, map, rule);

		expect(r.status).toBe('en-cours');
		expect(r.score).toBeCloseTo(0.7967, 3);
	});

	test('is en-cours with perfect scores on fewer than minItems items', () => {
		expect(objectiveResult('depot', { a: [attempt(1)], b: [attempt(1)] }, map, rule)).toEqual(result('en-cours', 1, 2));
	});

	test('is non-commence when nothing has been answered', () => {
		expect(objectiveResult('depot', {}, map, rule)).toEqual(result('non-commence', null, 0));
	});

	test('a wrong first try then a right retry the same day stays at the first try (the retry is practice)', () => {
		const byItem = { a: [attempt(0), practice(1)], b: [attempt(0), practice(1)], c: [attempt(0), practice(1)] };

		expect(objectiveResult('depot', byItem, map, rule)).toEqual(result('en-cours', 0, 3, 3));
	});

	test('solutions shown and practice only: still non-commence, with what was done listed', () => {
		const byItem = { a: [revealed()], b: [revealed(), practice(1)] };

		expect(objectiveResult('depot', byItem, map, rule)).toEqual(result('non-commence', null, 0, 1, 2));
	});

	test('ignores the positioning test and the final evaluation', () => {
		const byItem = {
			a: [attempt(1, 1, { context: 'v1-avant' })],
			b: [attempt(1, 1, { context: 'v1-apres' })],
			c: [attempt(1, 1, { context: 'v1-apres' })],
		};

		expect(objectiveResult('depot', byItem, map, rule)).toEqual(result('non-commence', null, 0));
	});

	test('takes the latest counted score: a later counted failure replaces an earlier success', () => {
		const byItem = { a: [attempt(1), attempt(0)], b: [attempt(1)], c: [attempt(1)] };

		const r = objectiveResult('depot', byItem, map, rule);

		expect(r.status).toBe('en-cours');
		expect(r.score).toBeCloseTo(2 / 3);
	});

	test('takes objectives from the content, never from the stored attempt', () => {
		// Forged: attempts claim « depot » on items that train « suivi » or that the content lacks.
		const forged = { objectives: ['depot'] };
		const byItem = { s1: [attempt(1, 1, forged)], s2: [attempt(1, 1, forged)], invente: [attempt(1, 1, forged)] };

		expect(objectiveResult('depot', byItem, map, rule)).toEqual(result('non-commence', null, 0));
		expect(objectiveResult('suivi', byItem, map, rule)).toEqual(result('en-cours', 1, 2));
	});

	test('counts a widget’s parts (`exercise:part`) as distinct items of the exercise’s objectives', () => {
		const byItem = { 'ex:1': [attempt(1)], 'ex:2': [attempt(1)], 'ex:3': [attempt(1)] };

		expect(objectiveResult('depot', byItem, map, rule)).toEqual(result('acquis', 1, 3));
	});

	test('counts an item with several objectives for each of them', () => {
		const results = objectiveResults(['depot', 'suivi', 'cadre'], { m: [attempt(3, 5)] }, map, rule);

		expect(results.depot).toEqual(result('en-cours', 0.6, 1));
		expect(results.suivi).toEqual(result('en-cours', 0.6, 1));
		expect(results.cadre).toEqual(result('non-commence', null, 0));
	});

	test('follows the rule parameters it is given', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1, 2)] };

		expect(objectiveResult('depot', byItem, map, { threshold: 0.75, minItems: 2 })).toEqual(result('acquis', 0.75, 2));
	});
});
