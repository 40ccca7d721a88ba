/**
 * French typography for the text a learner reads (issue 17): a narrow no-break space (U+202F)
 * before « ; ! ? », a no-break space (U+00A0) before « : » and inside « guillemets », a no-break
 * space between a number and its unit, narrow no-break spaces between groups of three digits.
 *
 * A maintained library was tried first: typograf 7.8 has no French punctuation rule (its
 * `fr` locale sets quotes only) and its common rules delete the space before « : ; ? ! ». These
 * few rules are ours, tested in tests/lib/typography.test.ts.
 *
 * Only for display text: never for code, URLs, attribute values, expected answers, what a
 * learner types, SIRET / IBAN / codes. The rules leave a URL alone (« ? » or « : » followed by
 * something else than a space or the end) and never join or split digits of a year or a code
 * (only a space already there between groups of three becomes unbreakable).
 */

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** Any space a writer may have typed, breakable or not. */
const SPACE = '[ \\u00a0\\u202f]';
/** What may follow a punctuation sign of French prose: a space, the end, a closing sign. */
const AFTER = '(?=[\\s»)\\]’”.,…]|$)';
const UNITS = '%|€|h|min|jours?|mois|ans?|heures?|ko|Ko|Mo|M€|k€';

const RULES: [RegExp, string][] = [
	// « ; ! ? » after a word, a closing sign or a space of any kind.
	[new RegExp(`(?<=[\\p{L}\\p{N}»)\\]’”%€])${SPACE}?([;!?])${AFTER}`, 'gu'), `${NNBSP}$1`],
	// « : » likewise, but never between digits (« 10:30 ») nor before « // » (a URL).
	[new RegExp(`(?<=[\\p{L}»)\\]’”%€])${SPACE}?:${AFTER}`, 'gu'), `${NBSP}:`],
	[new RegExp(`(?<=\\p{N})${SPACE}:(?=\\s|$)`, 'gu'), `${NBSP}:`],
	// Inside « guillemets ».
	[new RegExp(`«${SPACE}?`, 'gu'), `«${NBSP}`],
	[new RegExp(`${SPACE}?»`, 'gu'), `${NBSP}»`],
	// A number and its unit.
	[new RegExp(`(?<=\\p{N})${SPACE}?(${UNITS})(?![\\p{L}\\p{N}])`, 'gu'), `${NBSP}$1`],
];

// A number written in groups of three (« 12 000 », « 1 750,00 »): its spaces become unbreakable.
// A head of four digits or a letter before (an IBAN, « FR76 3000 ») is not such a number, nor
// groups followed by more digits (a SIRET « 219 604 154 00019 », « 528 174 634 O0014 »): codes
// are shown as written.
const GROUPED = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0]\d{3})+(?!\p{N})(?![ \u00a0\u202f]\p{Lu}?\p{N})/gu;

/** The text with French spacing; idempotent. */
export function frenchTypography(text: string): string {
	const spaced = RULES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
	return spaced.replace(GROUPED, (n) => n.replace(/[ \u00a0]/g, NNBSP));
}

/** The places of `text` where French spacing is wrong, for the build's count (a few words each). */
export function typographyOffences(text: string): string[] {
	return differences(text, frenchTypography(text));
}

/** Where `fixed` (`text` typeset) differs from `text`: a few words around each place. */
export function differences(text: string, fixed: string): string[] {
	if (fixed === text) return [];
	const found: string[] = [];
	// Walk both strings together: each difference is one offence, shown with its neighbours.
	let i = 0;
	let j = 0;
	while (i < text.length && j < fixed.length) {
		if (text[i] === fixed[j]) {
			i += 1;
			j += 1;
			continue;
		}
		found.push(text.slice(Math.max(0, i - 20), i + 20).replace(/\s+/g, ' '));
		// A replaced or inserted space: skip it in the fixed text, and the replaced one if any.
		if (/[ \u00a0\u202f]/.test(text[i] ?? '')) i += 1;
		j += 1;
	}
	return found;
}

/**
 * Content data's fields that are not prose: identifiers, links, dates, the answers a learner's
 * input is compared with, and the codes and numbers a learner types. Their subtree is never typeset.
 */
export const NOT_PROSE = new Set([
	'id', 'ids', 'url', 'href', 'kind', 'type', 'lesson', 'section', 'quiz', 'objectives', 'select',
	'date', 'effectiveDate', 'expected', 'answer', 'target', 'pattern', 'phrasings',
	'siret', 'buyerSiret', 'siretDestinataire', 'siretValideur', 'iban', 'files', 'reference', 'number',
	'engagement', 'codeService', 'marche', 'code',
]);

/** Content data with its prose typeset (every string but those under {@link NOT_PROSE} keys). */
export function typesetData<T>(data: T): T {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return frenchTypography(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_PROSE.has(k) ? v : walk(v)]));
		}
		return value;
	};
	return walk(data) as T;
}
