import { classifyCheck } from './counting';
import type { Attempt } from './progress-model';

/**
 * Upgrades stored or imported progress written by an older version of the course.
 * Each migration takes data of version N and returns data of version N + 1.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

type V1Attempt = { outcome?: unknown; context?: unknown; at?: unknown } & Record<string, unknown>;

/**
 * Version 1 → 2 (issue 11). Nothing is dropped:
 * - a check of an item made after that item's correction or solution was shown the same Paris
 *   day becomes `practice` (version 1 counted every check: this is the counting rule of issue 8
 *   applied to the older answers, with the same function the store uses);
 * - answers given to the evaluations of version 1 (one build-time draw for everyone, context
 *   « avant » / « apres ») are kept, labelled `v1-avant` / `v1-apres`: they are not runs of the
 *   evaluations drawn per learner, and count for nothing;
 * - `revealed` stays revealed; lessons, place, seed and runs are kept as they are.
 */
export function migrateV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
	const attempts: Record<string, unknown> = {};
	const source = (v1.attempts ?? {}) as Record<string, unknown>;
	for (const [item, list] of Object.entries(source)) {
		if (!Array.isArray(list)) {
			attempts[item] = list;
			continue;
		}
		const migrated: V1Attempt[] = [];
		for (const raw of list as V1Attempt[]) {
			const attempt: V1Attempt = { ...raw };
			if (attempt.context === 'avant' || attempt.context === 'apres') attempt.context = `v1-${attempt.context}`;
			else if (attempt.outcome === 'scored' && typeof attempt.at === 'string') {
				attempt.outcome = classifyCheck(migrated as unknown as Attempt[], new Date(attempt.at));
			}
			migrated.push(attempt);
		}
		attempts[item] = migrated;
	}
	return { ...v1, attempts };
}

/** Migrations of the progress format, by the version they upgrade from (tested on real v1 files). */
export const PROGRESS_MIGRATIONS: Record<number, Migration> = { 1: migrateV1toV2 };

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
