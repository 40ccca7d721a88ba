import { describe, expect, test, vi } from 'vitest';
import type { Migration } from '../../src/lib/migrations';
import { decodeStoredProgress } from '../../src/lib/progress-load';

// The shape guard only knows version 1 today. To exercise the migration path of
// decodeStoredProgress, this file lets the guard read a future version 2 as if it were 1.
vi.mock('../../src/lib/progress-model', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../src/lib/progress-model')>();
	return {
		...actual,
		progressProblem: (v: unknown) =>
			actual.progressProblem(
				typeof v === 'object' && v !== null && (v as { version?: unknown }).version === 2 ? { ...v, version: 1 } : v
			),
	};
});

const COURSE = 'chorus-pro-micro-cours';
const attempts = {
	'q-1': [
		{ objectives: ['depot'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at: '2026-11-28T09:00:00.000Z', durationMs: 900 },
	],
};

describe('decodeStoredProgress with an injected migration', () => {
	test('migrates version 1 to 2 and reports migratedFrom 1', () => {
		const v1 = { version: 1, courseId: COURSE, answers: attempts, lessons: {} };
		const registry: Record<number, Migration> = { 1: ({ answers, ...rest }) => ({ ...rest, attempts: answers }) };

		const result = decodeStoredProgress(JSON.stringify(v1), COURSE, 2, registry);

		expect(result).toEqual({
			kind: 'ok',
			migratedFrom: 1,
			state: { version: 2, courseId: COURSE, attempts, lessons: {} },
		});
	});

	test('does not report migratedFrom when the value is already at the target version', () => {
		const v2 = { version: 2, courseId: COURSE, attempts, lessons: {} };

		const result = decodeStoredProgress(JSON.stringify(v2), COURSE, 2, {});

		expect(result).toEqual({ kind: 'ok', state: v2 });
	});

	test('quarantines as invalide when the migrated value has a bad shape', () => {
		const v1 = { version: 1, courseId: COURSE, answers: attempts, lessons: {} };
		const registry: Record<number, Migration> = { 1: (d) => d };

		const result = decodeStoredProgress(JSON.stringify(v1), COURSE, 2, registry);

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'invalide', detail: 'réponses absentes' });
	});
});
