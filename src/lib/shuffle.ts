/** A small deterministic generator (mulberry32), so server and browser render the same order. */
export function seededRandom(seed: string): () => number {
	let h = 1779033703 ^ seed.length;
	for (let i = 0; i < seed.length; i += 1) {
		h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(list: readonly T[], random: () => number = Math.random): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * Shuffles so that the result differs from `list` whenever it can: an ordering question must
 * never start in its solved order.
 */
export function shuffleAway<T>(list: readonly T[], random: () => number = Math.random): T[] {
	if (list.length < 2) return [...list];
	for (let tries = 0; tries < 20; tries += 1) {
		const out = shuffle(list, random);
		if (out.some((x, i) => x !== list[i])) return out;
	}
	return [...list.slice(1), list[0] as T];
}
