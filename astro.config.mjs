// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { courseChecks } from './src/integrations/course-checks.ts';
import { frenchTypographyPass } from './src/integrations/french-typography.ts';
import { remarkFirstTerm } from './src/integrations/remark-first-term.ts';
import { testFixtures } from './src/integrations/test-fixtures.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf-8'));

// BASE_PATH lets the same build run from a sub-folder (« /formation/chorus/ »).
export default defineConfig({
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// MDX runs through Sätteri (Astro's default processor), plus the plugin that gives the first
	// <Terme> of each glossary id in a lesson its toggletip.
	integrations: [mdx({ processor: satteri({ mdastPlugins: [remarkFirstTerm] }) }), preact(), frenchTypographyPass(), courseChecks(), testFixtures()],
	devToolbar: { enabled: false },
	// A strict Content-Security-Policy, as a <meta> in every page: Astro hashes each script and
	// style it emits. 'wasm-unsafe-eval' is for Pagefind's WebAssembly search; the QR codes are
	// inline SVG, so images need no data: URLs.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	vite: {
		define: { __COURSE_VERSION__: JSON.stringify(pkg.version) },
		// Astro inlines small scripts below this size: 0 keeps every script a file of its own.
		build: {
			assetsInlineLimit: 0,
			// COURSE_SOURCEMAP=1: source maps, to see what a page's chunks are made of.
			sourcemap: process.env.COURSE_SOURCEMAP === '1',
			rollupOptions: {
				output: {
					// The files the pages share. Left to itself, the bundler cuts them into as many small
					// files as there are patterns of pages sharing them, each with its own request and
					// compression. Each group takes what it matches and, recursively, what that imports,
					// unless a group of higher priority took it first: so the order below keeps Preact out
					// of the store's file and the store out of every page's own script.
					codeSplitting: {
						groups: [
							// Every page's own script (src/scripts/page.ts) with what it needs, the course's
							// constants and the bundler's helper for loading on demand among them: a text page
							// loads this file and nothing else.
							{ name: 'page', priority: 40, test: /\/src\/(config|scripts\/(page|notices|storage-check|search-dialog|search-failed|offline\/\w+)|lib\/print-details)\.ts$|preload-helper/ },
							// The progress store, without Preact: the home page's badges use it alone.
							{ name: 'progress-store', priority: 30, test: /node_modules\/nanostores\/|\/src\/(stores\/(session|progress)|lib\/(storage|progress-(model|backend|load)|counting))\.ts$/ },
							// Preact and Astro's renderer for it, with the two helpers islands of every kind use
							// (answers typed before hydration adopted, French number and date formats).
							{
								name: 'runtime',
								priority: 20,
								test: /node_modules\/(preact\/(dist|hooks|jsx-runtime)|@nanostores\/preact|@astrojs\/preact\/dist)\/|\/src\/(widgets\/kit\/adopt-inputs|lib\/format)\.ts$/,
							},
						],
					},
				},
			},
		},
	},
});
