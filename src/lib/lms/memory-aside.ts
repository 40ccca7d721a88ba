/**
 * Copies set aside by the progress store (unreadable data, a quarantine) inside an LMS: kept in
 * the page's memory for the visit, never in localStorage (issue 15, « Resume and shared
 * computers »), downloadable from « Mon parcours » meanwhile.
 */
export interface MemoryAside {
	/** Always false: the store then says that the copy will not survive the visit. */
	keepAside(key: string, raw: string): boolean;
	listAside(prefix: string): { key: string; raw: string }[];
	removeAside(key: string): void;
}

export function memoryAside(): MemoryAside & { set(key: string, raw: string): void } {
	const aside = new Map<string, string>();
	return {
		set: (key, raw) => void aside.set(key, raw),
		keepAside(key, raw) {
			aside.set(key, raw);
			return false;
		},
		listAside: (prefix) =>
			[...aside.keys()]
				.filter((k) => k.startsWith(prefix))
				.sort()
				.map((k) => ({ key: k, raw: aside.get(k) ?? '' })),
		removeAside(key) {
			aside.delete(key);
		},
	};
}
