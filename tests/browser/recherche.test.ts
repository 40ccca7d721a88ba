import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAILED_MESSAGE, resultsMessage } from '../../src/scripts/search-results';
import { reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site } from './harness';

/**
 * Search (issue 17): the header's « Rechercher » opens a dialog, by keyboard; « code service »
 * typed there leads from the glossary to a section of lesson 8; nothing of the search (its panel's
 * code, Pagefind, the index) loads before the learner opens it.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const LESSON_8 = 'lecons/08-champs-a-remplir/';
const status = (page: Page) => page.locator('#recherche [role="status"]');
const dialogOpen = (page: Page) => page.locator('#recherche').evaluate((d) => (d as HTMLDialogElement).open);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.className);

/** A page as a learner reads it, every request made from its loading on recorded (path only). */
async function open(path: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
	const context = await newContext(browser, width);
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto(site(path));
	await hydrated(page);
	return { page, requests };
}

/** Tab to « Rechercher » in the header and press Enter: the dialog opens, focus in its field. */
async function openSearch(page: Page): Promise<void> {
	await reach(page, `el.matches('.site-header .search-button')`);
	expect((await page.evaluate(() => document.activeElement?.textContent))?.trim()).toBe('Rechercher');
	await page.keyboard.press('Enter');
	await expect.poll(() => focusedId(page)).toBe('recherche-champ');
	expect(await dialogOpen(page)).toBe(true);
}

async function searchFor(page: Page, words: string): Promise<void> {
	await page.keyboard.type(words);
	await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/résultat/);
}

describe('the search', () => {
	test('from the glossary, by keyboard: « code service » leads to a section of lesson 8, its heading on screen', async () => {
		const { page, requests } = await open('glossaire/');

		await openSearch(page);
		await searchFor(page, 'code service');

		const announced = (await status(page).textContent()) ?? '';
		const count = await page.locator('#recherche .search-result').count();
		expect(announced).toMatch(/^\d+ résultats pour «\u00a0code service\u00a0»$/);
		expect(count).toBeGreaterThan(1);
		// The list shows the first ten pages found; the live region counts them all.
		expect(announced).toBe(resultsMessage(Number(announced.split(' ')[0]), 'code service'));
		expect(await page.locator('#recherche .search-result-glossaire a').allTextContents()).toContain('Glossaire\u00a0: Service (code service)');
		// Lesson 8 is listed by its title, with links to its sections.
		const lesson = page.locator('#recherche .search-result-lecon', { has: page.locator('a[href*="/lecons/08-champs-a-remplir/#"]') });
		expect(await lesson.locator('.search-lesson').textContent()).toMatch(/^Identifier les champs à remplir/);
		expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
		// Written by a script, yet typeset: no plain space before « : ; ! ? » nor inside « ».
		expect(await page.locator('#recherche .search-results').textContent()).not.toMatch(/ [:;!?»]|« /);

		// Focus stays in the field while results come; Tab reaches a lesson 8 section, Enter follows it.
		expect(await focusedId(page)).toBe('recherche-champ');
		await reach(page, `el.matches('#recherche a[href*="/lecons/08-champs-a-remplir/#"]')`);
		const link = await page.evaluate(() => ({ text: document.activeElement!.textContent!, href: (document.activeElement as HTMLAnchorElement).href }));
		await Promise.all([page.waitForURL(`**/${LESSON_8}#*`), page.keyboard.press('Enter')]);

		const hash = new URL(link.href).hash;
		expect(await page.evaluate(() => location.hash)).toBe(hash);
		const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
		expect(await heading.evaluate((h) => h.tagName)).toMatch(/^H[2-6]$/);
		expect((await heading.textContent())?.trim()).toBe(link.text.trim());
		await expect.poll(() => heading.evaluate((h) => {
			const box = h.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= window.innerHeight;
		})).toBe(true);
		await page.context().close();
	});

	test('nothing under /pagefind/, nor the panel’s code, is requested before the button is used', async () => {
		const { page, requests } = await open(LESSON_8);
		// A learner reads: the page scrolled to its end, every island shown has hydrated.
		await page.keyboard.press('End');
		await page.waitForLoadState('networkidle');

		expect(requests.length).toBeGreaterThan(5);
		expect(requests.filter((p) => p.includes('/pagefind/') || p.includes('SearchPanel'))).toEqual([]);

		await openSearch(page);
		await expect.poll(() => requests.filter((p) => p.startsWith('/pagefind/pagefind'))).toContain('/pagefind/pagefind.js');
		expect(requests.some((p) => p.includes('SearchPanel'))).toBe(true);
		await page.context().close();
	});

	test('the dialog with its results has zero axe violations; Escape closes it and gives the focus back to the button', async () => {
		const { page } = await open('glossaire/');
		await openSearch(page);
		await searchFor(page, 'code service');

		expect(await axeViolations(page)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect.poll(() => dialogOpen(page)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-button');
		// Opened again: the words and the results are still there; « Fermer » closes it too.
		await page.keyboard.press('Enter');
		await expect.poll(() => dialogOpen(page)).toBe(true);
		expect(await page.locator('#recherche-champ').inputValue()).toBe('code service');
		await reach(page, `el.matches('#recherche .search-head button')`);
		await page.keyboard.press('Enter');
		await expect.poll(() => dialogOpen(page)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-button');
		await page.context().close();
	});

	test('« Afficher 10 résultats de plus » lists the next ones and takes the focus to the first of them', async () => {
		const { page } = await open('glossaire/');
		await openSearch(page);
		await searchFor(page, 'facture');
		const total = Number((await status(page).textContent())?.split(' ')[0]);
		expect(total).toBeGreaterThan(10);
		expect(await page.locator('#recherche .search-result').count()).toBe(10);

		await reach(page, `el.matches('#recherche .search-more')`);
		await page.keyboard.press('Enter');

		await expect.poll(() => page.locator('#recherche .search-result').count()).toBe(Math.min(total, 20));
		// The focus moves in an effect, after the added results are painted: waited for, not read at once.
		await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('#recherche .search-result')].indexOf(document.activeElement!.closest('.search-result')!))).toBe(10);
		await page.context().close();
	});

	test('says so in French when nothing is found, and when the search cannot load', async () => {
		const { page } = await open('glossaire/');
		await openSearch(page);
		await searchFor(page, 'xylophone');
		expect(await status(page).textContent()).toBe(resultsMessage(0, 'xylophone'));
		expect(await page.locator('#recherche .search-result').count()).toBe(0);
		await page.context().close();

		const offline = await open('glossaire/');
		await offline.page.route('**/pagefind/**', (route) => route.abort());
		await openSearch(offline.page);
		await expect.poll(() => status(offline.page).textContent()).toBe(FAILED_MESSAGE);
		await offline.page.keyboard.type('code');
		await expect.poll(() => status(offline.page).textContent()).toBe(FAILED_MESSAGE);
		await offline.page.context().close();
	});

	test.each([390, 1920])('at %i px the button is in the header and the dialog fits the screen', async (width) => {
		const { page } = await open(LESSON_8, width);
		const button = await page.locator('.site-header .search-button').boundingBox();
		expect(button?.width).toBeGreaterThan(0);
		await openSearch(page);
		await searchFor(page, 'intérêts moratoires');

		const box = (await page.locator('#recherche').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		expect(await page.evaluate(() => document.querySelector('#recherche')!.scrollWidth <= document.querySelector('#recherche')!.clientWidth)).toBe(true);
		await page.context().close();
	});
});
