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

/** Memory only: nothing survives a reload (tests, and the last resort). */
export function memoryBackend(key: string): ProgressBackend {
	return storageBackend(createSafeStorage(() => undefined), key, 'local');
}
