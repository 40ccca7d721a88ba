import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, chooseRadio, press, reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, readContent } from './harness';

// Issue 8 as a learner meets it: the counting rule, double checks, focus, and answers given
// before an island hydrates, on the built site, with the keyboard only.

const bank: Question[] = readdirSync('content/questions').flatMap((f) => readContent(`content/questions/${f}`));
const lessonOne = 'lecons/01-vocabulaire-generalites/';
const question = bank.find((q) => q.id === 'l01-operateur-aife') as Question;
const box = `#quiz [data-question="${question.id}"]`;
const DAY_ONE = new Date('2026-12-04T10:00:00+01:00');
const DAY_TWO = new Date('2026-12-05T09:00:00+01:00');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh learner on lesson 1, the clock fixed at `now`, islands hydrated. */
async function learner(now: Date): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.clock.setFixedTime(now);
	await page.goto(site(lessonOne));
	await hydrated(page);
	return { context, page };
}

const outcomes = async (page: Page, id: string) => ((await storedProgress(page))?.attempts[id] ?? []).map((a: { outcome: string; score: number }) => `${a.outcome}:${a.score}`);
const cadreRow = (page: Page) => page.locator('tr[data-objective="cadre"]');

describe('the counting rule, keyboard only', () => {
	test('« Voir la solution » then a check counts nothing and leaves « Mon parcours » unchanged', async () => {
		const { context, page } = await learner(DAY_ONE);

		await press(page, box, 'Voir la solution');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Réessayer');
		await page.keyboard.press('Enter');
		await answerQuestion(page, '#quiz', question, true);

		await expect.poll(() => page.locator(`${box}`).textContent()).toContain('Essai d’entraînement');
		expect(await axeViolations(page, box)).toEqual([]);
		expect(await outcomes(page, question.id)).toEqual(['revealed:0', 'practice:1']);
		await page.goto(site('parcours/'));
		await hydrated(page);
		await expect.poll(() => cadreRow(page).getAttribute('data-status')).toBe('non-commence');
		expect(await cadreRow(page).locator('[data-counted]').textContent()).toBe('aucune question comptée');
		expect(await cadreRow(page).locator('[data-practice]').textContent()).toBe('non comptés\u00a0: 1 d’entraînement, 1 solution affichée');
		await context.close();
	}, 90_000);

	test('a retry right after a correction is practice; the same retry the next day counts', async () => {
		const { context, page } = await learner(DAY_ONE);

		await answerQuestion(page, '#quiz', question, false);
		await press(page, box, 'Réessayer');
		await answerQuestion(page, '#quiz', question, true);
		expect(await outcomes(page, question.id)).toEqual(['scored:0', 'practice:1']);

		await page.clock.setFixedTime(DAY_TWO);
		await page.reload();
		await hydrated(page);
		await answerQuestion(page, '#quiz', question, true);

		expect(await page.locator(box).textContent()).not.toContain('Essai d’entraînement');
		expect(await outcomes(page, question.id)).toEqual(['scored:0', 'practice:1', 'scored:1']);
		await context.close();
	}, 90_000);

	test('Enter twice on « Vérifier » records one attempt', async () => {
		const { context, page } = await learner(DAY_ONE);
		const option = question.type === 'single' ? question.options.find((o) => o.correct)?.text : '';
		await chooseRadio(page, box, option ?? '');

		await reach(page, `el.tagName === 'BUTTON' && el.textContent.trim() === 'Vérifier' && el.closest(${JSON.stringify(box)})`);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');

		await page.locator(`${box} .feedback-verdict`).waitFor();
		await expect.poll(() => page.locator('#quiz [role="status"]').textContent()).toContain('Réponse déjà vérifiée');
		expect(await outcomes(page, question.id)).toEqual(['scored:1']);
		await context.close();
	}, 60_000);
});

describe('nothing is lost before an island hydrates (CPU slowed ×4)', () => {
	/**
	 * A page whose CPU runs four times slower, as on a modest training-room laptop, and whose
	 * scripts arrive late (a busy network), so that the learner acts before the islands hydrate.
	 */
	async function slowPage(): Promise<{ context: BrowserContext; page: Page }> {
		const context = await newContext(browser);
		await context.route('**/_astro/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		return { context, page };
	}

	/** Whether the island holding `selector` is still static HTML. */
	const notHydrated = (page: Page, selector: string) =>
		page.evaluate((sel) => Boolean(document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr')), selector);

	test('an option clicked as the quiz scrolls into view stays chosen and is what gets checked, 5 times in 5', async () => {
		const right = question.type === 'single' ? (question.options.find((o) => o.correct)?.text ?? '') : '';
		for (let run = 1; run <= 5; run += 1) {
			const { context, page } = await slowPage();
			await page.goto(site(lessonOne), { waitUntil: 'commit' });
			const option = page.locator(box).getByLabel(right, { exact: true });
			await option.scrollIntoViewIfNeeded();
			expect(await notHydrated(page, box), `essai ${run} : le quiz n’est pas encore actif`).toBe(true);
			await option.click();

			await page.waitForFunction((sel) => !document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr'), box);
			await page.waitForTimeout(300);
			expect(await option.isChecked(), `essai ${run} : l’option reste cochée`).toBe(true);
			await page.locator(box).getByRole('button', { name: 'Vérifier' }).click();
			await expect.poll(() => outcomes(page, question.id), { message: `essai ${run}` }).toEqual(['scored:1']);
			await context.close();
		}
	}, 240_000);

	test('figures typed in the lesson 15 form as it scrolls into view are kept, 5 times in 5', async () => {
		for (let run = 1; run <= 5; run += 1) {
			const { context, page } = await slowPage();
			await page.goto(site('lecons/15-reforme-b2b/'), { waitUntil: 'commit' });
			const form = page.locator('[data-exercise="calendrier-reforme"]');
			const headcount = form.getByLabel('Effectif (nombre de personnes)');
			await headcount.scrollIntoViewIfNeeded();
			expect(await notHydrated(page, '[data-exercise="calendrier-reforme"] input'), `essai ${run} : le formulaire n’est pas encore actif`).toBe(true);
			await headcount.fill('12');
			await form.getByLabel('Chiffre d’affaires annuel (€)').fill('1 500 000');

			await page.waitForFunction(() => [...document.querySelectorAll('[data-exercise="calendrier-reforme"] astro-island')].every((i) => !i.hasAttribute('ssr')));
			// Typing elsewhere re-renders the form: the first figures must survive it.
			await form.getByLabel('Total de bilan (€)').fill('800 000');
			await page.waitForTimeout(300);

			expect(await headcount.inputValue(), `essai ${run} : effectif`).toBe('12');
			expect(await form.getByLabel('Chiffre d’affaires annuel (€)').inputValue(), `essai ${run} : chiffre d’affaires`).toBe('1 500 000');
			await form.getByRole('button', { name: 'Déterminer' }).click();
			await expect.poll(() => form.textContent(), { message: `essai ${run} : catégorie calculée` }).toMatch(/microentreprise|micro-entreprise|PME/i);
			expect(await form.locator('[aria-invalid="true"]').count()).toBe(0);
			await context.close();
		}
	}, 240_000);
});
