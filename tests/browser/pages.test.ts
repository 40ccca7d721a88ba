import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstSingleQuestion, LESSON } from './bank';
import { axeViolations, builtHtml, builtPages, cspViolations, hydrated, launch, newContext, recordCspViolations, site } from './harness';
import { budgetFor } from '../../scripts/page-js.mjs';
import { trainerNoteMarkers } from './notes';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const axe = (page: Page) => axeViolations(page);

describe('every built page', () => {
	test('the build has the pages a learner needs', () => {
		expect(pages).toEqual(
			expect.arrayContaining(['', `lecons/${LESSON}/`, 'parcours/', 'glossaire/', 'accessibilite/', 'confidentialite/', '404.html'])
		);
	});

	// One visit per page for all four checks (each visit of the 62 pages costs about a minute and a
	// half): the strict Content-Security-Policy (csp.test.ts) is broken nowhere once every island
	// shown has hydrated, axe finds nothing, nothing is asked of another host, and the page then
	// reflows into 320 px, as it does for a learner who zooms to 400 % (WCAG 1.4.10).
	test.each(pages)('« %s » has zero axe violations (WCAG 2.2 A/AA), breaks no CSP rule, asks nothing outside 127.0.0.1 and fits 320 px without horizontal scrolling', async (path) => {
		const context = await newContext(browser);
		await recordCspViolations(context);
		const requests: string[] = [];
		context.on('request', (r) => requests.push(r.url()));
		const page = await context.newPage();
		await page.goto(site(path));
		await hydrated(page);
		await page.waitForLoadState('networkidle');

		expect(await cspViolations(page)).toEqual([]);
		expect(await axe(page)).toEqual([]);

		await page.setViewportSize({ width: 320, height: 900 });
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'défilement horizontal à 320 px').toBeLessThanOrEqual(0);

		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
		await context.close();
	});
});

describe('lesson page with feedback shown', () => {
	test('has zero axe violations after a wrong answer, a revealed solution and a blocked check', async () => {
		const q = firstSingleQuestion();
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(`lecons/${LESSON}/`));
		await hydrated(page);
		const question = page.locator(`#quiz [data-question="${q.id}"]`);
		await question.getByLabel(q.wrong, { exact: true }).check();
		await question.getByRole('button', { name: 'Vérifier' }).click();
		await expect.poll(() => question.locator('.feedback-verdict').textContent()).toBe('✗ À revoir');
		const others = page.locator('#quiz fieldset.question');
		await others.nth(1).getByRole('button', { name: 'Voir la solution' }).click();
		await others.nth(2).getByRole('button', { name: 'Vérifier' }).click();

		expect(await axe(page)).toEqual([]);
		await context.close();
	});

	test('« Mon parcours » has zero axe violations with the reset confirmation and an import error shown', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site('parcours/'));
		await hydrated(page);
		await page.getByRole('button', { name: 'Réinitialiser ma progression' }).click();
		await page.locator('#import-progression').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
		await expect.poll(() => page.locator('.file-message').textContent()).toContain('n’est pas une progression');

		expect(await axe(page)).toEqual([]);
		await context.close();
	});
});

describe('trainer notes and scripts', () => {
	const markers = trainerNoteMarkers();

	test('the lessons have trainer notes to look for', () => {
		expect(markers.length).toBeGreaterThan(100);
	});

	test.each(pages.filter((p) => p.startsWith('presentateur/')))('the presenter view « %s » holds its lesson’s notes', (path) => {
		const html = builtHtml(path).replace(/\s+/g, ' ');

		expect(html).toContain('data-note');
		expect(markers.filter((m) => html.includes(m)).length).toBeGreaterThan(3);
	});

	test.each(pages.filter((p) => !p.startsWith('presentateur/')))('page « %s » contains no trainer note, not even hidden', (path) => {
		const html = builtHtml(path).replace(/\s+/g, ' ');

		for (const marker of markers) expect(html).not.toContain(marker);
		expect(html).not.toContain('NoteFormateur');
	});

	test.each(pages)('page « %s » has no inline event handler and no inline script but Astro’s own', (path) => {
		const html = builtHtml(path);

		expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
		for (const script of inline) expect(script).toMatch(/astro|Astro/);
	});
});

// Each page's weight against its budget is `npm run measure`'s, which npm test runs on this same
// build and which fails over a budget (its failure path: budgets.test.ts).
describe('JavaScript weight', () => {
	const budgeted = pages.filter((p) => budgetFor(`/${p}`));

	test('every lesson, every text page, the home page and « Mon parcours » have a budget', () => {
		expect(budgeted.filter((p) => p.startsWith('lecons/'))).toHaveLength(15);
		expect(budgeted).toEqual(expect.arrayContaining(['', 'parcours/', 'accessibilite/', 'confidentialite/', 'glossaire/', '404.html']));
	});
});
