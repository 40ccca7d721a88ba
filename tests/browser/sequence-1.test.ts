import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise } from '../../src/schemas/exercise';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, completeIdentifiers, completePassword, completeStructure, press, reach } from './drive';
import { DAY_ONE, DAY_TWO, expectStatuses, openProgress, walkLessons } from './walk';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, readContent } from './harness';

/** Séquence 1 as written: its lessons in order, each with the exercises it places. */
const lessons = readdirSync('content/lessons')
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map((file) => {
		const mdx = readFileSync(`content/lessons/${file}`, 'utf-8');
		return {
			id: file.replace(/\.mdx$/, ''),
			sequence: Number(/^sequence:\s*(\d)/m.exec(mdx)?.[1]),
			exercises: [...mdx.matchAll(/<Exercise id="([^"]+)"/g)].map((m) => m[1] as string),
		};
	})
	.filter((l) => l.sequence === 1);
const bank: Question[] = readdirSync('content/questions').flatMap((f) => readContent(`content/questions/${f}`));
const exercise = (id: string): Exercise => readContent(`content/exercises/${id}.json`);

/** Completes one widget, rightly or wrongly, with the keyboard only; returns its verdict text. */
async function complete(page: Page, id: string, right: boolean): Promise<string> {
	const scope = `[data-exercise="${id}"]`;
	const data = exercise(id);
	if (data.kind === 'practice') {
		for (const qid of data.questions) {
			const question = bank.find((q) => q.id === qid) as Question;
			// An ordering question left in its shuffled order is the wrong answer.
			await answerQuestion(page, scope, question, right);
		}
		return (await page.locator(scope).textContent()) ?? '';
	}
	if (data.kind === 'password') await completePassword(page, scope, right);
	if (data.kind === 'identifiers') await completeIdentifiers(page, scope, data.items, right);
	if (data.kind === 'structure') await completeStructure(page, scope, id, data.scenario, right);
	const feedback = page.locator(`${scope} .feedback, ${scope} .error-summary, ${scope} .success-summary, ${scope} .quiz-score`).first();
	await feedback.waitFor();
	return (await page.locator(scope).textContent()) ?? '';
}

const OBJECTIVES = ['cadre', 'compte', 'banque'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('Séquence 1 with the keyboard only', () => {
	test('has its six lessons, each with at least one practice widget', () => {
		expect(lessons.map((l) => l.id.slice(0, 2))).toEqual(['01', '02', '03', '04', '05', '06']);
		for (const l of lessons) expect(l.exercises.length).toBeGreaterThan(0);
	});

	test('every widget done wrongly then rightly the same day stays « en cours » (the retries are practice); done rightly the next day, cadre, compte and banque turn « acquis »', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.clock.setFixedTime(DAY_ONE);
		await page.goto(site('parcours/'));
		await expectStatuses(page, OBJECTIVES, 'non-commence');

		await walkLessons(page, lessons, async (id) => {
			const wrong = await complete(page, id, false);
			expect(wrong, `${id} après une réponse fausse`).toMatch(/À revoir|erreur|✗/);
			expect(await axeViolations(page, `[data-exercise="${id}"]`), `axe sur ${id}, correction affichée`).toEqual([]);
			// A quiz question is answered again by changing it; the other widgets start afresh.
			if (exercise(id).kind !== 'practice') await press(page, `[data-exercise="${id}"]`, 'Réessayer');
			const right = await complete(page, id, true);
			expect(right, `${id} après une réponse juste`).toMatch(/Correct|Aucune erreur|Réponses justes\s: (\d+) sur \1/);
			expect(right, `${id} : le nouvel essai est de l’entraînement`).toContain('Essai d’entraînement');
		});
		const stored = await storedProgress(page);
		expect(Object.keys(stored.attempts).length).toBeGreaterThan(20);
		await openProgress(page);
		for (const objective of OBJECTIVES) {
			await expect.poll(() => page.locator(`tr[data-objective="${objective}"]`).getAttribute('data-status'), { message: objective }).toBe('en-cours');
			expect(await page.locator(`tr[data-objective="${objective}"] [data-practice]`).textContent()).toMatch(/\d+ d’entraînement/);
		}

		await page.clock.setFixedTime(DAY_TWO);
		await walkLessons(page, lessons, async (id) => {
			const right = await complete(page, id, true);
			expect(right, `${id} le lendemain`).not.toContain('Essai d’entraînement');
		});
		await openProgress(page);
		await expectStatuses(page, OBJECTIVES, 'acquis');
		await context.close();
	}, 600_000);
});

describe('the Séquence 1 quiz', () => {
	test('is reached from the course map and can be answered in full with the keyboard', async () => {
		const quiz = readContent('content/quizzes/quiz-sequence-1.json') as { select: { ids: string[] } };
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site());

		await reach(page, `el.tagName === 'A' && el.textContent.trim().startsWith('Quiz de la séquence 1')`);
		await Promise.all([page.waitForURL('**/quiz/quiz-sequence-1/'), page.keyboard.press('Enter')]);
		await hydrated(page);
		for (const id of quiz.select.ids) await answerQuestion(page, '#quiz', bank.find((q) => q.id === id) as Question, true);

		await expect.poll(() => page.locator('#quiz .quiz-score').textContent()).toBe(`Réponses justes\u00a0: ${quiz.select.ids.length} sur ${quiz.select.ids.length} (${quiz.select.ids.length} vérifiées).`);
		await context.close();
	}, 120_000);
});
