/**
 * Pagefind's JS API (pagefind.js, written by scripts/search-index.mjs), loaded when the search
 * dialog first opens (src/components/search/SearchPanel.tsx), never before. Only the part the
 * search uses is typed here.
 */
import type { PagefindResultData } from './search-results';

/** One page found: its data (title, URL, sections, excerpts) is fetched on demand. */
export interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

/** The part of pagefind.js the search uses. */
export interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	/** Resolves to null when a later call came within `debounceMs`: that one answers. */
	debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | null = null;

/**
 * Pagefind, loaded once from the site's root (`siteRoot`, an absolute URL ending with « / »);
 * after a failure, the next call tries again.
 */
export function loadPagefind(siteRoot: string): Promise<Pagefind> {
	loading ??= (async () => {
		const pagefind: Pagefind = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot).href);
		// The index's URLs are site-relative (« /lecons/x/#section »): the root's path makes them
		// links of this site, under its base path (BASE_PATH) or inside an LMS package.
		await pagefind.options({ baseUrl: new URL(siteRoot).pathname });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}
