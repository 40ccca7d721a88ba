import type { Scorm12Api } from './scorm12-session';

/**
 * The SCORM 1.2 API discovery (RTE 3.3.6.1, the ADL « FindAPI » algorithm): the LMS puts an
 * object named `API` on a window above the course — a parent frame, or the window that opened
 * it. Walks up `window.parent` at most 7 levels, then does the same from `window.opener`.
 *
 * A frame of another origin throws when its `API` is read (SecurityError): such a window is
 * skipped as if it had no API, and the walk goes on to its parent (`parent` and `opener` stay
 * readable across origins; if a browser refuses them too, the walk stops there).
 * Returns null when no API is found, so the caller runs the course outside an LMS.
 */

/** Levels above the starting window, as in ADL's sample code. */
export const MAX_LEVELS = 7;

/** The little of `Window` the walk reads, so that tests can pass plain objects. */
export interface ApiWindow {
	readonly parent?: ApiWindow | null;
	readonly opener?: ApiWindow | null;
	readonly API?: unknown;
}

function isApi(candidate: unknown): candidate is Scorm12Api {
	if (!candidate || (typeof candidate !== 'object' && typeof candidate !== 'function')) return false;
	const api = candidate as Record<string, unknown>;
	return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].every(
		(name) => typeof api[name] === 'function'
	);
}

/** Reads `read(win)`, or undefined when the browser refuses (another origin). */
function safely<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}

/** The API on `start` or on one of its first `MAX_LEVELS` parents. */
function walkUp(start: ApiWindow): Scorm12Api | null {
	let win: ApiWindow | null | undefined = start;
	for (let level = 0; win && level <= MAX_LEVELS; level++) {
		const here: ApiWindow = win;
		const api = safely(() => here.API);
		if (isApi(api)) return api;
		const parent: ApiWindow | null | undefined = safely(() => here.parent);
		// The top window is its own parent.
		if (!parent || parent === here) return null;
		win = parent;
	}
	return null;
}

/** The SCORM 1.2 API above `win` (the page's window by default), or null. */
export function findScormApi(win: ApiWindow | undefined = typeof window === 'undefined' ? undefined : (window as unknown as ApiWindow)): Scorm12Api | null {
	if (!win) return null;
	const above = walkUp(win);
	if (above) return above;
	const opener = safely(() => win.opener);
	return opener ? walkUp(opener) : null;
}
