import { describe, expect, test } from 'vitest';
import { activeTime, IDLE_CAP_MS } from '../../src/lib/activity';
import { formatDate, formatDuration, formatPercent } from '../../src/lib/format';

const MIN = 60_000;

describe('activeTime', () => {
	test('sets the idle cap at five minutes', () => {
		const cap = IDLE_CAP_MS;

		expect(cap).toBe(5 * MIN);
	});

	test('credits the whole interval while the learner is active', () => {
		const time = activeTime(0, 30_000, 20_000, true);

		expect(time).toBe(30_000);
	});

	test('credits nothing while the tab is hidden', () => {
		const time = activeTime(0, 30_000, 20_000, false);

		expect(time).toBe(0);
	});

	test('stops counting five minutes after the last action', () => {
		const time = activeTime(0, 20 * MIN, 1 * MIN, true);

		expect(time).toBe(6 * MIN);
	});

	test('credits nothing for an interval that starts after the idle cap', () => {
		const time = activeTime(10 * MIN, 11 * MIN, 0, true);

		expect(time).toBe(0);
	});

	test('credits nothing when the clock did not move forward', () => {
		const time = activeTime(5000, 4000, 5000, true);

		expect(time).toBe(0);
	});
});

describe('formatDate', () => {
	test.each([
		['2017-01-01', '1er janvier 2017'],
		['2026-11-28', '28 novembre 2026'],
		['2020-01-11', '11 janvier 2020'],
		['2026-11-28T23:30:00.000Z', '29 novembre 2026'],
		['2026-03-01T08:00:00.000Z', '1er mars 2026'],
	])('writes %s as « %s »', (iso, expected) => {
		const text = formatDate(iso);

		expect(text).toBe(expected);
	});
});

describe('formatDuration', () => {
	test.each([
		[0, 'moins d’une minute'],
		[59_999, 'moins d’une minute'],
		[MIN, '1\u00a0min'],
		[12 * MIN + 59_000, '12\u00a0min'],
		[60 * MIN, '1\u00a0h\u00a000\u00a0min'],
		[65 * MIN, '1\u00a0h\u00a005\u00a0min'],
		[130 * MIN, '2\u00a0h\u00a010\u00a0min'],
	])('writes %i ms as « %s »', (ms, expected) => {
		const text = formatDuration(ms);

		expect(text).toBe(expected);
	});
});

describe('formatPercent', () => {
	test.each([
		[0, '0\u00a0%'],
		[0.8, '80\u00a0%'],
		[0.834, '83\u00a0%'],
		[0.835, '84\u00a0%'],
		[1, '100\u00a0%'],
	])('writes %s as « %s »', (ratio, expected) => {
		const text = formatPercent(ratio);

		expect(text).toBe(expected);
	});
});
