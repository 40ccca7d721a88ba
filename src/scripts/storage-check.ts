import { COURSE_ID, PROGRESS_VERSION, STORAGE_KEY } from '../config';

/**
 * Whether this browser's storage has something to say that only the progress store can say:
 * storage refused (full, blocked, private mode), or stored progress this page would not read as
 * it is (unreadable, another course, an older format to migrate, a newer one to leave alone).
 * A few lines instead of the store: a page with nothing interactive loads the store only then.
 */
export function storageNeedsStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): boolean {
	let raw: string | null;
	try {
		if (!storage) return true;
		const probe = `${STORAGE_KEY}:essai`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return true;
	}
	if (raw === null) return false;
	try {
		const data = JSON.parse(raw) as { courseId?: unknown; version?: unknown } | null;
		return data?.courseId !== COURSE_ID || data.version !== PROGRESS_VERSION;
	} catch {
		return true;
	}
}
