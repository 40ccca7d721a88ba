/**
 * A storage engine that never throws. Private browsing, blocked cookies (SecurityError) and a
 * full disk (QuotaExceededError) all end in memory mode: the learner keeps answering, and the
 * page tells them their progress will not survive a reload.
 */
export interface SafeStorage {
	get(key: string): string | null;
	/** Returns false when the value could only be kept in memory. */
	set(key: string, value: string): boolean;
	remove(key: string): void;
	/** Keys currently held (used to find quarantined copies). */
	keys(): string[];
	/** « local » while localStorage works, « memory » once it has failed. */
	readonly mode: 'local' | 'memory';
	/** Why storage fell back to memory, for the notice. */
	readonly failure: string | null;
}

function describe(error: unknown): string {
	const name = (error as { name?: string })?.name ?? '';
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
	if (name === 'SecurityError') return 'securite';
	return 'indisponible';
}

/** Wraps `getStorage()` (usually () => window.localStorage) so that no call can throw. */
export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
	const memory = new Map<string, string>();
	let local: Storage | undefined;
	let failure: string | null = null;
	try {
		local = getStorage();
		if (!local) failure = 'indisponible';
	} catch (error) {
		failure = describe(error);
	}
	const fail = (error: unknown) => {
		if (local) {
			// Keep what localStorage held so nothing is lost when we switch to memory.
			try {
				for (let i = 0; i < local.length; i += 1) {
					const k = local.key(i);
					if (k !== null && !memory.has(k)) memory.set(k, local.getItem(k) ?? '');
				}
			} catch {
				/* unreadable storage: memory keeps what it already has */
			}
		}
		local = undefined;
		failure = describe(error);
	};
	return {
		get mode() {
			return local ? 'local' : 'memory';
		},
		get failure() {
			return failure;
		},
		get(key) {
			if (local) {
				try {
					return local.getItem(key);
				} catch (error) {
					fail(error);
				}
			}
			return memory.get(key) ?? null;
		},
		set(key, value) {
			if (local) {
				try {
					local.setItem(key, value);
					return true;
				} catch (error) {
					fail(error);
				}
			}
			memory.set(key, value);
			return false;
		},
		remove(key) {
			memory.delete(key);
			if (local) {
				try {
					local.removeItem(key);
				} catch (error) {
					fail(error);
				}
			}
		},
		keys() {
			const all = new Set(memory.keys());
			if (local) {
				try {
					for (let i = 0; i < local.length; i += 1) {
						const k = local.key(i);
						if (k !== null) all.add(k);
					}
				} catch (error) {
					fail(error);
				}
			}
			return [...all];
		},
	};
}
