import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlTypographyOffences } from '../../src/lib/html-typography';
import { builtHtml, builtPages, hydrated, launch, newContext, site } from './harness';

/**
 * French typography (issue 17): no « : ; ! ? » after a breakable space or none, no breakable
 * space inside « », no number apart from its unit, in the built HTML and in the widgets once
 * they have hydrated (their words come from their props and their source, not the HTML pass).
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('French typography', () => {
	test('the built HTML of every page: zero offences', () => {
		const offences = builtPages().flatMap((p) => htmlTypographyOffences(builtHtml(p)).map((o) => `${p} : « ${o} »`));
		expect(offences.slice(0, 20), `${offences.length} endroits`).toEqual([]);
	});

	test('every lesson, the course map and « Mon parcours » once their widgets have hydrated: zero offences', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const pages = ['', 'parcours/', ...builtPages().filter((p) => /^lecons\/\d\d-/.test(p))];
		const offences: string[] = [];
		for (const path of pages) {
			await page.goto(site(path));
			await hydrated(page);
			offences.push(...htmlTypographyOffences(await page.evaluate(() => document.body.outerHTML)).map((o) => `${path} : « ${o} »`));
		}
		expect(offences.slice(0, 20), `${offences.length} endroits`).toEqual([]);
		await context.close();
	});
});
