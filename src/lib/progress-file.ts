import { migrateToCurrent, PROGRESS_MIGRATIONS, type Migration } from './migrations';
import { progressProblem, type ProgressState } from './progress-model';

/** Marks a file as this course's progress export. */
export const EXPORT_FORMAT = 'chorus-pro-micro-cours/progression';

/** The exported file, as written to disk. */
export interface ProgressFile {
	format: typeof EXPORT_FORMAT;
	formatVersion: number;
	courseId: string;
	courseVersion: string;
	exportedAt: string;
	progress: ProgressState;
}

/** Builds the JSON text of an export. */
export function buildExport(state: ProgressState, courseVersion: string, now: Date): string {
	const file: ProgressFile = {
		format: EXPORT_FORMAT,
		formatVersion: state.version,
		courseId: state.courseId,
		courseVersion,
		exportedAt: now.toISOString(),
		progress: state,
	};
	return JSON.stringify(file, null, 2);
}

/** File name proposed for an export (« progression-chorus-pro-2026-11-28.json »). */
export function exportFileName(now: Date): string {
	return `progression-chorus-pro-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; state: ProgressState } | { ok: false; message: string };

/** Largest file accepted: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * Reads an imported file. Every failure returns a French message saying what is wrong and
 * that nothing was changed; the caller replaces the progress only on success.
 */
export function parseImport(
	text: string,
	courseId: string,
	version: number,
	migrations: Record<number, Migration> = PROGRESS_MIGRATIONS
): ImportResult {
	const unchanged = ' Votre progression actuelle n’a pas été modifiée.';
	if (text.length > MAX_IMPORT_BYTES) {
		return { ok: false, message: 'Ce fichier est trop volumineux pour être une progression du cours.' + unchanged };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, message: 'Ce fichier n’est pas un fichier JSON lisible.' + unchanged };
	}
	const file = parsed as Partial<ProgressFile> | null;
	if (typeof file !== 'object' || file === null || file.format !== EXPORT_FORMAT) {
		return { ok: false, message: 'Ce fichier n’est pas une progression exportée depuis ce cours.' + unchanged };
	}
	if (file.courseId !== courseId) {
		return {
			ok: false,
			message: `Ce fichier concerne un autre cours (« ${String(file.courseId)} »).` + unchanged,
		};
	}
	const migrated = migrateToCurrent(file.progress, version, migrations);
	const newer = typeof file.formatVersion === 'number' && file.formatVersion > version ? file.formatVersion : null;
	if (newer !== null || (!migrated.ok && migrated.reason === 'newer')) {
		return {
			ok: false,
			message:
				`Ce fichier a été créé par une version plus récente du cours (format ${newer ?? (!migrated.ok ? migrated.version : '?')}). ` +
				'Rechargez la page pour obtenir la dernière version, puis réessayez.' +
				unchanged,
		};
	}
	const problem = migrated.ok ? progressProblem(migrated.data) : 'version du format absente ou inconnue';
	if (!migrated.ok || problem) {
		return { ok: false, message: `Ce fichier est endommagé ou a été modifié : ${problem}.` + unchanged };
	}
	const state = migrated.data as unknown as ProgressState;
	if (state.courseId !== courseId) {
		return { ok: false, message: 'La progression contenue dans ce fichier concerne un autre cours.' + unchanged };
	}
	return { ok: true, state };
}
