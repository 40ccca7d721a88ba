import { createSafeStorage, type SafeStorage } from '../lib/storage';

/**
 * Where the organiser space keeps its group (issue 14). By default in sessionStorage, so that
 * it survives a reload but is forgotten when the tab closes; in localStorage only when the
 * organiser ticks « Garder cette session sur cet ordinateur ». What is kept is the text of every
 * file parseImport accepted, so that each one is checked again when the page loads: a stored
 * group is never trusted more than a file just chosen. The learner's own progress key is never
 * read nor written here.
 */

/** The one key, in sessionStorage and in localStorage. */
export const ORGANISER_KEY = 'chorus-pro-organisateur:session';

/** Marks the stored value, so that anything else under the key is recognised as not ours. */
const FORMAT = 'chorus-pro-organisateur/session';

/** A learner's file as the organiser chose it: its name on disk and its text. */
export interface StoredFile {
	name: string;
	text: string;
}

/** The two storages the group can live in; both never throw (src/lib/storage.ts). */
export interface OrganiserStorages {
	session: SafeStorage;
	local: SafeStorage;
}

/** The browser's storages, each falling back to memory when blocked or full. */
export function browserStorages(): OrganiserStorages {
	return {
		session: createSafeStorage(() => window.sessionStorage),
		local: createSafeStorage(() => window.localStorage),
	};
}

/** What was found in storage when the page opened. */
export interface StoredSession {
	files: StoredFile[];
	/** True when the group came from localStorage (the box was ticked last time). */
	keep: boolean;
	/** A French message when something was stored but could not be read (it is then removed). */
	problem: string | null;
}

const UNREADABLE = 'Le groupe gardé dans ce navigateur était illisible (modifié ou abîmé)\u00a0: il a été effacé. Importez à nouveau les fichiers des apprenants.';

/** The files of a stored value, or null when it is not a group this page wrote. */
function parseStored(raw: string): StoredFile[] | null {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	const v = value as { format?: unknown; files?: unknown } | null;
	if (typeof v !== 'object' || v === null || v.format !== FORMAT || !Array.isArray(v.files)) return null;
	const ok = v.files.every((f: unknown) => typeof f === 'object' && f !== null && typeof (f as StoredFile).name === 'string' && typeof (f as StoredFile).text === 'string');
	return ok ? (v.files as StoredFile[]).map(({ name, text }) => ({ name, text })) : null;
}

/**
 * Reads the group kept by a previous visit. The local copy wins: it exists only while the box
 * is ticked. A value that is not ours is removed, and said, rather than shown as an empty group
 * without a word.
 */
export function readStoredSession(storages: OrganiserStorages): StoredSession {
	const problems: string[] = [];
	for (const [where, keep] of [
		[storages.local, true],
		[storages.session, false],
	] as const) {
		const raw = where.get(ORGANISER_KEY);
		if (raw === null) continue;
		const files = parseStored(raw);
		if (files) return { files, keep, problem: problems[0] ?? null };
		where.remove(ORGANISER_KEY);
		problems.push(UNREADABLE);
	}
	return { files: [], keep: false, problem: problems[0] ?? null };
}

/** Where the group ended up after a save, and what to tell the organiser. */
export interface SaveResult {
	where: 'session' | 'local' | 'memory';
	/** A French message when the group could only be kept in this page's memory. */
	message: string | null;
}

const MEMORY: Record<'session' | 'local', string> = {
	session:
		'Ce navigateur n’a pas pu garder le groupe (stockage plein ou bloqué)\u00a0: il reste affiché dans cette page, mais un rechargement le perdra. Téléchargez le tableau (CSV) pour le conserver.',
	local:
		'Ce navigateur n’a pas pu garder le groupe sur cet ordinateur (stockage plein ou bloqué)\u00a0: il reste affiché dans cette page, mais il sera perdu à la fermeture. Téléchargez le tableau (CSV) pour le conserver.',
};

/**
 * Keeps the group's files where the organiser asked: localStorage with `keep`, sessionStorage
 * otherwise, and removes the copy from the other one (unticking the box deletes the local copy).
 * An empty group removes both.
 */
export function saveSession(storages: OrganiserStorages, files: StoredFile[], keep: boolean): SaveResult {
	if (files.length === 0) {
		clearSession(storages);
		return { where: keep ? 'local' : 'session', message: null };
	}
	const target = keep ? storages.local : storages.session;
	const other = keep ? storages.session : storages.local;
	const value = JSON.stringify({ format: FORMAT, version: 1, files: files.map(({ name, text }) => ({ name, text })) });
	const stored = target.set(ORGANISER_KEY, value);
	// Removed even when the write failed: the box says where the group is, and an old copy
	// elsewhere would come back on the next visit against the organiser's choice.
	other.remove(ORGANISER_KEY);
	if (!stored) return { where: 'memory', message: MEMORY[keep ? 'local' : 'session'] };
	return { where: keep ? 'local' : 'session', message: null };
}

/** Forgets the group everywhere: sessionStorage, localStorage and any memory fallback. */
export function clearSession(storages: OrganiserStorages): void {
	storages.session.remove(ORGANISER_KEY);
	storages.local.remove(ORGANISER_KEY);
}
