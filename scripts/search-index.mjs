// `npm run build`, after `astro build`: the French full-text index of the course (issue 17), by
// Pagefind's Node API, written to <site>/pagefind/ — dist/ by default, or the folder given as
// argument. scripts/package.mjs indexes its own build for the LMS packages with `--file-links`:
// an LMS serves files, so there the index's URLs name them (« /lecons/x/index.html#section »).
//
// What is indexed, from the built pages (so the text is the typeset text a learner reads):
// - each lesson's article (`data-pagefind-body` in src/pages/lecons/[id].astro); its headings'
//   ids give the section results. Left out: the table of contents and the « Corrigé »
//   (`data-pagefind-ignore` in the page), and below, what is not the lesson's own text;
// - each glossary term, as a record of its own at « /glossaire/#id ».
// URLs are site-relative (« /lecons/x/#section »): in the browser, Pagefind's `baseUrl` joins
// them to the site's base path (BASE_PATH), or to the package's root (src/scripts/search-pagefind.ts).
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Parts of a lesson page that are not its own text: hidden printed forms (they repeat the
 * exercises), the line « Séquence 2 — … · Leçon 8 sur 15 », previous / next links (they name the
 * neighbouring lessons), the projection link, « Marquer comme terminée », « Revenir en haut »,
 * the objectives (the course's, shared by several lessons), the sources' titles of facts, and the
 * widgets' buttons and lists of choices (« Vérifier », « Monter », « — Choisir — »).
 */
const NOT_LESSON_TEXT = ['.printed', '.lesson-kicker', '.prev-next', '.lesson-project', '.lesson-completion', '.back-to-top', '.objectives-box', '.fact-source', 'button', 'select'];

/** Files of Pagefind's bundle that its own UIs need, never fetched by ours (about 430 KB). */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/**
 * The glossary's terms as they are built (dist/glossaire/index.html, src/pages/glossaire.astro):
 * id, term, aliases and definition of each `.glossary-entry`, its « Voir aussi » left out (it
 * names other terms). Each becomes a small HTML page for Pagefind, titled by the term, with the
 * metadata `type: glossaire` (the dialog says « Glossaire : terme »).
 */
export function glossaryEntries(html, { fileLinks = false } = {}) {
	const entries = [...html.matchAll(/<div class="glossary-entry" id="([^"]+)"><dt>(.*?)<\/dt><dd>(.*?)<\/dd><\/div>/gs)];
	return entries.map(([, id, dt, dd]) => {
		const [term, aliases = ''] = dt.split(/<span class="aliases">/);
		const definition = dd.replace(/<p class="see-also">.*?<\/p>/s, '');
		return {
			url: `/glossaire/${fileLinks ? 'index.html' : ''}#${id}`,
			content: `<html lang="fr"><body data-pagefind-body data-pagefind-meta="type:glossaire"><h1>${term}</h1><p>${aliases.replace(/<\/span>$/, '')}</p>${definition}</body></html>`,
		};
	});
}

/**
 * Indexes the built site in `site` and writes the bundle to `site`/pagefind/; with `fileLinks`,
 * the URLs end with index.html.
 */
export async function buildSearchIndex(site, { fileLinks = false } = {}) {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', excludeSelectors: NOT_LESSON_TEXT, keepIndexUrl: fileLinks });
	if (!index) throw new Error(`Index de recherche : ${errors.join(' ; ')}`);
	const lessons = await index.addDirectory({ path: site, glob: 'lecons/*/index.html' });
	if (lessons.errors.length) throw new Error(`Index de recherche : ${lessons.errors.join(' ; ')}`);
	if (lessons.page_count === 0) throw new Error(`Index de recherche : aucune leçon dans ${site}/lecons/`);

	const terms = glossaryEntries(readFileSync(join(site, 'glossaire', 'index.html'), 'utf-8'), { fileLinks });
	if (terms.length === 0) throw new Error('Index de recherche : aucun terme trouvé dans glossaire/index.html (balisage .glossary-entry changé ?)');
	for (const term of terms) {
		const added = await index.addHTMLFile(term);
		if (added.errors.length) throw new Error(`Index de recherche, ${term.url} : ${added.errors.join(' ; ')}`);
	}

	const outputPath = join(site, 'pagefind');
	rmSync(outputPath, { recursive: true, force: true });
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Index de recherche : ${written.errors.join(' ; ')}`);
	await pagefind.close();
	for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
	return { lessons: lessons.page_count, terms: terms.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const site = args.find((a) => !a.startsWith('--')) ?? 'dist';
	try {
		const { lessons, terms } = await buildSearchIndex(site, { fileLinks: args.includes('--file-links') });
		console.log(`Recherche : ${lessons} leçons et ${terms} termes du glossaire indexés dans ${site}/pagefind/.`);
	} catch (error) {
		console.error(error.message);
		await pagefind.close();
		process.exit(1);
	}
}
