/**
 * The one way to build an internal URL. Every link of the site goes through `href`, so the
 * course works from a sub-folder (Astro's `base`) and can later switch to relative links for
 * an LMS package by changing this file only.
 */
export function joinBase(base: string, path: string, fileLinks = false): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	const [pathPart, hash] = path.split('#', 2) as [string, string | undefined];
	let clean = pathPart.replace(/^\/+/, '');
	// Pages are folders (trailingSlash: 'always'); files such as notes.json keep their name.
	if (clean !== '' && !clean.endsWith('/') && !/\.[a-z0-9]+$/i.test(clean)) clean += '/';
	// An LMS serves files, not folders: in a package a page is named by its index.html.
	if (fileLinks && (clean === '' || clean.endsWith('/'))) clean += 'index.html';
	return `${cleanBase}${clean}${hash !== undefined ? `#${hash}` : ''}`;
}

/**
 * Set by `npm run package` (scripts/package.mjs) only. The package script makes every URL of the
 * built files relative afterwards; this mode covers what it cannot rewrite: URLs a widget
 * computes in the browser, which must name files too.
 */
const FILE_LINKS = import.meta.env.PUBLIC_FILE_LINKS === '1';

/** Internal URL for a path of the site (« lecons/01-x#anchor », « parcours »). */
export function href(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path, FILE_LINKS);
}

/** URL of a lesson, optionally of one of its sections. */
export function lessonHref(lessonId: string, section?: string): string {
	return href(`lecons/${lessonId}/${section ? `#${section}` : ''}`);
}

/**
 * URL of a lesson projected as slides (trainer mode). A section id as anchor opens the first
 * slide of that section; the projection then keeps its place as « #diapo-N ».
 */
export function projectionHref(lessonId: string, section?: string): string {
	return href(`projection/${lessonId}/${section ? `#${section}` : ''}`);
}

/** URL of the presenter view of a lesson: the only page that holds the trainer notes. */
export function presenterHref(lessonId: string, section?: string): string {
	return href(`presentateur/${lessonId}/${section ? `#${section}` : ''}`);
}

/** URL of the trainer's page: the day's agenda and the projection links. */
export function trainerHref(): string {
	return href('formateur');
}
