import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { fillAnswer, press, reach } from './drive';
import { axeViolations, builtHtml, builtPages, hydrated, launch, newContext, site, storedProgress, readContent } from './harness';

/**
 * The evaluations in exam conditions (issue 10), driven with the keyboard only: per-learner
 * draws from the reserved pool, no feedback before « Terminer l'évaluation », a frozen
 * « avant », a retakable final whose latest run is « après », and runs that resume.
 */

const pool: Question[] = readdirSync('content/evaluation')
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => readContent(`content/evaluation/${f}`));
const byId = new Map(pool.map((q) => [q.id, q]));
const objectives = (readContent('content/objectives.json') as { id: string }[]).map((o) => o.id);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens an evaluation page from the course map, by its link, with the keyboard. */
async function open(page: Page, link: string, url: string): Promise<void> {
	await page.goto(site());
	await reach(page, `el.tagName === 'A' && el.textContent.trim() === ${JSON.stringify(link)}`);
	await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
	await hydrated(page);
}

/** Presses the start button and returns the drawn question ids, in page order. */
async function start(page: Page, button: string): Promise<string[]> {
	await press(page, '.exam-intro', button);
	await page.locator('.exam [data-question]').first().waitFor();
	return page.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
}

/** Answers the given questions (right or wrong) with the keyboard; nothing is checked. */
async function answer(page: Page, ids: string[], right: boolean): Promise<void> {
	for (const id of ids) await fillAnswer(page, `.exam [data-question="${id}"]`, byId.get(id) as Question, right);
}

/** « Terminer l'évaluation », then the confirmation; returns the correction's score line. */
async function finish(page: Page): Promise<string> {
	await press(page, '.exam-submit', 'Terminer l’évaluation');
	await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Terminer l’évaluation\u202f?');
	await press(page, '.exam-confirm', 'Oui, terminer et voir la correction');
	await page.locator('.correction-score').waitFor();
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('correction-titre');
	return (await page.locator('.correction-score').textContent()) ?? '';
}

const cell = (page: Page, objective: string, context: 'avant' | 'apres') =>
	page.locator(`tr[data-objective="${objective}"] td[data-context="${context}"]`).textContent();

describe('the positioning test', () => {
	test('a full run, then a perfect retake: « avant » is the first run for good, the retake is practice', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await open(page, 'Test de positionnement', '**/evaluation/positionnement/');

		const first = await start(page, 'Commencer le test de positionnement');
		expect(first).toHaveLength(2 * objectives.length);
		for (const o of objectives) expect(first.filter((id) => byId.get(id)?.objectives[0] === o), o).toHaveLength(2);
		// Exam conditions: no check, no solution, no feedback while answering.
		for (const text of ['Vérifier', 'Voir la solution', 'Réessayer']) expect(await page.getByRole('button', { name: text }).count()).toBe(0);
		await answer(page, first.slice(0, 10), true);
		expect(await page.locator('.feedback, .mark').count()).toBe(0);
		await expect.poll(() => page.locator('.exam-count').textContent()).toBe('Questions sans réponse\u00a0: 10 sur 20.');
		const score = await finish(page);
		expect(score).toContain('Bonnes réponses\u00a0: ');
		expect(await page.locator('.correction-role').getAttribute('data-role')).toBe('avant');
		expect(page.url()).toContain('/evaluation/correction/?run=positionnement-1');

		await page.goto(site('evaluation/positionnement/'));
		await hydrated(page);
		await page.locator('.exam-status[data-status="avant"]').waitFor();
		const retake = await start(page, 'Commencer un test d’entraînement');
		await answer(page, retake, true);
		await expect.poll(() => page.locator('.exam-count').textContent()).toBe('Vous avez répondu aux 20 questions.');
		expect(await finish(page)).toContain('Bonnes réponses\u00a0: 20 sur 20 (100\u00a0%)');
		expect(await page.locator('.correction-role').getAttribute('data-role')).toBe('entrainement');

		const stored = await storedProgress(page);
		expect(stored.runs.map((r: { id: string; completedAt?: string }) => [r.id, Boolean(r.completedAt)])).toEqual([
			['positionnement-1', true],
			['positionnement-2', true],
		]);
		await page.goto(site('parcours/'));
		await hydrated(page);
		const avant = stored.runs[0] as { questions: { id: string; objective: string }[]; results: Record<string, { score: number; max: number }> };
		for (const o of objectives) {
			const right = avant.questions.filter((q) => q.objective === o && avant.results[q.id]?.score === avant.results[q.id]?.max).length;
			expect(await cell(page, o, 'avant'), o).toBe(`${right} sur 2`);
		}
		expect(await page.locator('.evaluation-runs li').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['entrainement', 'avant']);
		await context.close();
	}, 300_000);
});

describe('the final evaluation', () => {
	let contexts: BrowserContext[] = [];
	afterAll(async () => {
		for (const c of contexts) await c.close();
	});

	test('two learners get different draws, neither with its « avant » questions; an interrupted run resumes after reload', async () => {
		const [a, b] = await Promise.all([newContext(browser), newContext(browser)]);
		contexts = [a as BrowserContext, b as BrowserContext];
		const pageA = await (a as BrowserContext).newPage();
		const pageB = await (b as BrowserContext).newPage();

		await open(pageA, 'Test de positionnement', '**/evaluation/positionnement/');
		const avantA = await start(pageA, 'Commencer le test de positionnement');
		await finish(pageA);
		await open(pageA, 'Évaluation finale', '**/evaluation/finale/');
		const finalA = await start(pageA, 'Commencer l’évaluation finale');
		await open(pageB, 'Évaluation finale', '**/evaluation/finale/');
		const finalB = await start(pageB, 'Commencer l’évaluation finale');

		expect(finalA).toHaveLength(3 * objectives.length);
		expect(finalA.filter((id) => avantA.includes(id))).toEqual([]);
		expect([...finalA].sort()).not.toEqual([...finalB].sort());
		expect(finalA.every((id) => byId.has(id)) && finalB.every((id) => byId.has(id))).toBe(true);

		await answer(pageA, finalA.slice(0, 3), true);
		await expect.poll(() => pageA.locator('.exam-count').textContent()).toBe('Questions sans réponse\u00a0: 27 sur 30.');
		await pageA.reload();
		await hydrated(pageA);
		await pageA.locator('.exam').waitFor();
		expect(await pageA.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))).toEqual(finalA);
		expect(await pageA.locator('.exam [data-answered="true"]').count()).toBe(3);
		expect(await pageA.locator('.exam-count').textContent()).toBe('Questions sans réponse\u00a0: 27 sur 30.');
		expect((await storedProgress(pageA)).runs[1].completedAt).toBeUndefined();

		// The correction of an unfinished run is not shown: no solution before « Terminer ».
		await pageA.goto(site('evaluation/correction/?run=finale-1'));
		await hydrated(pageA);
		await pageA.locator('[data-unfinished]').waitFor();
		expect(await pageA.locator('.correction-question').count()).toBe(0);
	}, 300_000);

	test('a second final run replaces « après »; both runs are listed; objectives validated with 2 of 3', async () => {
		const page = await (contexts[1] as BrowserContext).newPage();
		await page.goto(site('evaluation/finale/'));
		await hydrated(page);
		const first = await page.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
		await answer(page, first, true);
		expect(await finish(page)).toContain('Bonnes réponses\u00a0: 30 sur 30 (100\u00a0%) — seuil de réussite 80\u00a0%\u00a0: atteint.');
		expect(await axeViolations(page)).toEqual([]);

		await page.goto(site('evaluation/finale/'));
		await hydrated(page);
		const second = await start(page, 'Commencer un nouvel essai');
		expect(second.filter((id) => first.includes(id))).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		// Only the « cadre » questions answered wrongly... and the rest left blank: 0 right.
		const cadre = second.filter((id) => byId.get(id)?.objectives[0] === 'cadre');
		await answer(page, cadre.slice(0, 2), true);
		await finish(page);
		expect(await page.locator('tr[data-objective="cadre"] td[data-validated]').textContent()).toBe('✓ Validé');
		expect(await page.locator('tr[data-objective="banque"] td[data-validated]').textContent()).toBe('✗ Non validé');

		// The earlier run's correction, reached from its own page, as « Mon parcours » links it.
		await page.goto(site('evaluation/correction/?run=finale-1'));
		await hydrated(page);
		await expect.poll(() => page.locator('.correction-role').getAttribute('data-role')).toBe('finale-precedente');
		expect(await page.locator('.correction-score').textContent()).toContain('Bonnes réponses\u00a0: 30 sur 30');
		expect(await axeViolations(page)).toEqual([]);

		await page.goto(site('parcours/'));
		await hydrated(page);
		expect(await cell(page, 'cadre', 'apres')).toBe('2 sur 3✓ Validé');
		expect(await cell(page, 'banque', 'apres')).toBe('0 sur 3✗ Non validé');
		expect(await page.locator('.evaluation-runs li').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['apres', 'finale-precedente']);
		expect(await axeViolations(page)).toEqual([]);
	}, 300_000);
});

describe('the reserved pool stays reserved', () => {
	const decode = (html: string) => html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

	test('no pool question (id or prompt) is in any built lesson or quiz page', () => {
		const pages = builtPages().filter((p) => p.startsWith('lecons/') || p.startsWith('quiz/'));
		expect(pages.length).toBeGreaterThan(15);
		const found = pages.flatMap((p) => {
			const html = decode(builtHtml(p));
			return pool.filter((q) => html.includes(q.id) || html.includes(q.prompt)).map((q) => `${p} : ${q.id}`);
		});

		expect(found).toEqual([]);
	});

	test('the evaluation pages carry no question: each learner’s draw is made in the browser', () => {
		const html = builtHtml('evaluation/finale/') + builtHtml('evaluation/positionnement/');

		expect(pool.filter((q) => html.includes(q.prompt))).toEqual([]);
	});
});
