/**
 * Where the learner's progress is kept. The store talks only to this interface, so the place can
 * change — localStorage today, sessionStorage or memory when storage fails, an LMS's runtime
 * later — without the store or any widget knowing.
 */
import { createSafeStorage, type SafeStorage } from './storage';

export interface ProgressBackend {
	/** Where writes go now: « memory » means they will not survive the tab. */
	readonly mode: 'local' | 'session' | 'memory' | 'lms';
	/** The serialised progress, or null when there is none. */
	load(): string | null;
	/** Writes the serialised progress; false when it could only be kept in memory. */
	save(serialised: string): boolean;
	/** Keeps a copy of unreadable data under `key`, beside the progress; false if memory only. */
	keepAside(key: string, raw: string): boolean;
	/** Calls `listener` when another tab or window writes the progress; returns the unsubscriber. */
	subscribe(listener: (serialised: string) => void): () => void;
	/** Removes the progress itself (a fallback copy that a working storage made stale). */
	clear(): void;
	/** The copies kept aside (keys starting with `prefix`), with their content. */
	listAside(prefix: string): { key: string; raw: string }[];
	/** Forgets a copy kept aside. */
	removeAside(key: string): void;
}

/** A backend over a storage engine that never throws (see storage.ts), under one key. */
export function storageBackend(
	engine: SafeStorage,
	key: string,
	kind: 'local' | 'session' = 'local',
	events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = null
): ProgressBackend {
	return {
		get mode() {
			return engine.mode === 'memory' ? 'memory' : kind;
		},
		load: () => engine.get(key),
		save: (serialised) => engine.set(key, serialised),
		keepAside: (asideKey, raw) => engine.set(asideKey, raw),
		clear: () => engine.remove(key),
		listAside: (prefix) =>
			engine
				.keys()
				.filter((k) => k.startsWith(prefix))
				.sort()
				.map((k) => ({ key: k, raw: engine.get(k) ?? '' })),
		removeAside: (asideKey) => engine.remove(asideKey),
		subscribe(listener) {
			if (!events) return () => {};
			const onStorage = (event: StorageEvent) => {
				if (event.key === key && event.newValue !== null) listener(event.newValue);
			};
			events.addEventListener('storage', onStorage);
			return () => events.removeEventListener('storage', onStorage);
		},
	};
}

/** The browser's localStorage, falling back to memory when it fails. */
export function localStorageBackend(key: string): ProgressBackend {
	return storageBackend(createSafeStorage(() => window.localStorage), key, 'local', window);
}

/** The tab's sessionStorage (survives page changes, not the tab), falling back to memory. */
export function sessionStorageBackend(key: string): ProgressBackend {
	return storageBackend(createSafeStorage(() => window.sessionStorage), key, 'session');
}

/**
 * `primary` while it keeps what it is given; otherwise `secondary`. In the browser: localStorage,
 * then the tab's sessionStorage when localStorage is full or blocked, so that the session's
 * answers survive page changes (issue 11); memory only when both fail. Whatever `secondary`
 * holds was written in this tab after `primary` failed, so it is the newer copy.
 */
export function fallbackBackend(primary: ProgressBackend, secondary: ProgressBackend): ProgressBackend {
	let usingSecondary = false;
	return {
		get mode() {
			if (!usingSecondary && primary.mode !== 'memory') return primary.mode;
			return secondary.mode;
		},
		load: () => {
			const newer = secondary.load();
			if (newer !== null) usingSecondary = true;
			return newer ?? primary.load();
		},
		save(serialised) {
			if (!usingSecondary && primary.save(serialised)) return true;
			usingSecondary = true;
			secondary.save(serialised);
			return false;
		},
		keepAside: (key, raw) => primary.keepAside(key, raw) || secondary.keepAside(key, raw),
		subscribe: (listener) => primary.subscribe(listener),
		clear() {
			primary.clear();
			secondary.clear();
		},
		// Each copy was kept in one storage only (keepAside stops at the first that takes it).
		listAside: (prefix) => [...primary.listAside(prefix), ...secondary.listAside(prefix)],
		removeAside(key) {
			primary.removeAside(key);
			secondary.removeAside(key);
		},
	};
}

/** The browser's storage for the progress: localStorage, else the tab's sessionStorage, else memory. */
export function browserBackend(key: string): ProgressBackend {
	return fallbackBackend(localStorageBackend(key), sessionStorageBackend(key));
}

/** Memory only: nothing survives a reload (tests, and the last resort). */
export function memoryBackend(key: string): ProgressBackend {
	return storageBackend(createSafeStorage(() => undefined), key, 'local');
}
