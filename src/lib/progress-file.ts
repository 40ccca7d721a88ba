import { CHECKSUM_ALGORITHM, progressChecksum } from './checksum';
import { migrateToCurrent, PROGRESS_MIGRATIONS, type Migration } from './migrations';
import { courseProblems, describeProblems, type CourseFacts } from './progress-check';
import { progressProblem, type ProgressState } from './progress-model';

/** Marks a file as this course's progress export. */
export const EXPORT_FORMAT = 'chorus-pro-micro-cours/progression';

/** Said in the file itself: whoever reads it knows what it proves, and what it does not. */
export const DECLARATION =
	'Déclaration de l’apprenant\u00a0: ce fichier est produit par son navigateur. La somme de contrôle signale un fichier abîmé, pas une modification volontaire. Les résultats qui font foi viennent d’une session encadrée ou d’une plateforme de formation (LMS).';

/** The exported file, as written to disk (format 2). */
export interface ProgressFile {
	format: typeof EXPORT_FORMAT;
	formatVersion: number;
	courseId: string;
	/** The course version (package.json) that wrote the file. */
	courseVersion: string;
	exportedAt: string;
	learnerName?: string;
	/** Optional: the learner's employer, for the organiser's attestation. */
	learnerEmployer?: string;
	declaration: string;
	/** SHA-256 of `progress` as JSON.stringify writes it (src/lib/checksum.ts). */
	checksum: { algorithm: typeof CHECKSUM_ALGORITHM; value: string };
	progress: ProgressState;
}

/** Builds the JSON text of an export. */
export async function buildExport(state: ProgressState, courseVersion: string, now: Date): Promise<string> {
	const file: ProgressFile = {
		format: EXPORT_FORMAT,
		formatVersion: state.version,
		courseId: state.courseId,
		courseVersion,
		exportedAt: now.toISOString(),
		...(state.learnerName ? { learnerName: state.learnerName } : {}),
		...(state.learnerEmployer ? { learnerEmployer: state.learnerEmployer } : {}),
		declaration: DECLARATION,
		checksum: { algorithm: CHECKSUM_ALGORITHM, value: await progressChecksum(state) },
		progress: state,
	};
	return JSON.stringify(file, null, 2);
}

/** « marie-claire-dupont » from « Marie-Claire Dupont »: letters and digits, joined by hyphens. */
export function nameSlug(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}

/** File name of an export: « progression-marie-dupont-2026-12-04.json » (without a name: « progression-2026-12-04.json »). */
export function exportFileName(name: string | undefined, now: Date): string {
	const slug = nameSlug(name ?? '');
	return `progression-${slug ? `${slug}-` : ''}${now.toISOString().slice(0, 10)}.json`;
}

/** What an accepted file holds, for the confirmation before it replaces anything. */
export interface ImportedFile {
	state: ProgressState;
	exportedAt: string | null;
	courseVersion: string | null;
	/** « ok » when the checksum matched; « absent » for files written before checksums (format 1). */
	checksum: 'ok' | 'absent';
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; message: string };

/** Largest file accepted: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;

const UNCHANGED = ' Votre progression actuelle n’a pas été modifiée.';
const refuse = (message: string): ImportResult => ({ ok: false, message: message + UNCHANGED });

/**
 * Reads an imported file and checks it against the course. Every refusal returns a French
 * message naming the first problems (item, field) and saying that nothing was changed; the
 * caller asks the learner before replacing anything.
 */
export async function parseImport(
	text: string,
	courseId: string,
	version: number,
	course: CourseFacts,
	now: Date,
	migrations: Record<number, Migration> = PROGRESS_MIGRATIONS
): Promise<ImportResult> {
	if (text.length > MAX_IMPORT_BYTES) return refuse('Ce fichier est trop volumineux pour être une progression du cours.');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return refuse('Ce fichier n’est pas un fichier JSON lisible.');
	}
	const file = parsed as Partial<ProgressFile> | null;
	if (typeof file !== 'object' || file === null || file.format !== EXPORT_FORMAT) {
		return refuse('Ce fichier n’est pas une progression exportée depuis ce cours.');
	}
	if (file.courseId !== courseId) return refuse(`Ce fichier concerne un autre cours («\u00a0${String(file.courseId).slice(0, 60)}\u00a0»).`);
	const newer = typeof file.formatVersion === 'number' && file.formatVersion > version ? file.formatVersion : null;
	const migrated = migrateToCurrent(file.progress, version, migrations);
	if (newer !== null || (!migrated.ok && migrated.reason === 'newer')) {
		return refuse(
			`Ce fichier a été créé par une version plus récente du cours (format ${newer ?? (!migrated.ok ? migrated.version : '?')}). Rechargez la page pour obtenir la dernière version, puis réessayez.`
		);
	}
	// From format 2 on, the checksum is required: one changed character is damage.
	let checksum: ImportedFile['checksum'] = 'absent';
	if ((file.formatVersion ?? 1) >= 2 || file.checksum !== undefined) {
		if (file.checksum?.algorithm !== CHECKSUM_ALGORITHM || typeof file.checksum.value !== 'string') {
			return refuse('Ce fichier n’a pas de somme de contrôle\u00a0: il a été modifié ou n’a pas été exporté par ce cours.');
		}
		if ((await progressChecksum(file.progress)) !== file.checksum.value) {
			return refuse('Ce fichier est endommagé\u00a0: sa somme de contrôle ne correspond plus à son contenu (un caractère au moins a changé).');
		}
		checksum = 'ok';
	}
	const problem = migrated.ok ? progressProblem(migrated.data) : 'version du format absente ou inconnue';
	if (!migrated.ok || problem) return refuse(`Ce fichier est endommagé ou a été modifié\u00a0: ${problem}.`);
	const state = migrated.data as unknown as ProgressState;
	if (state.courseId !== courseId) return refuse('La progression contenue dans ce fichier concerne un autre cours.');
	const mismatch = courseProblems(state, course, now);
	if (mismatch.length > 0) return refuse(`Ce fichier ne correspond pas à ce cours\u00a0: ${describeProblems(mismatch)}`);
	const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : null;
	const courseVersion = typeof file.courseVersion === 'string' ? file.courseVersion : null;
	return { ok: true, file: { state, exportedAt, courseVersion, checksum } };
}
