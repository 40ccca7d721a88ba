import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, press } from './drive';
import { axeViolations, hydrated, launch, newContext, site, readContent } from './harness';

// Issue 12 §3, lesson 5: the « Créer des services » practice, as a learner without a mouse does
// it — every question wrong first, the feedback read on screen and in the live region, axe with
// the feedback shown, then every question right after « Réessayer ».

const EXERCISE = 'pratique-services';
const LESSON = 'lecons/05-activites-gestionnaire/';
const exercise = readContent(`content/exercises/${EXERCISE}.json`) as { questions: string[] };
const bank: Question[] = readContent('content/questions/05-activites-gestionnaire.json');
const questions = exercise.questions.map((id) => {
	const found = bank.find((q) => q.id === id);
	if (!found) throw new Error(`Question ${id} absente de la banque de la leçon 5`);
	return found;
});
const scope = `[data-exercise="${EXERCISE}"]`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('lesson 5, « Créer des services », keyboard only', () => {
	test('the section shows the steps with their unconfirmed labels marked, and places the practice', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		const section = page.locator('section#services-structure');
		const text = (await section.textContent()) ?? '';

		expect(text).toContain('«\u00a0Organisation\u00a0», puis «\u00a0Structures\u00a0»');
		// The application's name and the fields' labels were not read: the page says so.
		expect(text).toMatch(/à vérifier\s: nom de l’application des services non trouvé/);
		expect(text).toMatch(/libellés indicatifs/);
		// The fact's source link (its hidden title included) sits between the value and the mark.
		expect(text).toMatch(/code service obligatoire[\s\S]{0,200}\(libellé indicatif\)/);
		expect(await section.locator(scope).count()).toBe(1);
		await context.close();
	}, 60_000);

	test('each question done wrong then right: feedback shown and announced, axe clean with feedback shown', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site(LESSON));
		await hydrated(page);
		const status = page.locator(`${scope} [role="status"]`);

		for (const [index, question] of questions.entries()) {
			const box = `${scope} [data-question="${question.id}"]`;
			// An ordering question left in its shuffled order is the wrong answer.
			await answerQuestion(page, scope, question, false);
			expect(await page.locator(`${box} .feedback-verdict`).textContent()).toMatch(/^✗/);
			expect(await page.locator(`${box} .feedback`).textContent()).toContain(question.explanation);
			await expect.poll(() => status.textContent(), { message: `${question.id} : annonce` }).toContain(`Question ${index + 1}\u00a0:`);
			expect(await status.textContent()).toContain(question.explanation);
		}
		expect(await axeViolations(page, scope), 'axe, corrections affichées').toEqual([]);

		for (const question of questions) {
			const box = `${scope} [data-question="${question.id}"]`;
			await press(page, box, 'Réessayer');
			await answerQuestion(page, scope, question, true);
			expect(await page.locator(`${box} .feedback-verdict`).textContent()).toMatch(/^✓/);
		}
		await expect.poll(() => page.locator(`${scope} .quiz-score`).textContent()).toMatch(new RegExp(`Réponses justes\u00a0: ${questions.length} sur ${questions.length}`));
		expect(await axeViolations(page, scope), 'axe, réponses justes affichées').toEqual([]);
		await context.close();
	}, 120_000);
});
