import { describe, expect, test } from 'vitest';
import { isoDuration, MAX_SCORM_TIME, scormTime } from '../../../src/lib/lms/session-time';

const H = 3_600_000;

describe('scormTime: SCORM 1.2 CMITimespan', () => {
	test.each([
		[0, '0000:00:00.00'],
		[1, '0000:00:00.00'],
		[250, '0000:00:00.25'],
		[999, '0000:00:00.99'],
		[59_999, '0000:00:59.99'],
		[60_000, '0000:01:00.00'],
		[H + 2 * 60_000 + 3_500, '0001:02:03.50'],
		[9999 * H, '9999:00:00.00'],
		[10_000 * H - 1, '9999:59:59.99'],
	])('%i ms → %s', (ms, expected) => {
		expect(scormTime(ms)).toBe(expected);
	});

	test('more than 9999 h is clamped to the longest timespan', () => {
		expect(scormTime(10_000 * H)).toBe(MAX_SCORM_TIME);
		expect(scormTime(1e15)).toBe(MAX_SCORM_TIME);
	});

	test('negative, NaN and infinite times are zero, never an exception', () => {
		for (const ms of [-1, -H, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(scormTime(ms)).toBe('0000:00:00.00');
	});

	test('every value matches the CMITimespan pattern', () => {
		for (const ms of [0, 7, 1234, 61_001, 36_000_000, 123_456_789, 10_000 * H]) expect(scormTime(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
	});
});

describe('isoDuration: xAPI / cmi5 duration', () => {
	test.each([
		[0, 'PT0S'],
		[9, 'PT0S'],
		[500, 'PT0.5S'],
		[250, 'PT0.25S'],
		[1_000, 'PT1S'],
		[60_000, 'PT1M'],
		[H, 'PT1H'],
		[H + 2 * 60_000 + 3_500, 'PT1H2M3.5S'],
		[H + 3_050, 'PT1H3.05S'],
		[26 * H, 'PT26H'],
		[10_001 * H, 'PT10001H'],
	])('%i ms → %s', (ms, expected) => {
		expect(isoDuration(ms)).toBe(expected);
	});

	test('negative, NaN and infinite times are PT0S', () => {
		for (const ms of [-5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isoDuration(ms)).toBe('PT0S');
	});

	test('every value is an ISO 8601 duration with at most two decimals', () => {
		for (const ms of [1, 10, 999, 1001, 59_999, 3_599_999, 123_456_789]) expect(isoDuration(ms)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
	});
});
