/**
 * The restatement check (issue 9): a `likely` or `unsure` fact may only be shown with its note.
 * Each such fact lists plain phrasings of its claim; after the build, the text of every page is
 * searched for them, and a phrasing found outside an element that carries the note marker is a
 * claim restated as certain.
 */

/** The attribute that marks an element displaying a likely/unsure fact together with its note. */
export const NOTE_MARKER = 'data-fact-note';

/** A likely or unsure fact's phrasings, as the check needs them. */
export interface FactPhrasings {
	id: string;
	phrasings: string[];
}

/** One phrasing found where the note is not. */
export interface Restatement {
	factId: string;
	phrasing: string;
	/** A few words around the match, normalised, to find it in the page. */
	excerpt: string;
}

// Spaces of every width (non-breaking and narrow ones included), apostrophes and dashes are
// typed differently by writers, MDX and the typographic rules of the site: one form each.
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
const APOSTROPHES = /['\u2018\u2019\u02bc]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;

/**
 * Text as the check compares it: NFC, lower case, one kind of space, apostrophe and dash, no
 * space inside « guillemets » nor before %, so that « 10,40 % » and « 10,40 % » are the same.
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFC')
		.toLocaleLowerCase('fr')
		.replace(SPACES, ' ')
		.replace(APOSTROPHES, '\u2019')
		.replace(DASHES, '-')
		.replace(/« /g, '«')
		.replace(/ »/g, '»')
		.replace(/ %/g, '%')
		.trim();
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a phrasing in normalised text. A phrasing that starts or ends with a letter or a
 * digit must start or end a word there: « 10 Mo » must not match « 110 Mo ».
 */
export function phrasingPattern(phrasing: string): RegExp {
	const p = normalizeText(phrasing);
	const before = /^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '';
	const after = /[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : '';
	return new RegExp(`${before}${escapeRegExp(p)}${after}`, 'gu');
}

/** Every phrasing of `facts` found in `text` (any text; it is normalised here). */
export function findRestatements(text: string, facts: FactPhrasings[]): Restatement[] {
	const normalized = normalizeText(text);
	const found: Restatement[] = [];
	for (const fact of facts) {
		for (const phrasing of fact.phrasings) {
			for (const m of normalized.matchAll(phrasingPattern(phrasing))) {
				const start = Math.max(0, m.index - 40);
				const end = Math.min(normalized.length, m.index + m[0].length + 40);
				const excerpt = `${start > 0 ? '…' : ''}${normalized.slice(start, end).replace(/\u0000/g, '[…]').trim()}${end < normalized.length ? '…' : ''}`;
				found.push({ factId: fact.id, phrasing, excerpt });
			}
		}
	}
	return found;
}

// Elements without an end tag, and elements whose content is not page text.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const NOT_TEXT = new Set(['script', 'style']);
// Inline elements join their text to the neighbours' (« <strong>10</strong>,40 % »); any other
// tag separates words, as a table cell or a list item does on screen.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', rsquo: '\u2019', lsquo: '\u2018', ndash: '\u2013', mdash: '\u2014', hellip: '…', euro: '€', times: '×' };

function decodeEntities(text: string): string {
	return text.replace(ENTITY, (whole, code: string) => {
		if (code[0] === '#') {
			const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
			return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
		}
		return NAMED[code.toLowerCase()] ?? whole;
	});
}

/**
 * The text of a built page that does not sit inside an element carrying {@link NOTE_MARKER}:
 * scripts, styles and comments left out, entities decoded. Each marked element is replaced by a
 * NUL, so that no phrasing can be matched across its edges.
 */
export function unmarkedText(html: string): string {
	const stack: { name: string; marked: boolean; skip: boolean }[] = [];
	let markedDepth = 0;
	let skipDepth = 0;
	let out = '';
	let last = 0;
	const marker = new RegExp(`(?:^|\\s)${NOTE_MARKER}(?=[\\s=/]|$)`);
	const text = (chunk: string) => {
		if (markedDepth === 0 && skipDepth === 0) out += decodeEntities(chunk);
	};
	for (const m of html.matchAll(TAG)) {
		text(html.slice(last, m.index));
		last = m.index + m[0].length;
		if (m[2] === undefined) continue; // a comment
		const name = m[2].toLowerCase();
		const closing = m[1] === '/';
		const attrs = m[3] ?? '';
		const separator = INLINE.has(name) ? '' : ' ';
		if (closing) {
			const at = stack.map((e) => e.name).lastIndexOf(name);
			if (at === -1) continue; // a stray end tag: ignored, as a browser would
			for (const e of stack.splice(at)) {
				if (e.marked) markedDepth--;
				if (e.skip) skipDepth--;
			}
			if (markedDepth === 0 && skipDepth === 0) out += separator;
			continue;
		}
		const marked = marker.test(attrs);
		if (markedDepth === 0 && skipDepth === 0) out += marked ? ' \u0000 ' : separator;
		if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
		const skip = NOT_TEXT.has(name);
		stack.push({ name, marked, skip });
		if (marked) markedDepth++;
		if (skip) skipDepth++;
	}
	text(html.slice(last));
	return out;
}

/** The restatements in one built page: phrasings found outside every element with the note. */
export function pageRestatements(html: string, facts: FactPhrasings[]): Restatement[] {
	return findRestatements(unmarkedText(html), facts);
}

/** A fact as read from content/facts: only what the check needs. */
export interface FactRecord {
	id: string;
	confidence: string;
	phrasings?: string[];
}

/** The facts the check searches for: likely and unsure ones, with their phrasings. */
export function checkedFacts(facts: FactRecord[]): FactPhrasings[] {
	return facts
		.filter((f) => (f.confidence === 'likely' || f.confidence === 'unsure') && (f.phrasings?.length ?? 0) > 0)
		.map((f) => ({ id: f.id, phrasings: f.phrasings ?? [] }));
}

/** The build's message: one line per restatement, naming the page, the fact and the phrasing. */
export function restatementProblems(pages: { path: string; html: string }[], facts: FactPhrasings[]): string[] {
	const problems: string[] = [];
	for (const page of pages) {
		for (const r of pageRestatements(page.html, facts)) {
			problems.push(`${page.path} : fait « ${r.factId} », formulation « ${r.phrasing} » hors d’un affichage avec sa note (${r.excerpt})`);
		}
	}
	return problems;
}
