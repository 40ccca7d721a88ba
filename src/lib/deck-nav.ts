/**
 * The projection's keys and its place in the URL, as pure functions: the page script only wires
 * them to the DOM.
 */

export type DeckAction =
	| { type: 'goto'; slide: number }
	| { type: 'digit'; digit: string }
	| { type: 'overview' }
	| { type: 'fullscreen' }
	| { type: 'help' }
	| { type: 'presenter' }
	| { type: 'solution' }
	| { type: 'escape' };

/**
 * What a key does on slide `current` (1-based) of `count`, with `typed` digits pending, or null
 * when the key is not the deck's (it then goes to the page as usual).
 */
export function keyAction(key: string, current: number, count: number, typed: string): DeckAction | null {
	const clamp = (n: number) => Math.min(Math.max(n, 1), count);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return { type: 'goto', slide: clamp(current + 1) };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'goto', slide: clamp(current - 1) };
		case 'Home':
			return { type: 'goto', slide: 1 };
		case 'End':
			return { type: 'goto', slide: count };
		case 'Enter': {
			const n = jumpTarget(typed, count);
			return n === null ? null : { type: 'goto', slide: n };
		}
		case 'o':
		case 'O':
			return { type: 'overview' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'n':
		case 'N':
			return { type: 'presenter' };
		case 's':
		case 'S':
			return { type: 'solution' };
		case '?':
			return { type: 'help' };
		case 'Escape':
			return { type: 'escape' };
		default:
			return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : null;
	}
}

/** The slide a typed number names, or null when nothing usable was typed (« 0 », « 99 » of 20). */
export function jumpTarget(typed: string, count: number): number | null {
	if (!/^[0-9]{1,3}$/.test(typed)) return null;
	const n = Number(typed);
	return n >= 1 && n <= count ? n : null;
}

/** The URL fragment of a slide. */
export function slideHash(slide: number): string {
	return `#diapo-${slide}`;
}

/**
 * The slide a URL fragment names: « #diapo-N », or a section's anchor (its first slide), else
 * slide 1. `sectionStarts` maps a section id to its first slide.
 */
export function slideFromHash(hash: string, count: number, sectionStarts: ReadonlyMap<string, number>): number {
	const raw = hash.replace(/^#/, '');
	let id = raw;
	try {
		id = decodeURIComponent(raw);
	} catch {
		// « #100% » is a valid fragment but not valid percent-encoding: taken as it is.
	}
	const numbered = /^diapo-([0-9]+)$/.exec(id);
	if (numbered) return Math.min(Math.max(Number(numbered[1]), 1), Math.max(count, 1));
	return sectionStarts.get(id) ?? 1;
}
