import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Test builds only (COURSE_TEST_FIXTURES=1, set by `npm run build:test`): each page of
 * src/test-fixtures/ is built as /essai/<name>/, for the browser tests that need a page the
 * course must never have, such as a planted inline script that the CSP must block, or an island
 * too heavy for its budget. A site built with `npm run build` has none of them.
 */
export function testFixtures(): AstroIntegration {
	return {
		name: 'test-fixtures',
		hooks: {
			'astro:config:setup': ({ injectRoute, logger }) => {
				if (process.env.COURSE_TEST_FIXTURES !== '1') return;
				const dir = new URL('../test-fixtures/', import.meta.url);
				const pages = readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith('.astro'));
				for (const file of pages) {
					injectRoute({ pattern: `/essai/${file.replace(/\.astro$/, '')}`, entrypoint: new URL(file, dir) });
				}
				logger.info(`${pages.length} page(s) d’essai ajoutées sous /essai/ (construction de test).`);
			},
		},
	};
}
