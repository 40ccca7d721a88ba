import { describe, expect, test } from 'vitest';
import { migrateToCurrent, PROGRESS_MIGRATIONS, type Migration } from '../../src/lib/migrations';
import { PROGRESS_VERSION } from '../../src/config';

/** A test registry: v1 → v2 renames « answers » to « attempts », v2 → v3 adds « lessons ». */
const calls: number[] = [];
const registry: Record<number, Migration> = {
	1: (d) => {
		calls.push(1);
		const { answers, ...rest } = d;
		return { ...rest, attempts: answers, step1: d.version };
	},
	2: (d) => {
		calls.push(2);
		return { ...d, lessons: {}, step2: d.version };
	},
};

describe('migrateToCurrent', () => {
	test('applies v1 → v2 → v3 in order and stamps each version', () => {
		calls.length = 0;
		const v1 = { version: 1, courseId: 'c', answers: { q: [] } };

		const result = migrateToCurrent(v1, 3, registry);

		expect(calls).toEqual([1, 2]);
		expect(result).toEqual({
			ok: true,
			from: 1,
			data: { version: 3, courseId: 'c', attempts: { q: [] }, lessons: {}, step1: 1, step2: 2 },
		});
	});

	test('starts from the stored version', () => {
		calls.length = 0;
		const v2 = { version: 2, attempts: {} };

		const result = migrateToCurrent(v2, 3, registry);

		expect(calls).toEqual([2]);
		expect(result).toMatchObject({ ok: true, from: 2, data: { version: 3, lessons: {} } });
	});

	test('does not change its input', () => {
		const v1 = { version: 1, courseId: 'c', answers: { q: [{ score: 1 }] } };
		const before = structuredClone(v1);

		migrateToCurrent(v1, 3, registry);

		expect(v1).toEqual(before);
	});

	test('returns a copy, not the input, when no step is needed', () => {
		const v3 = { version: 3, nested: { a: 1 } };

		const result = migrateToCurrent(v3, 3, registry);

		expect(result).toEqual({ ok: true, from: 3, data: v3 });
		expect(result.ok && result.data).not.toBe(v3);
		expect(result.ok && result.data.nested).not.toBe(v3.nested);
	});

	test('refuses data newer than the target', () => {
		const v4 = { version: 4 };

		const result = migrateToCurrent(v4, 3, registry);

		expect(result).toEqual({ ok: false, reason: 'newer', version: 4 });
	});

	test('reports the version whose step is missing', () => {
		const v1 = { version: 1 };

		const result = migrateToCurrent(v1, 4, registry);

		expect(result).toEqual({ ok: false, reason: 'missing-step', version: 3 });
	});

	test.each([null, 'texte', [], {}, { version: '1' }, { version: 0 }, { version: 1.5 }, { version: -2 }])(
		'says no-version for %o',
		(input) => {
			const result = migrateToCurrent(input, 3, registry);

			expect(result).toEqual({ ok: false, reason: 'no-version' });
		}
	);

	test('leaves current-version data unchanged with the production registry', () => {
		const current = { version: PROGRESS_VERSION, courseId: 'chorus-pro-micro-cours', attempts: {}, lessons: {} };

		const result = migrateToCurrent(current, PROGRESS_VERSION);

		expect(result).toEqual({ ok: true, from: PROGRESS_VERSION, data: current });
	});

	test('production registry has a step for every version below the current one', () => {
		const versions = Array.from({ length: PROGRESS_VERSION - 1 }, (_, i) => i + 1);

		const missing = versions.filter((v) => typeof PROGRESS_MIGRATIONS[v] !== 'function');

		expect(missing).toEqual([]);
	});
});
