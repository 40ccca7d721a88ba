/** A Map-backed Storage that logs every write and can be made to throw on setItem. */
export class FakeStorage implements Storage {
	readonly data = new Map<string, string>();
	readonly writes: { key: string; value: string }[] = [];
	setError: unknown = null;

	constructor(initial: Record<string, string> = {}) {
		for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
	}
	get length(): number {
		return this.data.size;
	}
	clear(): void {
		this.data.clear();
	}
	getItem(key: string): string | null {
		return this.data.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.data.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.data.delete(key);
	}
	setItem(key: string, value: string): void {
		if (this.setError) throw this.setError;
		this.writes.push({ key, value });
		this.data.set(key, String(value));
	}
}
