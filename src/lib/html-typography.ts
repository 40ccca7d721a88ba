import { differences, frenchTypography } from './typography';

/**
 * French typography over built HTML (issue 17): the text between tags is typeset, never a tag,
 * an attribute (island props included), nor the content of code, pre, kbd, samp, script,
 * style, textarea. A text that follows an inline tag is typeset with the character before that
 * tag in view (« <strong>Attention</strong> : » needs its no-break space too).
 */

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const RAW = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'var']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'astro-island', 'astro-slot']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const decode = (t: string) =>
	t.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, code: string) => {
		const c = code.toLowerCase();
		if (c[0] === '#') return String.fromCodePoint(c[1] === 'x' ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[c] ?? whole;
	});
const encode = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Calls `onText(text, before)` for each typeset-able text of `html`; its result replaces the text. */
function mapText(html: string, onText: (text: string, before: string) => string): string {
	let out = '';
	let last = 0;
	let raw = 0;
	let before = '';
	for (const m of html.matchAll(TOKEN)) {
		const text = html.slice(last, m.index);
		if (text) {
			if (raw > 0) out += text;
			else {
				const plain = decode(text);
				const result = onText(plain, before);
				out += result === plain ? text : encode(result);
				before = plain.slice(-1) || before;
			}
		}
		out += m[0];
		last = m.index + m[0].length;
		const name = (m[2] ?? '').toLowerCase();
		if (!name) continue;
		if (RAW.has(name)) raw += m[1] ? -1 : 1;
		else if (!INLINE.has(name) && !VOID.has(name)) before = '';
		else if (name === 'br') before = ' ';
	}
	const tail = html.slice(last);
	return out + (raw > 0 || !tail ? tail : encode(onText(decode(tail), before)));
}

/**
 * A text typeset with the character before it in view. When a rule would change that character
 * (a space inserted before the « » » that ends the previous text), the text is typeset alone:
 * the previous text is not this one's to change.
 */
function typesetAfter(text: string, before: string): string {
	if (!before) return frenchTypography(text);
	const withBefore = frenchTypography(before + text);
	return withBefore.startsWith(before) ? withBefore.slice(before.length) : frenchTypography(text);
}

/** Built HTML with French spacing in its text. */
export function typesetHtml(html: string): string {
	return mapText(html, typesetAfter);
}

/** The places of the text of `html` where French spacing is wrong (the count of the tests). */
export function htmlTypographyOffences(html: string): string[] {
	const found: string[] = [];
	mapText(html, (text, before) => {
		found.push(...differences(text, typesetAfter(text, before)));
		return text;
	});
	return found;
}
