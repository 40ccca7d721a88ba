import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alice } from '../fixtures/organiser/group';
import { axeViolations, hydrated, launch, pdfPages, site } from './harness';

/**
 * « Mon parcours » on a phone and on paper (issue 16): below 40 rem the objective table is one
 * card per objective with nothing beyond the right edge down to 320 px; printed, it takes one or
 * two A4 pages with the learner's name, the date and the objective table, and no button.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** « Mon parcours » of a learner who has done a positioning test, two final runs and some practice. */
async function parcours(width: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'fr-FR', serviceWorkers: 'block' });
	await context.addInitScript((s) => localStorage.setItem('chorus-pro-micro-cours:progression', s), JSON.stringify({ ...alice(), learnerName: 'Alice Martin' }));
	const page = await context.newPage();
	await page.goto(site('parcours/'));
	await hydrated(page);
	return page;
}

/** Elements whose right edge is beyond the window, as « tag.class: right px ». */
const beyondRightEdge = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}`)
	);

describe('« Mon parcours » on a phone', () => {
	test.each([320, 390])('at %i px: one card per objective, each value under its column’s name, nothing beyond the right edge, axe clean', async (width) => {
		const page = await parcours(width);
		expect(await beyondRightEdge(page)).toEqual([]);
		const row = page.locator('.objectives-table tbody tr').first();
		expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
		expect(await page.locator('.objectives-table thead').evaluate((t) => t.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
		const labels = await row.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
		expect(labels.map((l) => l.replace(/ \/ ""$/, ''))).toEqual(['"Entraînement"', '"Essais"', '"Positionnement (avant)"', '"Évaluation finale (après)"']);
		// The card's values are on screen: the « après » column is read, not scrolled away.
		const apres = await row.locator('[data-context="apres"]').boundingBox();
		expect((apres?.x ?? 0) + (apres?.width ?? 0)).toBeLessThanOrEqual(width);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('at 1280 px the table keeps its columns, the objective text a third of the width', async () => {
		const page = await parcours(1280);
		expect(await page.locator('.objectives-table thead').isVisible()).toBe(true);
		const widths = await page.locator('.objectives-table thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
		const table = widths.reduce((a, b) => a + b, 0);
		expect(widths[0]! / table).toBeGreaterThan(0.3);
		// No row of the table taller than 8 lines of text.
		const tallest = Math.max(...(await page.locator('.objectives-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height))));
		expect(tallest).toBeLessThan(8 * 26);
		await page.context().close();
	});

	test('numbers stay with their unit: « 100 % », « 25 min » are joined by no-break spaces', async () => {
		const page = await parcours(390);
		const texts = await page.locator('.progress-report').evaluate((el) => el.textContent ?? '');
		expect(texts).not.toMatch(/\d (%|min\b|h\b)/);
		expect(texts).toMatch(/\d\u00a0%/);
		await page.context().close();
	});
});

describe('« Mon parcours » printed', () => {
	test('one or two A4 pages: the name, the date, the objective table, the runs and lessons; no button, no navigation, no footer', async () => {
		const page = await parcours(1280);
		await page.emulateMedia({ media: 'print' });
		const identity = page.locator('.print-identity');
		expect(await identity.isVisible()).toBe(true);
		expect(await identity.textContent()).toMatch(/^Alice Martin — imprimé le \d{1,2}(er)? \p{L}+ \d{4}$/u);
		expect(await page.locator('.objectives-table').isVisible()).toBe(true);
		for (const hidden of ['button', '.site-header nav', '.site-footer', '.file-actions', '.counting-rule']) {
			expect(await page.locator(hidden).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').length), hidden).toBe(0);
		}
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		console.log(`« Mon parcours » imprimé : ${pages} page(s) A4`);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
		await page.context().close();
	});
});
