import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COURSE_ID, PROGRESS_VERSION } from '../../src/config';
import { migrateV1toV2 } from '../../src/lib/migrations';
import { decodeStoredProgress } from '../../src/lib/progress-load';
import type { Attempt, ProgressState } from '../../src/lib/progress-model';

/**
 * The first real migration (issue 11), on files exported from two published builds of
 * 4 December 2026: one before the practice kit (every check recorded « scored », the evaluations
 * one build-time draw), one from the day's build (practice already labelled). Each fixture is a
 * real export and the localStorage value the same browser held (tests/fixtures/progress/).
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf-8');
const exported = (name: string) => JSON.parse(fixture(`${name}-export.json`)).progress as Record<string, unknown>;
const attemptsOf = (state: ProgressState | Record<string, unknown>) => state.attempts as Record<string, Attempt[]>;

describe.each(['v1-avant-kit', 'v1-2026-12-04'])('a version 1 record (%s)', (name) => {
	const v1 = exported(name);
	const decoded = decodeStoredProgress(fixture(`${name}-stored.json`), COURSE_ID, PROGRESS_VERSION);

	test('the stored value loads as version 2, reported as migrated, nothing quarantined', () => {
		expect(decoded.kind).toBe('ok');
		expect(decoded.kind === 'ok' && decoded.migratedFrom).toBe(1);
		expect(decoded.state.version).toBe(2);
	});

	test('keeps every attempt, lesson and place: same items, same counts, same dates and scores', () => {
		const before = attemptsOf(v1);
		const after = attemptsOf(decoded.state);

		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		for (const [item, list] of Object.entries(before)) {
			expect(after[item]?.map((a) => [a.at, a.score, a.max, a.durationMs]), item).toEqual(list.map((a) => [a.at, a.score, a.max, a.durationMs]));
		}
		expect(decoded.state.lessons).toEqual(v1.lessons);
		expect(decoded.state.lastPlace).toEqual(v1.lastPlace);
	});

	test('a solution shown stays « revealed »; the build-time evaluation answers are labelled v1, not runs', () => {
		const before = Object.values(attemptsOf(v1)).flat();
		const after = Object.values(attemptsOf(decoded.state)).flat();

		expect(after.filter((a) => a.outcome === 'revealed')).toHaveLength(before.filter((a) => a.outcome === 'revealed').length);
		expect(after.filter((a) => a.context === 'v1-avant')).toHaveLength(before.filter((a) => (a.context as string) === 'avant').length);
		expect(after.filter((a) => a.context === 'v1-avant').length).toBeGreaterThan(0);
		expect(after.some((a) => ['avant', 'apres'].includes(a.context as string))).toBe(false);
		expect(decoded.state.runs).toBeUndefined();
	});

	test('the second same-day check of the lesson question is practice, its first check stays counted', () => {
		const twice = Object.entries(attemptsOf(decoded.state)).find(([, list]) => list.filter((a) => a.context === 'lesson' && a.outcome !== 'revealed').length === 2);

		expect(twice?.[1].map((a) => a.outcome)).toEqual(['scored', 'practice']);
	});
});

describe('migrateV1toV2', () => {
	const check = (at: string, extra: Record<string, unknown> = {}) => ({ objectives: ['cadre'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at, durationMs: 1000, ...extra });

	test('a check on a later Paris day than the last correction stays counted; one after a solution the same day becomes practice', () => {
		const v1 = {
			version: 1,
			courseId: COURSE_ID,
			attempts: {
				q: [check('2026-11-30T22:30:00.000Z'), check('2026-12-01T07:00:00.000Z'), check('2026-12-01T08:00:00.000Z')],
				r: [check('2026-12-01T08:00:00.000Z', { outcome: 'revealed', score: 0 }), check('2026-12-01T09:00:00.000Z')],
			},
			lessons: {},
		};

		const v2 = migrateV1toV2(v1) as unknown as ProgressState;

		// 22:30 UTC on 30 November is 23:30 in Paris; 07:00 UTC on 1 December is the next Paris day.
		expect(v2.attempts.q?.map((a) => a.outcome)).toEqual(['scored', 'scored', 'practice']);
		expect(v2.attempts.r?.map((a) => a.outcome)).toEqual(['revealed', 'practice']);
	});

	test('an evaluation answer of version 1 the same day counts as feedback shown: the lesson check after it is practice', () => {
		const v1 = { version: 1, courseId: COURSE_ID, attempts: { q: [check('2026-12-01T08:00:00.000Z', { context: 'avant' }), check('2026-12-01T09:00:00.000Z')] }, lessons: {} };

		const v2 = migrateV1toV2(v1) as unknown as ProgressState;

		expect(v2.attempts.q?.map((a) => [a.context, a.outcome])).toEqual([
			['v1-avant', 'scored'],
			['lesson', 'practice'],
		]);
	});

	test('does not change its input', () => {
		const v1 = { version: 1, courseId: COURSE_ID, attempts: { q: [check('2026-12-01T08:00:00.000Z', { context: 'apres' })] }, lessons: {} };
		const copy = structuredClone(v1);

		migrateV1toV2(v1);

		expect(v1).toEqual(copy);
	});
});
