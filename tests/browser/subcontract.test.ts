import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SubcontractValidationData } from '../../src/schemas/subcontract-validation';
import { press, reach } from './drive';
import { caseScope, completeSubcontract, openCase } from './drive-subcontract';
import { DAY_ONE } from './walk';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, readContent } from './harness';

// Lesson 12's « Factures à valider » as a learner without a mouse meets it: one request at a time,
// chosen in « Cas à traiter », each decided wrongly then rightly, the feedback read on screen and in
// the live region, axe with it shown, and the widget short enough to scroll on a phone.

const ID = 'factures-a-valider';
const LESSON = 'lecons/12-cotraitance-sous-traitance/';
const data: SubcontractValidationData = readContent(`content/exercises/${ID}.json`).data;
const scope = `[data-exercise="${ID}"]`;
const feedbackOf = (page: Page, caseId: string) => page.locator(`#${ID}-${caseId} .feedback`).textContent();
const live = (page: Page) => page.locator(`${scope} [role="status"]`).textContent();
const options = (page: Page) => page.locator(`#${ID}-scenario option`).allTextContents();
const height = (page: Page) => page.locator(scope).evaluate((el) => el.getBoundingClientRect().height);

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
	test('each request, chosen in the list, done wrongly then rightly: verdicts on screen and in the live region, kept when switching, statuses in the list, axe clean with the feedback shown, the retry recorded as practice', async () => {
		const page = await learner();
		expect(await page.locator(`${scope} .subcontract-case:visible`).count(), 'une seule demande à l’écran').toBe(1);

		await completeSubcontract(page, scope, ID, data, false);

		const last = data.cases[data.cases.length - 1] as SubcontractValidationData['cases'][number];
		await expect.poll(() => live(page)).toMatch(/: ✗ À revoir \((décision juste, motif|décision) à revoir\)\. Lisez l’explication sous la demande\./);
		await expect.poll(() => options(page), { message: 'chaque demande « à revoir » dans la liste' }).toEqual(data.cases.map((c, i) => expect.stringMatching(new RegExp(`^${i + 1}\\. \\[✗ à revoir\\] `))));
		// Back to the first request: its feedback is still there, with why and where to read the datum.
		await openCase(page, scope, ID, 0, data.cases[0]?.id ?? '');
		for (const c of [data.cases[0], last]) {
			if (!c) continue;
			const text = (await feedbackOf(page, c.id)) ?? '';
			expect(text, c.id).toMatch(/^✗ À revoir \((décision juste, motif|décision) à revoir\)\./);
			expect(text, `${c.id} : pourquoi`).toContain(c.why.slice(0, 40));
			expect(text, `${c.id} : où lire la donnée`).toContain('Où lire la donnée');
		}
		expect(await page.locator(`${caseScope(scope, data.cases[0]?.id ?? '')} .feedback`).isVisible()).toBe(true);
		expect(await axeViolations(page, scope), 'axe, correction affichée').toEqual([]);

		await completeSubcontract(page, scope, ID, data, true);

		await expect.poll(() => live(page)).toContain(': ✓ Juste.');
		for (const c of data.cases) expect(await feedbackOf(page, c.id), c.id).toMatch(/^✓ Juste\./);
		expect(await page.locator(`${scope} .subcontract-tally`).textContent()).toContain(`Demandes justes\u00a0: ${data.cases.length} sur ${data.cases.length}`);
		const validated = data.cases.find((c) => c.decision === 'valider')?.id;
		expect(await page.locator(`#${ID}-${validated}-complement`).inputValue(), 'complément d’information tapé au clavier').toBe('Conforme aux documents du marché.');
		expect(await page.locator(`#${ID}-${validated}-qualite`).isChecked()).toBe(true);
		expect(await page.locator(`${scope} .practice-note:visible`).textContent()).toContain('Essai d’entraînement');
		expect(await axeViolations(page, scope), 'axe, réponses justes affichées').toEqual([]);
		const attempts = (await storedProgress(page))?.attempts ?? {};
		for (const c of data.cases) expect(attempts[`${ID}:${c.id}`]?.map((a: { outcome: string; score: number }) => `${a.outcome}:${a.score}`), c.id).toEqual(['scored:0', 'practice:1']);
		await page.context().close();
	}, 300_000);

	test('« Vérifier » with nothing decided: the error summary takes focus, and its link leads to the request’s decision', async () => {
		const page = await learner();

		await press(page, scope, 'Vérifier');

		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await page.locator(`${scope} .error-summary h4`).textContent()).toBe('Il y a 1 erreur');
		expect(await live(page)).toContain('Décision incomplète\u00a0: Choisissez une décision.');
		expect(await axeViolations(page, scope), 'axe, erreurs affichées').toEqual([]);
		const first = data.cases[0]?.id;
		await reach(page, `el.tagName === 'A' && el.closest('.error-summary')`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${ID}-${first}-decision-valider`);
		expect((await storedProgress(page))?.attempts ?? {}).toEqual({});
		await page.context().close();
	}, 120_000);

	test('usable 390 px wide: each request with its solution shown scrolls no sideways, keeps values readable, and the widget stays under 4,500 px', async () => {
		const page = await learner(390);
		const heights: number[] = [];
		for (const [index, c] of data.cases.entries()) {
			await openCase(page, scope, ID, index, c.id);
			await press(page, caseScope(scope, c.id), 'Voir la solution');
			await page.locator(`${caseScope(scope, c.id)} .feedback-revealed`).waitFor();

			expect(await page.evaluate(() => document.documentElement.scrollWidth), c.id).toBeLessThanOrEqual(390);
			// Values stay readable: none is squeezed into a narrow column beside its label.
			const narrowest = await page.locator(`${caseScope(scope, c.id)} .document-fields dd`).evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().width)));
			expect(narrowest, c.id).toBeGreaterThanOrEqual(200);
			heights.push(await height(page));
		}
		expect(Math.max(...heights), `hauteurs : ${heights.join(', ')}`).toBeLessThanOrEqual(4_500);
		await page.context().close();
	}, 180_000);
});
