/**
 * What the search dialog shows of a Pagefind result (src/components/search/SearchPanel.tsx): a
 * glossary term, or a lesson with its best sections, each with the address it links to. The words
 * are typeset here (no-break spaces): the build's typography pass never sees what a script writes,
 * and Pagefind's titles and excerpts come with plain spaces where the pages had no-break ones.
 */
import { typesetHtml } from '../lib/html-typography';
import { frenchTypography } from '../lib/typography';

/** The part of a Pagefind sub-result this module reads: a section of a page (or its start). */
export interface PagefindSubResult {
	title: string;
	/** « /lecons/x/#section-titre » under the site's base: Pagefind adds `baseUrl` to the index's URL. */
	url: string;
	/** Text with the matched words in `<mark>`, HTML-escaped by Pagefind. */
	excerpt: string;
	weighted_locations?: { balanced_score: number }[];
	locations?: number[];
}

/** The part of `await result.data()` this module reads. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** `type` is « glossaire » for a term (scripts/search-index.mjs). */
	meta: { title?: string; type?: string };
	sub_results?: PagefindSubResult[];
}

/** One link of a result: the section's title, where it leads, the excerpt around the words. */
export interface SearchLink {
	label: string;
	href: string;
	excerpt: string;
}

/** A result as the dialog lists it. */
export interface SearchResultView {
	kind: 'lecon' | 'glossaire';
	/** « Glossaire : terme », or the lesson's title. */
	title: string;
	links: SearchLink[];
}

/** How many sections of one lesson are listed: the best ones, shown in the lesson's order. */
export const SECTIONS_PER_LESSON = 3;

/** What the dialog says when Pagefind (its script or its index) could not be loaded. */
export { FAILED_MESSAGE } from './search-failed';

const NBSP = '\u00a0';

/** « 3 résultats pour « code service » », « 1 résultat… », « Aucun résultat… ». */
export function resultsMessage(count: number, query: string): string {
	const quoted = `«${NBSP}${query}${NBSP}»`;
	if (count === 0) return `Aucun résultat pour ${quoted}. Essayez un autre mot, ou moins de mots.`;
	return `${count} résultat${count > 1 ? 's' : ''} pour ${quoted}`;
}

function score(sub: PagefindSubResult): number {
	return sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations?.length ?? 0;
}

/** The sections of a lesson worth listing: the best scored, back in the lesson's order. */
export function bestSections(data: PagefindResultData): PagefindSubResult[] {
	const subs = data.sub_results?.length ? data.sub_results : [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt }];
	const best = [...subs].sort((a, b) => score(b) - score(a)).slice(0, SECTIONS_PER_LESSON);
	return subs.filter((s) => best.includes(s));
}

/** A Pagefind result as the dialog lists it. */
export function toResultView(data: PagefindResultData): SearchResultView {
	const title = frenchTypography(data.meta.title ?? '');
	if (data.meta.type === 'glossaire') {
		const label = `Glossaire${NBSP}: ${title}`;
		return { kind: 'glossaire', title: label, links: [{ label, href: data.url, excerpt: typesetHtml(data.sub_results?.[0]?.excerpt ?? data.excerpt) }] };
	}
	const links = bestSections(data).map((s) => ({
		// The text before the lesson's first heading is its introduction: the link names the lesson.
		label: s.url.includes('#') ? frenchTypography(s.title) : 'Début de la leçon',
		href: s.url,
		excerpt: typesetHtml(s.excerpt),
	}));
	return { kind: 'lecon', title, links };
}
