import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LESSON_JS_BUDGET, measurePageJs } from '../../scripts/page-js.mjs';
import type { SubcontractValidationData } from '../../src/schemas/subcontract-validation';
import { press, reach } from './drive';
import { completeSubcontract } from './drive-subcontract';
import { DAY_ONE } from './walk';
import { axeViolations, hydrated, launch, newContext, site, storedProgress } from './harness';

// Lesson 12's « Factures à valider » as a learner without a mouse meets it: every request decided
// wrongly, then rightly, the feedback read on screen and in the live region, axe with it shown.

const ID = 'factures-a-valider';
const LESSON = 'lecons/12-cotraitance-sous-traitance/';
const data: SubcontractValidationData = JSON.parse(readFileSync(`content/exercises/${ID}.json`, 'utf-8')).data;
const scope = `[data-exercise="${ID}"]`;
const feedbackOf = (page: Page, caseId: string) => page.locator(`#${ID}-${caseId} .feedback`).textContent();
const live = (page: Page) => page.locator(`${scope} [role="status"]`).textContent();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function learner(width = 1280): Promise<Page> {
	const context = await newContext(browser, width);
	const page = await context.newPage();
	await page.clock.setFixedTime(DAY_ONE);
	await page.goto(site(LESSON));
	await hydrated(page);
	return page;
}

describe('« Factures à valider », keyboard only', () => {
	test('each request done wrongly then rightly: verdicts and reasons on screen and in the live region, axe clean with the feedback shown, the retry recorded as practice', async () => {
		const page = await learner();

		await completeSubcontract(page, scope, ID, data, false);

		await expect.poll(() => live(page)).toContain(`À revoir : 0 sur ${data.cases.length}.`);
		for (const c of data.cases) {
			const text = (await feedbackOf(page, c.id)) ?? '';
			expect(text, c.id).toMatch(/^✗ À revoir \((décision juste, motif|décision) à revoir\)\./);
			expect(text, `${c.id} : pourquoi`).toContain(c.why.slice(0, 40));
			expect(text, `${c.id} : où lire la donnée`).toContain('Où lire la donnée');
		}
		expect(await axeViolations(page, scope), 'axe, correction affichée').toEqual([]);

		await press(page, scope, 'Réessayer');
		await completeSubcontract(page, scope, ID, data, true);

		await expect.poll(() => live(page)).toContain(`Correct : ${data.cases.length} sur ${data.cases.length}.`);
		for (const c of data.cases) expect(await feedbackOf(page, c.id), c.id).toMatch(/^✓ Juste\./);
		const validated = data.cases.find((c) => c.decision === 'valider')?.id;
		expect(await page.locator(`#${ID}-${validated}-complement`).inputValue(), 'complément d’information tapé au clavier').toBe('Conforme aux documents du marché.');
		expect(await page.locator(`#${ID}-${validated}-qualite`).isChecked()).toBe(true);
		expect(await page.locator(scope).textContent()).toContain('Essai d’entraînement');
		expect(await axeViolations(page, scope), 'axe, réponses justes affichées').toEqual([]);
		const attempts = (await storedProgress(page))?.attempts ?? {};
		for (const c of data.cases) expect(attempts[`${ID}:${c.id}`]?.map((a: { outcome: string; score: number }) => `${a.outcome}:${a.score}`), c.id).toEqual(['scored:0', 'practice:1']);
		await page.context().close();
	}, 300_000);

	test('« Vérifier » with nothing decided: the error summary takes focus, and its link leads to the first request’s decision', async () => {
		const page = await learner();

		await press(page, scope, 'Vérifier');

		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await page.locator(`${scope} .error-summary h4`).textContent()).toBe(`Il y a ${data.cases.length} erreurs`);
		expect(await live(page)).toContain(`${data.cases.length} demandes sans décision complète`);
		expect(await axeViolations(page, scope), 'axe, erreurs affichées').toEqual([]);
		const first = data.cases[0]?.id;
		await reach(page, `el.tagName === 'A' && el.closest('.error-summary')`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${ID}-${first}-decision-valider`);
		expect((await storedProgress(page))?.attempts ?? {}).toEqual({});
		await page.context().close();
	}, 120_000);

	test('usable 390 px wide: no horizontal scrolling with the feedback shown', async () => {
		const page = await learner(390);
		await press(page, scope, 'Voir la solution');
		await page.locator(`${scope} .feedback-revealed`).first().waitFor();

		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// Values stay readable: none is squeezed into a narrow column beside its label.
		const narrowest = await page.locator(`${scope} .document-fields dd`).evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().width)));
		expect(narrowest).toBeGreaterThanOrEqual(200);
		await page.context().close();
	}, 120_000);

	test('lesson 12, with this widget, stays within the lesson JavaScript budget', async () => {
		const context = await newContext(browser);

		const js = await measurePageJs(context, site(LESSON));

		expect(js.total).toBeLessThanOrEqual(LESSON_JS_BUDGET);
		await context.close();
	}, 120_000);
});
