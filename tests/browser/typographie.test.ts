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
		expect(offences.slice(0, 80), `${offences.length} endroits`).toEqual([]);
	});

	test('every page once its widgets have hydrated, and every exercise’s solution shown: zero offences', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const offences: string[] = [];
		const count = async (where: string) =>
			offences.push(...htmlTypographyOffences(await page.evaluate(() => document.body.outerHTML)).map((o) => `${where} : « ${o} »`));
		for (const path of builtPages()) {
			await page.goto(site(path));
			await hydrated(page);
			await count(path);
			// The feedback a widget composes at run time: « Voir la solution » fills every answer
			// and shows each explanation, verdict and score line.
			const solutions = page.getByRole('button', { name: /^Voir la solution/ });
			const n = await solutions.count();
			for (let i = 0; i < n; i += 1) {
				// A solution button of a step not reached yet, or of a slide not shown, stays hidden.
				const button = solutions.nth(i);
				if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
			}
			if (n > 0) await count(`${path} (solutions)`);
		}
		expect(offences.slice(0, 40), `${offences.length} endroits`).toEqual([]);
		await context.close();
	}, 600_000);
});
