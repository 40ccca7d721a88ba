import type { ProgressBackend } from '../progress-backend';
import { memoryAside } from './memory-aside';
import { emptyProgress, type ProgressState } from '../progress-model';
import type { ScormSession } from './scorm12-session';
import { decodeSuspendData, type SuspendDictionary } from './suspend-data';

/**
 * The progress store's backend inside a SCORM 1.2 LMS (issue 15): the LMS's `cmi.suspend_data`
 * is where the progress lives, through one ScormSession.
 *
 * - `load()` opens the session (once) and returns the JSON of the progress decoded from
 *   suspend_data, or null on a first launch. The store calls `load()` again before every write
 *   (to detect a newer format): those calls return the progress as last loaded or saved, without
 *   calling the LMS again.
 * - `save()` reports the whole progress (suspend_data, status, score, objectives, location) and
 *   commits; false when the LMS did not take it, with the French message given to the listeners.
 * - A suspend_data that does not decode: the learner is told, starts from an empty progress, and
 *   the LMS's value is not written over until the progress changes (the store writes only on a
 *   change, and an LMS load never writes by itself). The unreadable value is kept aside in
 *   memory as a quarantine copy, downloadable from « Mon parcours » during the visit.
 * - Never localStorage (issue 15, « Resume and shared computers »): copies kept aside live in this
 *   page's memory only, so two learners of one computer never see each other's answers, and the
 *   learner's own progress outside the LMS is not touched.
 * - `subscribe`: no other tab writes to this LMS session, so nothing is ever heard.
 * - `clear`: does nothing. The store clears only a fallback copy made stale by a working storage;
 *   in an LMS there is no such copy, and blanking suspend_data would erase the learner's progress
 *   on the platform.
 */

export interface ScormBackend extends ProgressBackend {
	readonly mode: 'lms';
	/** The last French message for the learner (a failed report, unreadable resume data), or null. */
	lastMessage(): string | null;
	/** Calls `listener` with each new message; returns the unsubscriber. */
	onMessage(listener: (message: string) => void): () => void;
}

export interface ScormBackendOptions {
	/** The storage key the store sets copies aside under (config.ts STORAGE_KEY). */
	storageKey?: string;
	/** Clock, for the quarantine copy's key. */
	now?: () => Date;
}

const NBSP = '\u00a0';

export function scormBackend(session: ScormSession, dict: SuspendDictionary, courseId: string, options: ScormBackendOptions = {}): ScormBackend {
	const key = options.storageKey ?? `${courseId}:progression`;
	const now = options.now ?? (() => new Date());
	const aside = memoryAside();
	const listeners = new Set<(message: string) => void>();
	let message: string | null = null;
	let loaded = false;
	let current: string | null = null;

	function tell(text: string): void {
		message = text;
		for (const listener of listeners) listener(text);
	}

	function firstLoad(): string | null {
		const opened = session.initialise();
		if (!opened.ok) tell(opened.message);
		const raw = opened.resume?.suspendData ?? '';
		if (raw === '') return null;
		const decoded = decodeSuspendData(raw, courseId, dict);
		if ('state' in decoded) return JSON.stringify(decoded.state);
		aside.set(`${key}:quarantine:${now().toISOString()}`, raw);
		tell(
			`${decoded.error} Vous repartez d’une progression vide. La plateforme garde l’ancienne valeur tant que votre progression ne change pas${NBSP}; votre prochaine action (une page ouverte, une réponse) la remplacera. Une copie en est gardée pendant cette visite, téléchargeable depuis «${NBSP}Mon parcours${NBSP}».`
		);
		const fresh: ProgressState = emptyProgress(courseId);
		return JSON.stringify(fresh);
	}

	return {
		mode: 'lms',
		load() {
			if (!loaded) {
				loaded = true;
				current = firstLoad();
			}
			return current;
		},
		save(serialised) {
			let state: ProgressState;
			try {
				state = JSON.parse(serialised) as ProgressState;
			} catch {
				tell(`Votre progression n’a pas pu être préparée pour la plateforme de formation${NBSP}: elle ne lui a pas été envoyée.`);
				return false;
			}
			current = serialised;
			const result = session.report(state);
			if (!result.ok) tell(result.message);
			return result.ok;
		},
		keepAside: aside.keepAside,
		listAside: aside.listAside,
		removeAside: aside.removeAside,
		subscribe: () => () => {},
		clear() {
			// Deliberately nothing (see above).
		},
		lastMessage: () => message,
		onMessage(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
