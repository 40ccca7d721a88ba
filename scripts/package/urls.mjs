// URL rewriting for the LMS packages (`npm run package`).
//
// Why a marker base and a rewrite after the build, rather than only a mode in `href()`: most
// internal URLs of a built page are not written by our code but by Astro and Vite (scripts,
// stylesheets, island `component-url` / `renderer-url`, module preloads, fonts in CSS). They all
// carry Astro's `base`, so the package is built under a base that cannot occur anywhere else
// (MARKER), and every occurrence of it is, by construction, an internal URL: rewriting them is
// exact, and any occurrence left over is detected (the build fails) instead of shipping a link
// that only works on a web server. `href()` has a small companion mode (PUBLIC_FILE_LINKS, in
// src/lib/url.ts) so that URLs computed in the browser also name files (« …/index.html »).
import { posix } from 'node:path';

/** The base the package is built under: replaced everywhere, never shipped. */
export const MARKER = '/__paquet__/';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The relative URL, from the file `fromFile` of the package (« lecons/x/index.html »), of the
 * package path `target` (« lecons/y/#ancre », « _astro/a.js », « evaluation/banque.json?v=2 »,
 * « » for the root). A folder gets `index.html`, since an LMS serves files, not folders —
 * unless `folder` is set: then the URL is a prefix that a script completes (a `data-…-base`).
 */
export function relativeUrl(fromFile, target, { folder = false } = {}) {
	const cut = target.search(/[?#]/);
	let path = cut === -1 ? target : target.slice(0, cut);
	const suffix = cut === -1 ? '' : target.slice(cut);
	const isFolder = path === '' || path.endsWith('/');
	// « a/../b » resolves inside the package; a path climbing out of it is a mistake, not a link.
	path = path === '' ? '' : posix.normalize(path);
	if (path === '.' || path === './') path = '';
	if (path.startsWith('../') || path === '..') throw new Error(`URL hors du paquet : « ${MARKER}${target} »`);
	if (isFolder && path !== '' && !path.endsWith('/')) path += '/';
	if (isFolder && !folder) path += 'index.html';
	if (!isFolder && folder) throw new Error(`« ${MARKER}${target} » devait être un dossier`);

	const fromDir = fromFile.split('/').slice(0, -1);
	const parts = path.split('/');
	const name = parts.pop() ?? '';
	let common = 0;
	while (common < fromDir.length && common < parts.length && fromDir[common] === parts[common]) common++;
	const up = '../'.repeat(fromDir.length - common);
	const down = parts.slice(common).map((p) => `${p}/`).join('');
	const relative = `${up}${down}${name}`;
	return `${relative === '' ? './' : relative}${suffix}`;
}

/**
 * One URL as found in a page of the package build: a marker URL becomes relative to `fromFile`;
 * external URLs (`https:`, `mailto:`…), in-page anchors and URLs that are already relative are
 * left alone. A root-absolute URL without the marker would break in an LMS: it is refused.
 */
export function rewriteUrl(url, fromFile, options = {}) {
	if (url.startsWith(MARKER)) return relativeUrl(fromFile, url.slice(MARKER.length), options);
	if (url === MARKER.slice(0, -1)) return relativeUrl(fromFile, '', options);
	if (url.startsWith('//') || SCHEME.test(url)) return url;
	if (url.startsWith('/')) throw new Error(`${fromFile} : URL absolue hors du paquet « ${url} »`);
	return url;
}

// A marker URL in HTML, CSS or JSON text: it ends at a quote, a space, a bracket, a backslash, or
// an HTML entity other than &amp; (props JSON sits in attributes as &quot;…&quot;).
const MARKED = /\/__paquet__\/(?:[^\s"'<>()\\`&]|&amp;)*/g;
// An attribute holding a prefix that a script completes at run time (data-projection-base…).
const BASE_ATTRIBUTE = /(\sdata-[\w-]*-base=")(\/__paquet__\/[^"]*)"/g;

/** Every marker URL of an HTML page, relative to the page; `data-…-base` prefixes stay folders. */
export function rewriteHtml(html, file) {
	return html
		// href('projection/') names a file in the package build (PUBLIC_FILE_LINKS): a prefix is its folder.
		.replace(BASE_ATTRIBUTE, (_, start, url) => `${start}${rewriteUrl(url.replace(/\/index\.html$/, '/'), file, { folder: true })}"`)
		.replace(MARKED, (url) => rewriteUrl(url, file));
}

/** Every marker URL of a stylesheet (fonts, images), relative to the stylesheet. */
export function rewriteCss(css, file) {
	return css.replace(MARKED, (url) => rewriteUrl(url, file));
}

/**
 * A JavaScript module: the base as a string literal (what `import.meta.env.BASE_URL` compiles
 * to, in `href()` and Vite's preload helper) becomes the package root computed at run time from
 * the module's own address. A relative string would be resolved against the page, whose depth
 * varies; `.pathname` keeps `${location.origin}${href(…)}` working. Any other use of the marker
 * is refused rather than guessed.
 */
export function rewriteJs(js, file) {
	const root = relativeUrl(file, '', { folder: true });
	// In parentheses: minified code glues a literal to a keyword (return`/base/`+e).
	const out = js.replace(/([`"'])\/__paquet__\/\1/g, () => `(new URL(${JSON.stringify(root)},import.meta.url).pathname)`);
	if (out.includes(MARKER)) throw new Error(`${file} : URL du paquet non réécrite (seule la base seule est prise en charge dans un script)`);
	return out;
}

/**
 * A data file fetched by pages: its URLs end up in links of the page that fetched it, so they are
 * made relative to that page, not to the file. `consumer` is one such page (all the pages that
 * show these URLs must sit at the same depth: the table in scripts/package.mjs says which).
 */
export function rewriteData(text, consumer) {
	return text.replace(MARKED, (url) => rewriteUrl(url, consumer));
}
