import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check';
import { checkedFacts, restatementProblems, type FactRecord } from '../lib/fact-restatements';
import { quizTermProblems } from '../lib/quiz-terms';

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
	return nested.flat();
}

/** The facts of content/facts, read as files: content collections are not available here. */
async function readFacts(root: string): Promise<FactRecord[]> {
	const dir = join(root, 'content', 'facts');
	const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
	const lists = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf-8')) as FactRecord[]));
	return lists.flat();
}

/**
 * After the build, fails on a broken internal link or anchor, or an inline event handler; and on
 * a likely or unsure fact restated as certain: one of its phrasings in a page's text outside an
 * element that shows it with its note (data-fact-note); and on a glossary term (link or toggletip)
 * inside a quiz's questions, options or feedback, or a toggletip id given twice in a page.
 */
export function courseChecks(): AstroIntegration {
	let base = '/';
	let projectRoot = '';
	return {
		name: 'course-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const all = (await walk(root)).map((f) => `/${relative(root, f).split(sep).join('/')}`);
				const pages: BuiltPage[] = [];
				for (const file of all.filter((f) => f.endsWith('.html'))) {
					const path = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
					pages.push({ path, html: await readFile(join(root, file), 'utf-8') });
				}
				const problems = findBrokenLinks(pages, new Set(all), base);
				if (problems.length > 0) {
					throw new Error(`Liens internes cassés (${problems.length}) :\n- ${problems.join('\n- ')}`);
				}
				logger.info(`${pages.length} pages : aucun lien interne cassé.`);
				const facts = checkedFacts(await readFacts(projectRoot));
				const restated = restatementProblems(pages, facts);
				if (restated.length > 0) {
					throw new Error(`Faits likely ou unsure reformulés comme certains, hors d’un affichage qui porte leur note (${restated.length}) :\n- ${restated.join('\n- ')}`);
				}
				logger.info(`${facts.length} faits likely ou unsure : aucune reformulation sans sa note.`);
				const quizTerms = quizTermProblems(pages);
				if (quizTerms.length > 0) {
					throw new Error(`Termes du glossaire dans un quiz (${quizTerms.length}) :\n- ${quizTerms.join('\n- ')}`);
				}
				logger.info('Quiz : aucun terme du glossaire ni infobulle dans les questions, options et corrections.');
			},
		},
	};
}
