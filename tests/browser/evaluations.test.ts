import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, reach } from './drive';
import { hydrated, launch, newContext, site, storedProgress } from './harness';

const bank: Question[] = readdirSync('content/questions').flatMap((f) => JSON.parse(readFileSync(`content/questions/${f}`, 'utf-8')));
const objectives = (JSON.parse(readFileSync('content/objectives.json', 'utf-8')) as { id: string }[]).map((o) => o.id);

/** Opens an evaluation from the course map with the keyboard and answers every question rightly. */
async function take(page: Page, linkStart: string, url: string): Promise<string[]> {
	await page.goto(site());
	await reach(page, `el.tagName === 'A' && el.textContent.trim().startsWith(${JSON.stringify(linkStart)})`);
	await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
	await hydrated(page);
	const ids = await page.locator('#quiz [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
	for (const id of ids) await answerQuestion(page, '#quiz', bank.find((q) => q.id === id) as Question, true);
	return ids;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the positioning test and the final evaluation', () => {
	test('each asks 2 questions per objective, they share none, and results are recorded « avant » / « après »', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();

		const before = await take(page, 'Test de positionnement', '**/quiz/positionnement/');
		const after = await take(page, 'Évaluation finale', '**/quiz/evaluation-finale/');

		for (const ids of [before, after]) {
			expect(ids).toHaveLength(2 * objectives.length);
			expect(new Set(ids).size).toBe(ids.length);
			for (const o of objectives) expect(ids.filter((id) => bank.find((q) => q.id === id)?.objectives[0] === o), o).toHaveLength(2);
		}
		expect(before.filter((id) => after.includes(id))).toEqual([]);
		const stored = await storedProgress(page);
		expect(before.every((id) => stored.attempts[id]?.at(-1)?.context === 'avant')).toBe(true);
		expect(after.every((id) => stored.attempts[id]?.at(-1)?.context === 'apres')).toBe(true);

		await page.goto(site('parcours/'));
		await hydrated(page);
		for (const o of objectives) {
			expect(await page.locator(`tr[data-objective="${o}"] td[data-context="avant"]`).textContent()).toBe('100 %');
			expect(await page.locator(`tr[data-objective="${o}"] td[data-context="apres"]`).textContent()).toBe('100 %');
		}
		await context.close();
	}, 300_000);
});
