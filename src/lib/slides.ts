/**
 * Slide splitting for the projection mode. A lesson's <Section> is one slide; an author can
 * force a break inside it with <Diapo />, and every exercise gets a slide of its own (its widget
 * may scroll inside its own box, text never does). What still does not fit is split in the
 * browser, at the projection's fixed canvas size, by `firstOverflowing`.
 */

/** The marker <Diapo /> and the exercises leave in a section's HTML, in projection only. */
export const SLIDE_BREAK = '<hr data-diapo="coupe">';
const BREAK_PATTERN = /<hr data-diapo="coupe"\s*\/?>/g;
/** A trainer note in the presenter view's deck (components/projection/NoteDiapo.astro). */
export const NOTE_PATTERN = /<div class="trainer-note" data-note hidden>[\s\S]*?<\/div>/g;
/** Carried by the root element of an exercise in projection (and of its card in the presenter view). */
export const EXERCISE_MARK = 'data-slide-kind="exercise"';

export interface SlidePart {
	kind: 'text' | 'exercise';
	html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The first element left open (or closed without being opened) in an HTML fragment, or null
 * when the fragment is balanced. Scripts, styles and comments are skipped: only the structure a
 * break could cut matters.
 */
export function unbalancedTag(html: string): string | null {
	const stack: string[] = [];
	const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
	for (const match of cleaned.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
		const [, closing, rawName = '', selfClosing] = match;
		const name = rawName.toLowerCase();
		if (VOID.has(name) || selfClosing) continue;
		if (!closing) stack.push(name);
		else if (stack.pop() !== name) return name;
	}
	return stack[0] ?? null;
}

/**
 * Splits a section's rendered HTML at its slide breaks. Empty parts go; a part holding an
 * exercise is an exercise slide. A break placed inside an element (a list, a disclosure) would
 * cut it in two: that is an author's error, reported with `where` (the lesson and the section).
 */
export function splitAtBreaks(html: string, where: string): SlidePart[] {
	const parts: SlidePart[] = [];
	let pendingNotes = '';
	for (const piece of html.split(BREAK_PATTERN)) {
		const shown = piece.replace(/<!--[\s\S]*?-->/g, '').replace(NOTE_PATTERN, '').trim();
		// A piece holding only trainer notes (presenter view) is no slide: it joins the slide before
		// (or the next one), so the presenter counts the same slides as the projection, where notes
		// render nothing.
		if (shown === '') {
			if (!piece.includes('data-note')) continue;
			const before = parts[parts.length - 1];
			if (before) before.html += piece;
			else pendingNotes += piece;
			continue;
		}
		parts.push({ kind: piece.includes(EXERCISE_MARK) ? 'exercise' : 'text', html: pendingNotes + piece });
		pendingNotes = '';
	}
	for (const part of parts) {
		const open = unbalancedTag(part.html);
		if (open) {
			throw new Error(`${where} : une coupure de diapositive (<Diapo /> ou un exercice) se trouve à l’intérieur d’un élément <${open}> ; placez-la entre deux blocs, au premier niveau de la section.`);
		}
	}
	return parts;
}

/** A block's vertical extent inside a slide's body, in CSS pixels from the body's top. */
export interface Extent {
	top: number;
	bottom: number;
}

/**
 * The index of the first block that does not fit in `capacity` pixels, or -1 when all fit.
 * Blocks that take no room (hidden notes) never overflow. A small tolerance absorbs sub-pixel
 * rounding, so that the same deck splits alike in every window.
 */
export function firstOverflowing(blocks: readonly Extent[], capacity: number): number {
	return blocks.findIndex((b) => b.bottom > b.top && b.bottom > capacity + 0.5);
}

/**
 * Where to cut the blocks of an overflowing slide: the blocks from the returned index on move to
 * a continuation slide. When even the first block is too tall, the answer is 0 and the caller
 * splits inside that block (a list's items, a table's rows) or reports it.
 */
export function cutIndex(blocks: readonly Extent[], capacity: number): number {
	const first = firstOverflowing(blocks, capacity);
	if (first === -1) return -1;
	// Everything before the first overflowing block stays, if there is anything visible before it.
	const visibleBefore = blocks.slice(0, first).some((b) => b.bottom > b.top);
	return visibleBefore ? first : 0;
}
