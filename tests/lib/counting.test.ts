import { describe, expect, test } from 'vitest';
import { capHistory, classifyCheck, courseDay, isCountedPractice } from '../../src/lib/counting';
import type { Attempt } from '../../src/lib/progress-model';

/** An attempt at `at` (ISO), a counted lesson check unless told otherwise. */
function attempt(at: string, over: Partial<Attempt> = {}): Attempt {
	return { objectives: ['depot'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at, durationMs: 1000, ...over };
}

describe('courseDay', () => {
	test('is the calendar day in Paris, not in UTC', () => {
		// 23:30 UTC on 4 December is already 00:30 on 5 December in Paris (UTC+1 in winter).
		expect(courseDay('2026-12-04T23:30:00Z')).toBe('2026-12-05');
		expect(courseDay('2026-12-04T22:59:00Z')).toBe('2026-12-04');
	});

	test('follows summer time (UTC+2)', () => {
		expect(courseDay('2026-07-14T21:59:00Z')).toBe('2026-07-14');
		expect(courseDay('2026-07-14T22:00:00Z')).toBe('2026-07-15');
	});

	test('returns null for an unreadable date', () => {
		expect(courseDay('pas une date')).toBeNull();
		expect(courseDay(new Date(Number.NaN))).toBeNull();
	});
});

describe('classifyCheck', () => {
	const now = new Date('2026-12-04T15:00:00+01:00');

	test('counts the first check of an item', () => {
		expect(classifyCheck([], now)).toBe('scored');
	});

	test('makes a retry right after a correction practice', () => {
		const history = [attempt('2026-12-04T14:58:00+01:00', { score: 0 })];

		expect(classifyCheck(history, now)).toBe('practice');
	});

	test('makes a check after « Voir la solution » the same day practice, even as the first check', () => {
		const history = [attempt('2026-12-04T09:00:00+01:00', { outcome: 'revealed', score: 0 })];

		expect(classifyCheck(history, now)).toBe('practice');
	});

	test('counts the same retry on the next calendar day', () => {
		const history = [attempt('2026-12-04T23:50:00+01:00', { score: 0 })];

		expect(classifyCheck(history, new Date('2026-12-05T00:05:00+01:00'))).toBe('scored');
	});

	test('counts a check made the day after a solution was shown', () => {
		const history = [attempt('2026-12-03T18:00:00+01:00', { outcome: 'revealed', score: 0 })];

		expect(classifyCheck(history, now)).toBe('scored');
	});

	test('uses the Paris day: 23:30 and 00:30 Paris time are two days even though both are 4 December in UTC', () => {
		const history = [attempt('2026-12-04T22:30:00Z')]; // 23:30 in Paris, 4 December

		expect(classifyCheck(history, new Date('2026-12-04T23:30:00Z'))).toBe('scored'); // 00:30, 5 December
	});

	test('treats feedback shown in an evaluation correction as shown', () => {
		const history = [attempt('2026-12-04T10:00:00+01:00', { context: 'v1-apres' })];

		expect(classifyCheck(history, now)).toBe('practice');
	});

	test('treats an attempt dated after now (a clock put back) or unreadable as the same day', () => {
		expect(classifyCheck([attempt('2026-12-06T10:00:00+01:00')], now)).toBe('practice');
		expect(classifyCheck([attempt('n’importe quoi')], now)).toBe('practice');
	});
});

describe('isCountedPractice', () => {
	test.each([
		[{ outcome: 'scored', context: 'lesson' }, true],
		[{ outcome: 'practice', context: 'lesson' }, false],
		[{ outcome: 'revealed', context: 'lesson' }, false],
		[{ outcome: 'scored', context: 'v1-avant' }, false],
		[{ outcome: 'scored', context: 'v1-apres' }, false],
	] as const)('%o → %s', (over, expected) => {
		expect(isCountedPractice(attempt('2026-12-04T10:00:00Z', over))).toBe(expected);
	});
});

describe('capHistory', () => {
	const at = (i: number) => new Date(Date.UTC(2026, 11, 4, 9, i)).toISOString();

	test('keeps the whole history under the cap', () => {
		const history = [attempt(at(1)), attempt(at(2), { outcome: 'practice' })];

		expect(capHistory(history, 5)).toEqual(history);
	});

	test('drops the oldest attempts over the cap', () => {
		const history = [1, 2, 3, 4, 5, 6].map((i) => attempt(at(i)));

		expect(capHistory(history, 5).map((a) => a.at)).toEqual([2, 3, 4, 5, 6].map(at));
	});

	test('never drops the latest counted attempt, however much practice follows it', () => {
		const counted = attempt(at(1), { score: 1 });
		const practice = [2, 3, 4, 5, 6, 7, 8, 9].map((i) => attempt(at(i), { outcome: 'practice', score: 0 }));

		const kept = capHistory([counted, ...practice], 5);

		expect(kept).toHaveLength(5);
		expect(kept[0]).toBe(counted);
		expect(kept.slice(1).map((a) => a.at)).toEqual([6, 7, 8, 9].map(at));
	});
});
