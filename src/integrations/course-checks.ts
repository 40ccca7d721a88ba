import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check';

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
	return nested.flat();
}

/** After the build, fails on a broken internal link or anchor, or an inline event handler. */
export function courseChecks(): AstroIntegration {
	let base = '/';
	return {
		name: 'course-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
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
			},
		},
	};
}
