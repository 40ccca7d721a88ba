import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { press } from './drive';
import { typeIn } from './drive-s2';
import { hydrated, launch, newContext, site } from './harness';

const UID = 'calendrier-reforme';
const scope = `[data-exercise="${UID}"]`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the reform timeline, with the keyboard, on a fixed « today » (28 November 2026)', () => {
	test.each([
		// 277 days from 28 November 2026 to 1 September 2027: 3 days to 1 December, then 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31.
		['a micro-enterprise', '3', '180 000', '95 000', 'Micro-entreprise', /Émettre des factures électroniques — ⏳ dans 277 jours \(le 1er septembre 2027\)/],
		['an ETI just under the large-company headcount', '4 999', '1 200 000 000', '900 000 000', 'ETI', /Émettre des factures électroniques — ✓ en vigueur depuis le 1er septembre 2026/],
		['a large company', '12 000', '4 000 000 000', '3 500 000 000', 'Grande entreprise', /Émettre des factures électroniques — ✓ en vigueur depuis le 1er septembre 2026/],
	])('%s: category, reception in force, emission date', async (_name, headcount, turnover, balance, category, emission) => {
		const context = await newContext(browser);
		const page = await context.newPage();
		// The learner's page follows the device's date (the trainer's date control is in the projection only).
		await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
		await page.goto(site('lecons/15-reforme-b2b/'));
		await hydrated(page);
		expect(await page.locator(`#${UID}-date-du-jour`).count()).toBe(0);

		await typeIn(page, `#${UID}-effectif`, headcount);
		await typeIn(page, `#${UID}-ca`, turnover);
		await typeIn(page, `#${UID}-bilan`, balance);
		await press(page, scope, 'Déterminer');

		const heading = page.locator(`#${UID}-categorie-titre`);
		await heading.waitFor();
		expect((await heading.textContent())?.replace(/\s+/g, ' ')).toMatch(new RegExp(`^Catégorie : ${category}`, 'i'));
		const timeline = ((await page.locator(`${scope} .reform-timeline-list`).textContent()) ?? '').replace(/[\u00a0\u202f\s]+/g, ' ');
		expect(timeline).toContain('Recevoir des factures électroniques — ✓ en vigueur depuis le 1er septembre 2026');
		expect(timeline).toMatch(emission);
		expect(timeline).toContain('Aujourd’hui, 28 novembre 2026 : vous êtes ici');
		await context.close();
	}, 120_000);
});
