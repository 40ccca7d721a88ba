import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { ISLAND_FAILED } from '../../src/scripts/offline/island-retry';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { firstSingleQuestion, LESSON } from './bank';
import { answerQuestion, fillAnswer, press } from './drive';
import { hydrated, launch, newContext, readContent, site, storedProgress } from './harness';

/**
 * The course in a training room whose network fails (issue 18): after a first visit, the service
 * worker has kept every file; offline, pages open, islands hydrate, answers are recorded; a new
 * deployment is offered, not forced; an island whose code could not load says so and loads when
 * the network is back.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const quizQuestion = readContent<Question[]>(`content/questions/${LESSON}.json`).find((q) => q.id === firstSingleQuestion().id) as Question;
const evaluationPool = new Map(
	readdirSync('content/evaluation')
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => readContent<Question[]>(`content/evaluation/${f}`))
		.map((q) => [q.id, q])
);

/** A profile where service workers may run (newContext blocks them for the other tests). */
function workerContext(): Promise<BrowserContext> {
	return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
}

/** Waits until the page is controlled by an active worker: its precache is complete then. */
async function controlled(page: Page): Promise<void> {
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

describe('offline after a first visit', () => {
	test('four pages open with the network cut, a quiz answer and part of the final evaluation are recorded and still there once back online', async () => {
		const context = await workerContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(site());
		await controlled(page);
		const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length)))[0]);
		expect(cached).toBeGreaterThan(200);

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		await page.goto(site('glossaire/'));
		expect(await page.locator('h1').textContent()).toBe('Glossaire');

		await page.goto(site(`lecons/${LESSON}/`));
		await hydrated(page);
		await answerQuestion(page, '#quiz', quizQuestion, true);

		await page.goto(site('evaluation/finale/'));
		await hydrated(page);
		await press(page, '.exam-intro', 'Commencer l’évaluation finale');
		await page.locator('.exam [data-question]').first().waitFor();
		const ids = await page.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
		for (const id of ids.slice(0, 3)) await fillAnswer(page, `.exam [data-question="${id}"]`, evaluationPool.get(id) as Question, true);
		await expect.poll(() => page.locator('.exam-count').textContent()).toBe(`Questions sans réponse\u00a0: ${ids.length - 3} sur ${ids.length}.`);

		await page.goto(site('parcours/'));
		await hydrated(page);
		await expect.poll(() => page.locator('.evaluation-runs [data-run="finale-1"]').textContent()).toMatch(/commencé le .*, 3 réponse\(s\) sur 30/);

		await context.setOffline(false);
		await page.reload();
		await hydrated(page);
		const stored = await storedProgress(page);
		expect(stored.attempts[quizQuestion.id].map((a: { score: number }) => a.score)).toEqual([1]);
		expect(stored.runs).toHaveLength(1);
		expect(stored.runs[0].completedAt).toBeUndefined();
		expect(Object.keys(stored.runs[0].answers ?? {})).toHaveLength(3);
		expect(errors.filter((e) => /hydrat|Failed to fetch/i.test(e))).toEqual([]);
		await context.close();
	}, 120_000);
});

describe('a new deployment', () => {
	test('is offered with « Une nouvelle version du cours est disponible »; « Recharger maintenant » shows it, the progress intact', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'cours-'));
		cpSync(resolve('dist'), copy, { recursive: true });
		const server = await serveDist(copy);
		const context = await workerContext();
		const page = await context.newPage();
		await page.goto(`${server.url}/lecons/${LESSON}/`);
		await hydrated(page);
		await controlled(page);
		await answerQuestion(page, '#quiz', quizQuestion, false);
		const before = await storedProgress(page);
		expect(before.attempts[quizQuestion.id]).toHaveLength(1);

		// The second deployment: a corrected home page, so a new worker.
		const home = join(copy, 'index.html');
		writeFileSync(home, readFileSync(home, 'utf-8').replace('<h1>Déposer et suivre ses factures sur Chorus Pro</h1>', '<h1>Déposer et suivre ses factures sur Chorus Pro (édition 2)</h1>'));
		const sw = join(copy, 'sw.js');
		writeFileSync(sw, readFileSync(sw, 'utf-8').replace(/chorus-pro-micro-cours-[0-9a-f]+/, 'chorus-pro-micro-cours-edition2'));

		await page.goto(`${server.url}/`);
		const notice = page.locator('[data-update-region] [data-update]');
		await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('Une nouvelle version du cours est disponible');
		// Not forced: the page still shows the version it was opened with.
		expect(await page.locator('h1').textContent()).toBe('Déposer et suivre ses factures sur Chorus Pro');

		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Recharger maintenant' }).click()]);
		await expect.poll(() => page.locator('h1').textContent()).toBe('Déposer et suivre ses factures sur Chorus Pro (édition 2)');
		expect(await page.locator('[data-update]').count()).toBe(0);
		// The answer and the visit are there (reading time has only grown).
		const after = await storedProgress(page);
		expect(after.attempts).toEqual(before.attempts);
		expect(after.lessons[LESSON].firstVisitAt).toBe(before.lessons[LESSON].firstVisitAt);
		await context.close();
		await server.close();
	}, 120_000);
});

describe('an island whose code cannot load', () => {
	test('says why beside it, then hydrates when the network is back', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(`lecons/${LESSON}/`));
		await page.waitForLoadState('networkidle');
		const quiz = page.locator('#quiz astro-island').first();
		expect(await quiz.getAttribute('ssr')).not.toBeNull();

		await context.setOffline(true);
		await quiz.scrollIntoViewIfNeeded();
		const message = page.locator('#quiz [data-island-failed]');
		await expect.poll(() => message.textContent(), { timeout: 15_000 }).toBe(ISLAND_FAILED);
		expect(await message.getAttribute('role')).toBe('status');

		await context.setOffline(false);
		await expect.poll(() => quiz.getAttribute('ssr'), { timeout: 15_000 }).toBeNull();
		expect(await page.locator('[data-island-failed]').count()).toBe(0);
		await context.close();
	}, 60_000);
});
