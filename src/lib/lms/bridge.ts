import type { ProgressBackend } from '../progress-backend';

/**
 * The same-origin bridge between the LMS wrapper page (src/pages/lms/lanceur.astro) and the
 * course pages it shows in its iframe (issue 15, « One LMS session across many pages »).
 *
 * SCORM 1.2 cannot initialise again after LMSFinish, so the wrapper holds the one session for
 * the whole visit and puts this object on its window as `window.__chorusLms`; a course page
 * reaches it as `window.parent.__chorusLms`. Only strings cross the bridge (the progress as
 * JSON), so a course page that navigates away leaves nothing of its own behind in the wrapper
 * but its message listener, which it removes on pagehide (and which the wrapper drops if it
 * throws).
 *
 * Course pages never import this module statically: the progress store checks for the bridge
 * with a few bytes of code and imports it only when the page runs inside the wrapper.
 */

/** The name of the bridge on the wrapper's window. */
export const BRIDGE_NAME = '__chorusLms';

export interface LmsBridge {
	/** The bridge's version: a page that does not know it does not use it. */
	readonly version: 1;
	/** The progress (JSON) as the LMS holds it for this visit, or null on a first launch. */
	load(): string | null;
	/** Reports the whole progress (JSON) to the LMS and commits; false when the LMS did not take it. */
	save(serialised: string): boolean;
	/** Copies of unreadable data, kept in the wrapper's memory for the visit (never localStorage). */
	keepAside(key: string, raw: string): boolean;
	listAside(prefix: string): { key: string; raw: string }[];
	removeAside(key: string): void;
	/** The last French message about the LMS (a failed commit…), or null. */
	lastMessage(): string | null;
	/** Calls `listener` with each new message; returns the unsubscriber. */
	onMessage(listener: (message: string) => void): () => void;
}

/** The progress store's backend in a course page framed by the wrapper. */
export interface BridgeBackend extends ProgressBackend {
	readonly mode: 'lms';
	lastMessage(): string | null;
	onMessage(listener: (message: string) => void): () => void;
}

/** The bridge of the wrapper framing `win`, or null (not framed, another origin, an unknown version). */
export function findBridge(win: Window = window): LmsBridge | null {
	try {
		if (win.parent === win) return null;
		const bridge = (win.parent as unknown as Record<string, unknown>)[BRIDGE_NAME] as LmsBridge | undefined;
		return bridge && bridge.version === 1 ? bridge : null;
	} catch {
		return null;
	}
}

/**
 * A ProgressBackend over the wrapper's bridge. The store's listeners are removed when the page
 * goes (`pagehide`), so that the wrapper never calls into a page that is gone.
 */
export function bridgeBackend(bridge: LmsBridge, events: Pick<Window, 'addEventListener'> | null = typeof window === 'undefined' ? null : window): BridgeBackend {
	return {
		mode: 'lms',
		load: () => bridge.load(),
		save: (serialised) => bridge.save(serialised),
		keepAside: (key, raw) => bridge.keepAside(key, raw),
		listAside: (prefix) => bridge.listAside(prefix).map(({ key, raw }) => ({ key, raw })),
		removeAside: (key) => bridge.removeAside(key),
		// The wrapper's session is the only writer: no other tab is ever heard.
		subscribe: () => () => {},
		// Never blank the LMS's copy (scorm12-backend.ts says why).
		clear() {},
		lastMessage: () => bridge.lastMessage(),
		onMessage(listener) {
			const stop = bridge.onMessage(listener);
			events?.addEventListener('pagehide', stop, { once: true });
			return stop;
		},
	};
}
