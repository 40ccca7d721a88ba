import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WORKS_FIELD_LABELS } from '../../src/lib/works-deposit';
import { WorksDepositSchema } from '../../src/schemas/works-deposit';
import { press, reach } from './drive';
import { depositWorks, fillWorks, rightWorks, wrongWorks } from './drive-works-deposit';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, readContent } from './harness';

// Issue 12 §1, lesson 13: the « Factures de travaux » deposit, as a learner without a mouse
// does it — the error summary of an empty deposit, then each case done wrong (its first known
// trap) with the feedback read on screen and in the live region, then right after « Réessayer »;
// axe with the feedback shown. The lesson's JavaScript budget is npm run measure's.

const EXERCISE = 'depot-travaux';
const LESSON = 'lecons/13-factures-travaux/';
const data = WorksDepositSchema.parse(readContent(`content/exercises/${EXERCISE}.json`).data);
const scope = `[data-exercise="${EXERCISE}"]`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('lesson 13, « Déposer les pièces d’un marché de travaux », keyboard only', () => {
	test('the widget sits in the section that teaches the deposit, with its lead-in', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		const section = page.locator('section#moe-etat-acompte');

		expect(await section.locator(scope).count()).toBe(1);
		expect(await section.textContent()).toMatch(/Le titulaire suit les mêmes étapes, en dépôt initial/);
		await context.close();
	});

	test('an empty deposit: error summary announced and focused, its link leads to the field', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		await hydrated(page);
		const status = page.locator(`${scope} [role="status"]`);
		const uid = `${EXERCISE}-${data.scenarios[0]?.id}`;

		await press(page, scope, 'Déposer la pièce');

		await expect.poll(() => status.textContent()).toBe('Il y a 9 erreurs\u00a0: la pièce n’est pas déposée.');
		expect(await page.locator(`${scope} .error-summary h4`).first().textContent()).toBe('Il y a 9 erreurs');
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('wd-status');
		expect(await axeViolations(page, scope), 'axe, résumé d’erreurs affiché').toEqual([]);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${uid}-depot-initial`);
		await context.close();
	});

	test('each case done wrong then right: the trap explained on screen and in the live region, axe clean, attempts recorded', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		await hydrated(page);
		const status = page.locator(`${scope} [role="status"]`);

		for (const [index, s] of data.scenarios.entries()) {
			const uid = `${EXERCISE}-${s.id}`;
			const { trap } = wrongWorks(s);
			const heading = await depositWorks(page, scope, EXERCISE, index, s, false);
			expect(heading, s.id).toMatch(/^✗ \d+ réponses? à revoir/);
			const result = (await page.locator(`${scope} .field-results`).textContent()) ?? '';
			expect(result, `${s.id} : la source de la donnée`).toContain(s.explanations[trap.field]);
			expect(result, `${s.id} : le piège expliqué`).toContain(trap.message);
			await expect.poll(() => status.textContent(), { message: `${s.id} : annonce` }).toContain(`À revoir\u00a0: ${WORKS_FIELD_LABELS[trap.field as keyof typeof WORKS_FIELD_LABELS]}`);
			if (index === 0) expect(await axeViolations(page, scope), 'axe, correction affichée').toEqual([]);

			await press(page, scope, 'Réessayer');
			await fillWorks(page, scope, uid, s, rightWorks(s));
			await expect.poll(() => page.locator(`${scope} #${uid}-resultat`).textContent()).toMatch(/^✓ Tout est juste/);
			expect(await status.textContent()).toContain('Tout est juste.');
			if (index === 0) {
				await press(page, scope, 'Voir la solution');
				expect(await page.locator(`${scope} #${uid}-resultat`).textContent()).toBe('Solution');
				expect(await axeViolations(page, scope), 'axe, solution affichée').toEqual([]);
				await press(page, scope, 'Réessayer');
			}
		}
		expect(await axeViolations(page, scope), 'axe, réponses justes affichées').toEqual([]);
		const attempts = (await storedProgress(page))?.attempts ?? {};
		for (const s of data.scenarios) expect(attempts[`${EXERCISE}:${s.id}`]?.length, s.id).toBeGreaterThanOrEqual(2);
		await context.close();
	}, 180_000);

	test('usable at 390 px: no control wider than the page', async () => {
		const context = await newContext(browser, 390);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		await hydrated(page);
		await reach(page, `el.id === '${EXERCISE}-scenario'`);

		const overflow = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} input, ${sel} select, ${sel} button`)].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.id || el.textContent), scope);
		expect(overflow).toEqual([]);
		await context.close();
	});
});
