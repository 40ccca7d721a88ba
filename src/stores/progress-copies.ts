import { atom } from 'nanostores';
import { COURSE_ID, PROGRESS_VERSION, STORAGE_KEY } from '../config';
import { decodeStoredProgress } from '../lib/progress-load';
import type { ProgressState } from '../lib/progress-model';
import { $progress, currentBackend, isWritable, replaceProgress } from './progress';
import { $demoMode } from './session';

/**
 * Copies of the progress kept aside in the browser, beside the progress itself: data found
 * unreadable on load (`<key>:quarantine:<date>`) and the progress an import or a restore
 * replaced (`<key>:remplacee:<date>`). Nothing is ever dropped: the learner can download every
 * copy from « Mon parcours », and restore a replaced one.
 */

export type CopyKind = 'quarantine' | 'remplacee';

export interface AsideCopy {
	key: string;
	kind: CopyKind;
	/** When it was set aside (ISO), from its key. */
	at: string;
	raw: string;
	/** The progress it holds, when it can be read by this version of the course. */
	state: ProgressState | null;
}

const PREFIX = `${STORAGE_KEY}:`;

/** The copies kept aside, newest first; refreshed by every change made here. */
export const $asideCopies = atom<AsideCopy[]>([]);

function kindOf(key: string): { kind: CopyKind; at: string } | null {
	const match = /^(quarantine|remplacee):(.+)$/.exec(key.slice(PREFIX.length));
	return match ? { kind: match[1] as CopyKind, at: match[2] as string } : null;
}

/** Reads the copies from storage (call on « Mon parcours » after hydration). */
export function refreshAsideCopies(): void {
	const backend = currentBackend();
	if (!backend) return;
	const copies: AsideCopy[] = [];
	for (const { key, raw } of backend.listAside(PREFIX)) {
		const kind = kindOf(key);
		if (!kind) continue;
		const decoded = decodeStoredProgress(raw, COURSE_ID, PROGRESS_VERSION);
		copies.push({ key, ...kind, raw, state: decoded.kind === 'ok' ? decoded.state : null });
	}
	$asideCopies.set(copies.sort((a, b) => b.at.localeCompare(a.at)));
}

/** Whether there is anything worth keeping in a progress record. */
function holdsSomething(p: ProgressState): boolean {
	return Object.keys(p.attempts).length > 0 || Object.keys(p.lessons).length > 0 || (p.runs?.length ?? 0) > 0 || Boolean(p.learnerName);
}

/**
 * Replaces the progress with `next`, keeping the current one aside first (when it holds
 * anything). Returns the key of the copy, null when there was nothing to keep, or false when
 * nothing could be done (demo mode, or another tab holds a newer version).
 */
export function replaceKeepingCopy(next: ProgressState, now = new Date()): string | null | false {
	const backend = currentBackend();
	if (!backend || $demoMode.get() || !isWritable()) return false;
	const current = $progress.get();
	let key: string | null = null;
	if (holdsSomething(current)) {
		key = `${PREFIX}remplacee:${now.toISOString()}`;
		backend.keepAside(key, JSON.stringify(current));
	}
	replaceProgress(next);
	refreshAsideCopies();
	return key;
}

/** Puts a replaced copy back as the progress; the progress it replaces is kept aside in turn. */
export function restoreCopy(key: string, now = new Date()): boolean {
	const copy = $asideCopies.get().find((c) => c.key === key);
	if (!copy?.state) return false;
	if (replaceKeepingCopy(copy.state, now) === false) return false;
	currentBackend()?.removeAside(key);
	refreshAsideCopies();
	return true;
}
