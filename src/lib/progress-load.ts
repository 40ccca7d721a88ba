import { migrateToCurrent, PROGRESS_MIGRATIONS, type Migration } from './migrations';
import { emptyProgress, progressProblem, type ProgressState } from './progress-model';

/** Why a stored value was set aside instead of used. */
export type QuarantineReason = 'illisible' | 'invalide' | 'autre-cours' | 'version-inconnue';

/** What to do with the value found under the storage key. */
export type LoadResult =
	| { kind: 'empty'; state: ProgressState }
	| { kind: 'ok'; state: ProgressState; migratedFrom?: number }
	| { kind: 'quarantine'; state: ProgressState; reason: QuarantineReason; detail: string };

/**
 * Decides what a stored value becomes. Anything that is not this course's progress in a
 * version we can read is quarantined by the caller (copied aside, never silently dropped).
 */
export function decodeStoredProgress(
	raw: string | null,
	courseId: string,
	version: number,
	migrations: Record<number, Migration> = PROGRESS_MIGRATIONS
): LoadResult {
	const fresh = emptyProgress(courseId);
	if (raw === null || raw === '') return { kind: 'empty', state: fresh };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { kind: 'quarantine', state: fresh, reason: 'illisible', detail: 'JSON illisible' };
	}
	const courseOf = (parsed as { courseId?: unknown } | null)?.courseId;
	if (typeof courseOf === 'string' && courseOf !== courseId) {
		return { kind: 'quarantine', state: fresh, reason: 'autre-cours', detail: `cours «\u00a0${courseOf}\u00a0»` };
	}
	const migrated = migrateToCurrent(parsed, version, migrations);
	if (!migrated.ok) {
		const reason = migrated.reason === 'no-version' ? 'invalide' : 'version-inconnue';
		return { kind: 'quarantine', state: fresh, reason, detail: `version ${migrated.version ?? 'absente'}` };
	}
	const problem = progressProblem(migrated.data);
	if (problem) return { kind: 'quarantine', state: fresh, reason: 'invalide', detail: problem };
	const state = migrated.data as unknown as ProgressState;
	return migrated.from === version ? { kind: 'ok', state } : { kind: 'ok', state, migratedFrom: migrated.from };
}

/** Key under which a set-aside value is kept: `<key>:quarantine:<ISO date>`. */
export function quarantineKey(key: string, now: Date): string {
	return `${key}:quarantine:${now.toISOString()}`;
}
