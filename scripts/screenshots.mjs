// `npm run screenshots [-- page …]`: screenshots of the built site (dist/) as people see it —
// 1280×800 (laptop), 390×844 (phone), 1920×1080 (projection) — and a PDF of each page as printed,
// into test-results/screenshots/. Pages default to the course map, « Mon parcours » and every
// lesson. Run `npm run build` first.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { SHOWN_ISLANDS } from './page-js.mjs';
import { serveDist } from './serve-dist.mjs';

const VIEWPORTS = [
	{ name: 'portable', width: 1280, height: 800 },
	{ name: 'telephone', width: 390, height: 844 },
	{ name: 'projection', width: 1920, height: 1080 },
];

const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	console.error('dist/index.html introuvable : lancez « npm run build » d’abord.');
	process.exit(1);
}
const lessons = (await import('node:fs')).readdirSync(resolve(dist, 'lecons')).map((id) => `lecons/${id}/`);
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'parcours/', ...lessons];
const out = resolve('test-results/screenshots');
mkdirSync(out, { recursive: true });

const server = await serveDist(dist);
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const slug = (path) => path.replace(/\/$/, '').replace(/[^a-z0-9-]+/gi, '_') || 'plan-du-cours';
for (const path of pages) {
	for (const v of VIEWPORTS) {
		const context = await browser.newContext({ viewport: { width: v.width, height: v.height }, locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto(`${server.url}/${path}`);
		// Islands below the fold hydrate when seen: scroll through so the page is shown complete.
		for (const island of await page.locator(SHOWN_ISLANDS).all()) await island.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollTo(0, 0));
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		await page.screenshot({ path: `${out}/${slug(path)}-${v.name}.png`, fullPage: v.name !== 'projection' });
		console.log(`${slug(path)} ${v.name} : ${height} px de haut`);
		if (v.name === 'portable') {
			await page.emulateMedia({ media: 'print' });
			await page.pdf({ path: `${out}/${slug(path)}.pdf`, format: 'A4', printBackground: true });
		}
		await context.close();
	}
}
await browser.close();
await server.close();
console.log(`Captures dans ${out}`);
