import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstSingleQuestion, LESSON } from './bank';
import { hydrated, launch, newContext, site, storedProgress } from './harness';

const KEY = 'chorus-pro-micro-cours:progression';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const q = firstSingleQuestion();

describe('progress storage in a real browser', () => {
	test('a second tab sees the first tab’s answer without reloading', async () => {
		const context = await newContext(browser);
		const lesson = await context.newPage();
		const parcours = await context.newPage();
		await parcours.goto(site('parcours/'));
		const cadre = parcours.locator('tr[data-objective="cadre"]');
		await expect.poll(() => cadre.getAttribute('data-status')).toBe('non-commence');

		await lesson.goto(site(`lecons/${LESSON}/`));
		const question = lesson.locator(`#quiz [data-question="${q.id}"]`);
		await question.scrollIntoViewIfNeeded();
		await lesson.locator('#quiz astro-island:not([ssr])').waitFor({ state: 'attached' });
		await question.getByLabel(q.right, { exact: true }).check();
		await question.getByRole('button', { name: 'Vérifier' }).click();

		await expect.poll(() => cadre.getAttribute('data-status')).toBe('en-cours');
		expect(await cadre.locator('[data-score]').textContent()).toBe('score\u00a0: 100\u00a0%');
		await context.close();
	});

	test('a corrupt stored value is quarantined, the learner is told, and the course starts afresh', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site());
		// Once hydrated, the page has read storage: the corrupt value must be met on the reload.
		await hydrated(page);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"attempts":'), KEY);

		await page.reload();

		const notice = page.locator('[data-notice="quarantaine"]');
		await expect.poll(() => notice.textContent()).toContain('mises de côté');
		const keys = await page.evaluate(() => Object.keys(localStorage));
		const quarantined = keys.find((k) => k.startsWith(`${KEY}:quarantine:`));
		expect(quarantined).toMatch(/:quarantine:\d{4}-\d{2}-\d{2}T/);
		expect(await page.evaluate((k) => localStorage.getItem(k as string), quarantined)).toBe('{"version":1,"attempts":');
		expect((await storedProgress(page)).attempts).toEqual({});
		await context.close();
	});

	test('with storage disabled, the learner can still answer and is told progress is kept in memory only', async () => {
		const context = await newContext(browser);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Le stockage est désactivé', 'SecurityError');
				},
			});
		});
		const page = await context.newPage();
		await page.goto(site(`lecons/${LESSON}/`));

		await expect.poll(() => page.locator('[data-notice="memoire"]').textContent()).toContain('refuse d’enregistrer');
		const question = page.locator(`#quiz [data-question="${q.id}"]`);
		await question.scrollIntoViewIfNeeded();
		await page.locator('#quiz astro-island:not([ssr])').waitFor({ state: 'attached' });
		await question.getByLabel(q.right, { exact: true }).check();
		await question.getByRole('button', { name: 'Vérifier' }).click();
		await expect.poll(() => question.locator('.feedback-verdict').textContent()).toBe('✓ Correct');
		await context.close();
	});
});
