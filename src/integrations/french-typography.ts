import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlTypographyOffences, typesetHtml } from '../lib/html-typography';

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
	return nested.flat();
}

/**
 * After the build, typesets the text of every page in French (src/lib/html-typography.ts): the
 * templates' own words, the lessons and the data all pass through here. Islands re-render on the
 * client from their props and their source: content data is typeset when it loads
 * (src/content.config.ts) and the widgets' words are written with their no-break spaces.
 */
export function frenchTypographyPass(): AstroIntegration {
	return {
		name: 'french-typography',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = (await walk(fileURLToPath(dir))).filter((f) => f.endsWith('.html'));
				let fixed = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf-8');
					fixed += htmlTypographyOffences(html).length;
					const typeset = typesetHtml(html);
					if (typeset !== html) await writeFile(file, typeset);
				}
				logger.info(`${files.length} pages : ${fixed} espaces typographiques posées.`);
			},
		},
	};
}
