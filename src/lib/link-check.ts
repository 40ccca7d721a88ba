/** A built HTML page: its URL path (« /lecons/x/ ») and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

const HREF = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const INLINE_HANDLER = /<[a-z][^>]*\son[a-z]+\s*=/i;

function decode(s: string): string {
	return s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Ids of the elements of a page (anchor targets). */
export function pageIds(html: string): Set<string> {
	return new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? '')));
}

/**
 * Finds internal links and anchors that lead nowhere, and inline event handlers (a strict
 * Content-Security-Policy will forbid them). `files` lists the other built files (json, svg…).
 */
export function findBrokenLinks(pages: BuiltPage[], files: Set<string>, base = '/'): string[] {
	const byPath = new Map(pages.map((p) => [p.path, pageIds(p.html)]));
	const problems: string[] = [];
	for (const page of pages) {
		if (INLINE_HANDLER.test(page.html)) problems.push(`${page.path} : attribut on…= (gestionnaire d'événement en ligne)`);
		for (const match of page.html.matchAll(HREF)) {
			const raw = decode(match[1] ?? '');
			if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
			const url = new URL(raw, `http://site${base}${page.path.slice(1)}`);
			let path: string;
			let anchor: string;
			try {
				path = decodeURIComponent(url.pathname);
				anchor = decodeURIComponent(url.hash.slice(1));
			} catch {
				problems.push(`${page.path} : lien mal encodé « ${raw} »`);
				continue;
			}
			if (!path.startsWith(base)) {
				problems.push(`${page.path} : lien « ${raw} » hors du dossier du site (${base})`);
				continue;
			}
			path = `/${path.slice(base.length)}`;
			const ids = byPath.get(path);
			if (!ids) {
				if (!files.has(path)) problems.push(`${page.path} : lien cassé « ${raw} » (aucune page ${path})`);
				continue;
			}
			if (anchor && !ids.has(anchor)) problems.push(`${page.path} : ancre absente « ${raw} » (pas d'id="${anchor}" dans ${path})`);
		}
	}
	return problems;
}
