import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, hydrated, launch, site } from './harness';

/**
 * Widgets use wide screens (issue 16, part): lesson 8's invoice form keeps the case's documents
 * beside it at 1280 px, however far down the form the learner is, while the lesson's text keeps
 * its reading column; on a phone the documents stay above the form, nothing off screen.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The box of `selector` inside what `locator` finds (or of the element itself). */
const box = (locator: Locator, selector?: string) =>
	locator.evaluate((el, s) => {
		const r = ((s ? el.querySelector(s) : null) ?? el).getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
	}, selector ?? null);

describe('lesson 8’s invoice form on a wide screen', () => {
	test('at 1280 px the documents stay beside the form while the learner fills in the amounts, and the text column stays narrow', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site('lecons/08-champs-a-remplir/'));
		await hydrated(page);
		const exercise = page.locator('.invoice-exercise');
		const amount = exercise.getByLabel(/^Montant TTC/);
		await amount.scrollIntoViewIfNeeded();
		await amount.focus();
		const docs = await box(exercise, '.documents');
		const field = await box(amount, 'input');
		// Beside, not above: the documents are left of the field and on screen with it.
		expect(docs.right).toBeLessThanOrEqual(field.left);
		expect(docs.top).toBeGreaterThanOrEqual(0);
		expect(docs.top).toBeLessThan(800);
		expect(field.bottom).toBeLessThanOrEqual(800);
		// The exercise is wider than the lesson's reading column, which stays about 70 characters.
		const column = await box(page.locator('.lesson-body > .lesson-section > p').first(), 'p');
		const widget = await box(exercise, '.invoice-exercise');
		expect(widget.width).toBeGreaterThan(column.width + 200);
		const chars = await page.locator('.lesson-body > .lesson-section > p').first().evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
		expect(chars).toBeLessThan(50); // 50 em ≈ 90–100 characters at most: a reading column
		// The documents' own scroll box is reachable by keyboard, and the widget is axe clean.
		expect(await exercise.locator('.documents').getAttribute('tabindex')).toBe('0');
		expect(await axeViolations(page, '.invoice-exercise')).toEqual([]);
		await context.close();
	});

	test('at 390 px the documents are above the form and nothing of the exercise goes beyond the right edge', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site('lecons/08-champs-a-remplir/'));
		await hydrated(page);
		const exercise = page.locator('.invoice-exercise');
		const docs = await box(exercise, '.documents');
		const form = await box(exercise, '.invoice-form');
		expect(docs.bottom).toBeLessThanOrEqual(form.top);
		const beyond = await exercise.evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-wrap')).length);
		expect(beyond).toBe(0);
		await context.close();
	});
});

describe('long choices in closed lists', () => {
	test('lesson 11: a long choice, cut in its closed list, is written out whole under it; a short one is not repeated', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site('lecons/11-factures-retournees/'));
		await hydrated(page);
		const select = page.locator('.rejection-field select').first();
		const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
		const long = options.filter((o) => o.value).sort((a, b) => b.text.length - a.text.length)[0]!;
		expect(long.text.length).toBeGreaterThan(40);
		await select.selectOption(long.value);
		const field = select.locator('xpath=..');
		await expect.poll(() => field.locator('.choice-full').textContent()).toBe(long.text);
		const short = options.filter((o) => o.value && o.text.length <= 40)[0];
		if (short) {
			await select.selectOption(short.value);
			await expect.poll(() => field.locator('.choice-full').count()).toBe(0);
		}
		await context.close();
	});
});
