import { describe, expect, test } from 'vitest';
import { BLOCKING_CEILING_MS, lighthouseProblems, median, THRESHOLDS } from '../../scripts/lighthouse.mjs';

/** The Lighthouse gate of `npm test` (issue 18): medians of three runs against the thresholds. */
describe('Lighthouse thresholds', () => {
	const good = { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100, blockingMs: 20 };

	test('the median of three runs is the middle one, whatever their order; of two, their mean', () => {
		expect(median([97, 80, 99])).toBe(97);
		expect(median([30, 10])).toBe(20);
	});

	test('a page at or over every threshold passes', () => {
		expect(THRESHOLDS).toEqual({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 });
		expect(lighthouseProblems('/', good)).toEqual([]);
		expect(lighthouseProblems('/', { ...good, performance: 95, seo: 95, blockingMs: BLOCKING_CEILING_MS })).toEqual([]);
	});

	test('each score under its threshold, and blocking time over the ceiling, is named in French', () => {
		expect(lighthouseProblems('/parcours/', { ...good, performance: 94, accessibility: 98, blockingMs: BLOCKING_CEILING_MS + 1 })).toEqual([
			'/parcours/ : performance 94 < 95',
			'/parcours/ : accessibility 98 < 100',
			`/parcours/ : temps de blocage ${BLOCKING_CEILING_MS + 1} ms > ${BLOCKING_CEILING_MS} ms (plafond)`,
		]);
	});
});
