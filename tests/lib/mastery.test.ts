import { describe, expect, test } from 'vitest';
import { countsForMastery, itemScore, objectiveResult, objectiveResults, evaluationScore } from '../../src/lib/mastery';
import type { Attempt } from '../../src/lib/progress-model';

const rule = { threshold: 0.8, attemptsCounted: 3, minItems: 3 };

let minute = 0;
/** A scored lesson attempt on objective « depot »; later calls get later timestamps. */
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

describe('countsForMastery', () => {
	test.each([
		[{ outcome: 'scored', context: 'lesson' }, true],
		[{ outcome: 'scored', context: 'apres' }, true],
		[{ outcome: 'scored', context: 'avant' }, false],
		[{ outcome: 'revealed', context: 'lesson' }, false],
	] as const)('returns %o → %s', (over, expected) => {
		const a = attempt(1, 1, over);

		const counts = countsForMastery(a);

		expect(counts).toBe(expected);
	});
});

describe('itemScore', () => {
	test('takes the best of the last three scored attempts', () => {
		const attempts = [attempt(0), attempt(1), attempt(0), attempt(0)];

		const score = itemScore(attempts, 3);

		expect(score).toBe(1);
	});

	test('forgets a perfect attempt older than the last three', () => {
		const attempts = [attempt(1), attempt(0), attempt(0), attempt(0)];

		const score = itemScore(attempts, 3);

		expect(score).toBe(0);
	});

	test('skips revealed attempts when counting the last three', () => {
		const revealed = { outcome: 'revealed' as const };
		const attempts = [attempt(1), attempt(0), attempt(0, 1, revealed), attempt(0, 1, revealed), attempt(0)];

		const score = itemScore(attempts, 3);

		expect(score).toBe(1);
	});

	test('returns a partial ratio such as 3/5', () => {
		const attempts = [attempt(2, 5), attempt(3, 5)];

		const score = itemScore(attempts, 3);

		expect(score).toBeCloseTo(0.6);
	});

	test('returns null when only revealed or positioning attempts exist', () => {
		const attempts = [attempt(1, 1, { outcome: 'revealed' }), attempt(1, 1, { context: 'avant' })];

		const score = itemScore(attempts, 3);

		expect(score).toBeNull();
	});
});

describe('objectiveResult', () => {
	test('is acquis with three items whose mean is exactly 0.8 (1, 1, 0.4)', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1)], c: [attempt(2, 5)] };

		const result = objectiveResult('depot', byItem, rule);

		expect(result.status).toBe('acquis');
		expect(result.items).toBe(3);
		expect(result.score).toBeCloseTo(0.8);
	});

	test('is en-cours when the mean is just under the threshold', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1)], c: [attempt(39, 100)] };

		const result = objectiveResult('depot', byItem, rule);

		expect(result.status).toBe('en-cours');
		expect(result.score).toBeCloseTo(0.7967, 3);
	});

	test('is en-cours with perfect scores on fewer than minItems items', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1)] };

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'en-cours', score: 1, items: 2 });
	});

	test('is non-evalue when nothing has been answered', () => {
		const byItem = {};

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'non-evalue', score: null, items: 0 });
	});

	test('is non-evalue when only revealed solutions and the positioning test exist', () => {
		const byItem = {
			a: [attempt(1, 1, { outcome: 'revealed' })],
			b: [attempt(1, 1, { context: 'avant' })],
			c: [attempt(1, 1, { context: 'avant' })],
		};

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'non-evalue', score: null, items: 0 });
	});

	test('counts final-evaluation (apres) attempts', () => {
		const apres = { context: 'apres' as const };
		const byItem = { a: [attempt(1, 1, apres)], b: [attempt(1, 1, apres)], c: [attempt(1, 1, apres)] };

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'acquis', score: 1, items: 3 });
	});

	test('ignores the positioning test even when it is the best attempt', () => {
		const byItem = {
			a: [attempt(1, 1, { context: 'avant' }), attempt(0)],
			b: [attempt(1)],
			c: [attempt(1)],
		};

		const result = objectiveResult('depot', byItem, rule);

		expect(result.status).toBe('en-cours');
		expect(result.score).toBeCloseTo(2 / 3);
	});

	test('stops counting a success once three newer attempts are below it', () => {
		const byItem = {
			a: [attempt(1), attempt(0), attempt(0), attempt(0)],
			b: [attempt(1)],
			c: [attempt(1)],
		};

		const result = objectiveResult('depot', byItem, rule);

		expect(result.status).toBe('en-cours');
		expect(result.score).toBeCloseTo(2 / 3);
	});

	test('still counts a success that is among the last three', () => {
		const byItem = {
			a: [attempt(1), attempt(0), attempt(0)],
			b: [attempt(1)],
			c: [attempt(1)],
		};

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'acquis', score: 1, items: 3 });
	});

	test('ignores attempts tagged with another objective', () => {
		const suivi = { objectives: ['suivi'] };
		const byItem = {
			a: [attempt(1)],
			b: [attempt(1)],
			c: [attempt(1, 1, suivi)],
			d: [attempt(0, 1, suivi)],
		};

		const result = objectiveResult('depot', byItem, rule);

		expect(result).toEqual({ status: 'en-cours', score: 1, items: 2 });
	});

	test('counts an item tagged with several objectives for each of them', () => {
		const both = { objectives: ['depot', 'suivi'] };
		const byItem = { a: [attempt(3, 5, both)] };

		const results = objectiveResults(['depot', 'suivi', 'cadre'], byItem, rule);

		expect(results.depot).toEqual({ status: 'en-cours', score: 0.6, items: 1 });
		expect(results.suivi).toEqual({ status: 'en-cours', score: 0.6, items: 1 });
		expect(results.cadre).toEqual({ status: 'non-evalue', score: null, items: 0 });
	});

	test('averages partial scores such as 3/5 with the best of each item', () => {
		const byItem = { a: [attempt(3, 5), attempt(5, 5)], b: [attempt(3, 5)], c: [attempt(2, 5), attempt(3, 5)] };

		const result = objectiveResult('depot', byItem, rule);

		expect(result.status).toBe('en-cours');
		expect(result.score).toBeCloseTo((1 + 0.6 + 0.6) / 3);
	});

	test('follows the rule parameters it is given', () => {
		const byItem = { a: [attempt(1)], b: [attempt(1, 2)] };

		const result = objectiveResult('depot', byItem, { threshold: 0.75, attemptsCounted: 1, minItems: 2 });

		expect(result).toEqual({ status: 'acquis', score: 0.75, items: 2 });
	});
});

describe('evaluationScore', () => {
	const at = (context: 'lesson' | 'avant' | 'apres', score: number, max = 1, outcome: 'scored' | 'revealed' = 'scored') => ({
		objectives: ['cadre'],
		score,
		max,
		outcome,
		context,
		at: '2026-11-28T08:00:00.000Z',
		durationMs: 1000,
	});

	test('averages the latest scored attempt of each item answered in that context', () => {
		const attempts = { q1: [at('avant', 0), at('avant', 1)], q2: [at('avant', 0)], q3: [at('lesson', 1)] };

		expect(evaluationScore('cadre', attempts, 'avant')).toBe(0.5);
		expect(evaluationScore('cadre', attempts, 'apres')).toBeNull();
	});

	test('ignores revealed attempts and other objectives', () => {
		const attempts = { q1: [at('apres', 1, 1, 'revealed')], q2: [{ ...at('apres', 1), objectives: ['banque'] }] };

		expect(evaluationScore('cadre', attempts, 'apres')).toBeNull();
		expect(evaluationScore('banque', attempts, 'apres')).toBe(1);
	});
});
