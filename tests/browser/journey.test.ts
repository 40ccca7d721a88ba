import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstSingleQuestion, LESSON } from './bank';
import { openFileChooser } from './drive';
import { focusedText, hydrated, launch, newContext, site, storedProgress, tabTo } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const q = firstSingleQuestion();
const inQuestion = `el.closest('#quiz [data-question="${q.id}"]')`;

/** Selects the radio labelled `text` in the question, with the arrow keys only. */
async function chooseWithArrows(page: Page, text: string) {
	await tabTo(page, `${inQuestion} && el.type === 'radio'`, { back: true });
	await page.keyboard.press('Space');
	for (let i = 0; i < 8; i += 1) {
		const label = await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim());
		if (label === text) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`Option « ${text} » introuvable au clavier`);
}

async function verify(page: Page) {
	await tabTo(page, `${inQuestion} && el.textContent.trim() === 'Vérifier'`);
	await page.keyboard.press('Enter');
}

describe('a learner using only the keyboard', () => {
	test('opens lesson 1, answers wrongly then rightly, reloads, exports, resets and imports the same state back', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();

		// Home page → lesson 1.
		await page.goto(site());
		await tabTo(page, `el.tagName === 'A' && el.getAttribute('href').includes('/lecons/${LESSON}/')`);
		await Promise.all([page.waitForURL(`**/lecons/${LESSON}/`), page.keyboard.press('Enter')]);
		await expect.poll(() => page.locator('h1').textContent()).toBeTruthy();

		// Reach the quiz question with Tab; wait for its island before answering.
		await tabTo(page, `${inQuestion} && el.type === 'radio'`);
		await page.locator(`#quiz astro-island:not([ssr])`).waitFor({ state: 'attached' });
		await page.keyboard.press('Shift+Tab');

		await chooseWithArrows(page, q.wrong);
		await verify(page);
		const question = page.locator(`#quiz [data-question="${q.id}"]`);
		await expect.poll(() => question.locator('.feedback-verdict').textContent()).toBe('✗ À revoir');
		expect(await page.locator('#quiz [role="status"]').textContent()).toContain('À revoir');
		expect(await focusedText(page)).toBe('Vérifier');

		await chooseWithArrows(page, q.right);
		await verify(page);
		await expect.poll(() => question.locator('.feedback-verdict').textContent()).toBe('✓ Correct');
		const stored = await storedProgress(page);
		expect(stored.attempts[q.id].map((a: { score: number }) => a.score)).toEqual([0, 1]);

		await tabTo(page, `el.textContent.trim() === 'Marquer comme terminée'`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.lesson-completion button').getAttribute('aria-pressed')).toBe('true');

		// Reload: the lesson still shows the answer and the completion.
		await page.reload();
		await question.scrollIntoViewIfNeeded();
		await expect.poll(() => question.locator('.question-last').textContent()).toMatch(/^Votre dernière réponse\s: juste/);
		await page.locator('.lesson-completion').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('.lesson-completion button').getAttribute('aria-pressed')).toBe('true');

		// « Mon parcours » through the menu.
		await tabTo(page, `el.textContent.trim() === 'Mon parcours'`, { back: true });
		await Promise.all([page.waitForURL('**/parcours/'), page.keyboard.press('Enter')]);
		const cadre = page.locator('tr[data-objective="cadre"]');
		await expect.poll(() => cadre.getAttribute('data-status')).toBe('en-cours');
		expect(await page.locator('.lessons-summary').textContent()).toMatch(/Leçons terminées\s: 1 sur \d+/);

		// Export.
		await tabTo(page, `el.textContent.trim() === 'Exporter ma progression'`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		const file = join(mkdtempSync(join(tmpdir(), 'export-')), download.suggestedFilename());
		await download.saveAs(file);
		const exported = JSON.parse(readFileSync(file, 'utf-8'));
		const before = await storedProgress(page);
		expect(exported.format).toBe('chorus-pro-micro-cours/progression');
		expect(exported.progress).toEqual(before);

		// Reset, with its confirmation.
		await tabTo(page, `el.textContent.trim() === 'Réinitialiser ma progression'`);
		await page.keyboard.press('Enter');
		await tabTo(page, `el.textContent.trim() === 'Oui, tout effacer'`);
		await page.keyboard.press('Enter');
		await expect.poll(() => cadre.getAttribute('data-status')).toBe('non-commence');
		expect((await storedProgress(page)).attempts).toEqual({});
		expect(await page.locator('.file-message').textContent()).toContain('effacée');

		// Import the file: the same state comes back.
		await tabTo(page, `el.id === 'import-progression'`);
		await (await openFileChooser(page)).setFiles(file);
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Remplacer votre progression par celle du fichier\u202f?');
		await tabTo(page, `el.textContent.trim() === 'Remplacer ma progression'`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.file-message').textContent()).toContain('Progression importée');
		expect(await storedProgress(page)).toEqual(before);
		await expect.poll(() => cadre.getAttribute('data-status')).toBe('en-cours');

		// Home: the lesson shows as done, and « Reprendre » leads back to it.
		await page.goto(site());
		await expect.poll(() => page.locator(`[data-lesson="${LESSON}"] .badge`).getAttribute('data-status')).toBe('terminee');
		expect(await page.locator('.resume a').first().textContent()).toMatch(/^Reprendre/);
		await context.close();
	});

	test('a malformed import file gets a French error and changes nothing', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site('parcours/'));
		await hydrated(page);
		await page.evaluate(() => localStorage.setItem('chorus-pro-micro-cours:progression', JSON.stringify({ version: 1, courseId: 'chorus-pro-micro-cours', attempts: {}, lessons: { x: { firstVisitAt: '2026-11-28T08:00:00.000Z', lastVisitAt: '2026-11-28T08:00:00.000Z', timeSpentMs: 0 } } })));
		await page.reload();
		await hydrated(page);
		const before = await storedProgress(page);

		await tabTo(page, `el.id === 'import-progression'`);
		await (await openFileChooser(page)).setFiles({ name: 'faux.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"autre"') });

		await expect.poll(() => page.locator('.file-message').textContent()).toContain('n’est pas un fichier JSON lisible');
		expect(await storedProgress(page)).toEqual(before);
		await context.close();
	});
});
