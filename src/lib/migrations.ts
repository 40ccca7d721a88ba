/**
 * Upgrades stored or imported progress written by an older version of the course.
 * Each migration takes data of version N and returns data of version N + 1.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations of the progress format, by the version they upgrade from. Version 1 is the first
 * published format, so none exists yet: when version 2 comes, add `1: (v1) => v2` here with a
 * test on a real version 1 record.
 */
export const PROGRESS_MIGRATIONS: Record<number, Migration> = {};

/** Result of bringing data to the current version. */
export type MigrationResult =
	| { ok: true; data: Record<string, unknown>; from: number }
	| { ok: false; reason: 'no-version' | 'newer' | 'missing-step'; version?: number };

/** Applies migrations one version at a time until `target`; never changes its input. */
export function migrateToCurrent(
	input: unknown,
	target: number,
	migrations: Record<number, Migration> = PROGRESS_MIGRATIONS
): MigrationResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'no-version' };
	const from = (input as { version?: unknown }).version;
	if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'no-version' };
	if (from > target) return { ok: false, reason: 'newer', version: from };
	let data = structuredClone(input) as Record<string, unknown>;
	for (let v = from; v < target; v += 1) {
		const step = migrations[v];
		if (!step) return { ok: false, reason: 'missing-step', version: v };
		data = { ...step(data), version: v + 1 };
	}
	return { ok: true, data, from };
}
