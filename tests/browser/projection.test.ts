import { trainerNoteMarkers } from './notes';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrateToCurrent } from '../../src/lib/migrations';
import { progressProblem } from '../../src/lib/progress-model';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, press, reach } from './drive';
import { typeDate, typeIn } from './drive-s2';
import { currentSlide, deckContext, openDeck, projectedLessons, slideCount, slideHydrated, slideList, storageSnapshot, waitForSlide } from './drive-deck';
import { axeViolations, builtHtml, hydrated, launch, site, tabTo, readContent } from './harness';

/**
 * Issue 13, the projection as a trainer uses it: keys, the place in the URL, the overview and
 * the help, the widgets and the quiz shown to the room in demo mode, and nothing recorded.
 */

const L07 = '07-cadres-facturation';
const L15 = '15-reforme-b2b';
const KEY = 'chorus-pro-micro-cours:progression';
const REFORM = 'calendrier-reforme';
const bank: Question[] = readdirSync('content/questions').flatMap((f) => readContent(`content/questions/${f}`));
const practice = readContent('content/exercises/pratique-cadres.json') as { questions: string[] };
const practiceQuestions = practice.questions.map((id) => bank.find((q) => q.id === id) as Question);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const hash = (page: Page) => new URL(page.url()).hash;

/** A new window on a lesson's projection; the caller closes its context. */
async function deck(lesson = L07, at = '', width = 1280, height = 720): Promise<Page> {
	const context = await deckContext(browser, width, height);
	const page = await context.newPage();
	await openDeck(page, lesson, at);
	return page;
}

/** The first slide of a kind (and holding `exercise`, if given). */
async function firstSlide(page: Page, kind: 'text' | 'exercise' | 'quiz', exercise?: string): Promise<number> {
	const n = await page.evaluate(
		([k, id]) => {
			const slides = [...document.querySelectorAll<HTMLElement>(`.slide[data-kind="${k}"]`)];
			const found = slides.find((s) => !id || s.querySelector(`[data-exercise="${id}"]`));
			return Number(found?.dataset.n ?? 0);
		},
		[kind, exercise ?? ''] as const
	);
	if (!n) throw new Error(`Aucune diapositive « ${kind} » ${exercise ?? ''}`);
	return n;
}

/** Goes to slide `n` with the keys a trainer would type: its number, then Entrée. */
async function jumpTo(page: Page, n: number): Promise<void> {
	// Digits and Entrée are the deck's only when focus is on the slide: on a toolbar button Entrée
	// presses the button, in a widget the keys are the widget's. Put focus back on the page.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (const digit of String(n)) await page.keyboard.press(digit);
	await page.keyboard.press('Enter');
	await waitForSlide(page, n);
}

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('lesson 07 projected, with the keyboard like a trainer', () => {
	test('arrows, Page Down / Page Up, End / Home and a number + Entrée move; the URL follows; a reload keeps the place', async () => {
		const page = await deck();
		const count = await slideCount(page);
		expect(await currentSlide(page)).toBe(1);
		expect(hash(page)).toBe('#diapo-1');

		await page.keyboard.press('ArrowRight');
		await waitForSlide(page, 2);
		expect(hash(page)).toBe('#diapo-2');
		await page.keyboard.press('PageDown');
		await waitForSlide(page, 3);
		await page.keyboard.press('PageUp');
		await waitForSlide(page, 2);
		await page.keyboard.press('ArrowLeft');
		await waitForSlide(page, 1);
		await page.keyboard.press('End');
		await waitForSlide(page, count);
		expect(hash(page)).toBe(`#diapo-${count}`);
		await page.keyboard.press('Home');
		await waitForSlide(page, 1);

		await page.keyboard.press('1');
		await page.keyboard.press('2');
		expect(await page.locator('[data-deck-jump]').textContent()).toContain('12');
		await page.keyboard.press('Enter');
		await waitForSlide(page, 12);
		expect(hash(page)).toBe('#diapo-12');
		expect(await page.locator('[data-deck-counter]').textContent()).toBe(`12 / ${count}`);

		await page.reload();
		await page.waitForSelector('html.deck-ready', { state: 'attached' });
		expect(await currentSlide(page)).toBe(12);
		expect(await page.locator('.slide.is-current').count()).toBe(1);
		await page.context().close();
	});

	test('« o » opens the overview, a list of buttons; Entrée on one goes there; Échap closes it', async () => {
		const page = await deck();
		const count = await slideCount(page);

		await page.keyboard.press('o');
		expect(await visible(page, '[data-deck-overview]')).toBe(true);
		const buttons = page.locator('[data-deck-overview] ol button');
		expect(await buttons.count()).toBe(count);
		// A widget's slide says so in the list (found from the deck: the count moves with the content).
		const exercise = (await slideList(page)).find((s) => s.kind === 'exercise');
		expect(exercise).toBeDefined();
		expect(await buttons.nth(exercise!.n - 1).textContent()).toMatch(new RegExp(`^${exercise!.n}\\. .*— exercice$`));
		// It opens on the slide shown, marked as the current one.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^1\. /);
		expect(await buttons.nth(0).getAttribute('aria-current')).toBe('true');
		await tabTo(page, `el.tagName === 'BUTTON' && el.textContent.startsWith('5. ')`);
		await page.keyboard.press('Enter');
		await waitForSlide(page, 5);
		expect(await visible(page, '[data-deck-overview]')).toBe(false);
		expect(hash(page)).toBe('#diapo-5');

		await page.keyboard.press('o');
		expect(await visible(page, '[data-deck-overview]')).toBe(true);
		await page.keyboard.press('Escape');
		expect(await visible(page, '[data-deck-overview]')).toBe(false);
		// Closing a panel is not leaving the projection.
		expect(page.url()).toContain(`/projection/${L07}/`);
		expect(await currentSlide(page)).toBe(5);
		await page.context().close();
	});

	test('« ? » opens the help listing the keys; Échap closes it', async () => {
		const page = await deck();

		await page.keyboard.press('?');
		const help = page.locator('[data-deck-help]');
		expect(await help.isVisible()).toBe(true);
		const keys = (await help.locator('dt').allTextContents()).join(' | ');
		for (const key of ['→', '←', 'Page suivante', 'Page précédente', 'Début', 'Fin', 'numéro puis Entrée', 'o', 'f', 's', '?', 'Échap']) {
			expect(keys).toContain(key);
		}
		await page.keyboard.press('Escape');
		expect(await help.isVisible()).toBe(false);
		expect(page.url()).toContain(`/projection/${L07}/`);
		await page.context().close();
	});

	test('a link to a section (#a9-sous-traitant) opens that section’s first slide', async () => {
		const page = await deck(L07, '#a9-sous-traitant');
		const first = Math.min(...(await slideList(page)).filter((s) => s.section === 'a9-sous-traitant').map((s) => s.n));

		expect(await currentSlide(page)).toBe(first);
		expect(await page.locator('.slide.is-current').getAttribute('data-section')).toBe('a9-sous-traitant');
		expect(hash(page)).toBe(`#diapo-${first}`);
		await page.context().close();
	});

	test('Échap on a slide (not in a widget) goes back to the lesson page', async () => {
		const page = await deck();
		await page.keyboard.press('ArrowRight');
		await waitForSlide(page, 2);

		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname.endsWith(`/lecons/${L07}/`));
		await page.context().close();
	});

	// Échap in a widget gives focus to the slide (tabindex -1), so the deck's keys work again.
	test('Échap in a widget leaves the widget (not the projection), and « s » then works', async () => {
		const page = await deck();
		try {
			const n = await firstSlide(page, 'exercise', 'pratique-cadres');
			await jumpTo(page, n);
			await slideHydrated(page);
			await reach(page, `el.type === 'radio' && el.closest('[data-exercise="pratique-cadres"]')`);

			await page.keyboard.press('Escape');
			expect(page.url()).toContain(`/projection/${L07}/`);
			expect(await page.evaluate(() => !!document.activeElement?.closest('.exercise'))).toBe(false);
			await page.keyboard.press('s');
			await expect.poll(() => page.locator('[data-exercise="pratique-cadres"] button', { hasText: 'Réessayer' }).count(), { timeout: 3_000 }).toBe(practiceQuestions.length);
		} finally {
			await page.context().close();
		}
	});
});

describe('widgets and the quiz in demo mode', () => {
	test('an exercise slide is marked « Démonstration »; « s » shows the solution, « s » again a blank exercise', async () => {
		const page = await deck();
		const n = await firstSlide(page, 'exercise', 'pratique-cadres');
		await jumpTo(page, n);
		await slideHydrated(page);
		const scope = page.locator('.slide.is-current [data-exercise="pratique-cadres"]');
		const solution = page.locator('[data-deck-solution]');
		expect(await page.locator('.slide.is-current .demo-mark').isVisible()).toBe(true);
		expect(await page.locator('.slide.is-current .demo-mark').textContent()).toContain('Démonstration');
		expect(await solution.isVisible()).toBe(true);
		expect(await solution.getAttribute('aria-pressed')).toBe('false');

		await page.keyboard.press('s');
		await expect.poll(() => scope.locator('button', { hasText: 'Réessayer' }).count()).toBe(practiceQuestions.length);
		expect(await scope.locator('button', { hasText: 'Vérifier' }).count()).toBe(0);
		for (const q of practiceQuestions) {
			const right = q.type === 'truefalse' ? (q.answer ? 'Vrai' : 'Faux') : q.type === 'single' ? (q.options.find((o) => o.correct)?.text as string) : null;
			if (right) expect(await scope.locator(`[data-question="${q.id}"]`).getByLabel(right, { exact: true }).isChecked()).toBe(true);
		}
		expect(await solution.textContent()).toBe('Masquer la solution (s)');
		expect(await solution.getAttribute('aria-pressed')).toBe('true');

		await page.keyboard.press('s');
		await expect.poll(() => scope.locator('button', { hasText: 'Réessayer' }).count()).toBe(0);
		expect(await scope.locator('button', { hasText: 'Vérifier' }).count()).toBe(practiceQuestions.length);
		expect(await scope.locator('input:checked').count()).toBe(0);
		expect(await solution.textContent()).toBe('Afficher la solution (s)');
		await page.context().close();
	});

	test('a quiz slide shows the question alone; « s » shows the answer and its explanation, « s » hides them', async () => {
		const page = await deck();
		const n = await firstSlide(page, 'quiz');
		await jumpTo(page, n);
		const slide = page.locator('.slide.is-current');
		const answer = slide.locator('[data-room-answer]');
		const prompt = ((await slide.locator('.room-prompt').textContent()) ?? '').trim();
		const question = bank.find((q) => q.prompt.trim() === prompt);
		expect(question, `question « ${prompt} » absente de la banque`).toBeDefined();
		expect(await answer.isVisible()).toBe(false);

		await page.keyboard.press('s');
		expect(await answer.isVisible()).toBe(true);
		const shown = ((await answer.textContent()) ?? '').replace(/\s+/g, ' ');
		expect(shown).toContain('Réponse :');
		expect(shown).toContain((question as Question).explanation.replace(/\s+/g, ' ').trim());

		await page.keyboard.press('s');
		expect(await answer.isVisible()).toBe(false);
		await page.context().close();
	});
});

/** A real stored progress of the current format: a v1 file written by the course, migrated. */
function plantedProgress(): string {
	const v1 = JSON.parse(readFileSync('tests/fixtures/progress/v1-2026-12-04-stored.json', 'utf-8'));
	const migrated = migrateToCurrent(v1, 2);
	if (!migrated.ok) throw new Error(`Migration impossible : ${migrated.reason}`);
	const problem = progressProblem(migrated.data);
	if (problem) throw new Error(`Progression invalide : ${problem}`);
	return JSON.stringify(migrated.data);
}

describe('nothing is recorded in projection', () => {
	test('the learner’s stores are byte-identical after a full demo of lessons 07 and 15', async () => {
		const context = await deckContext(browser);
		const page = await context.newPage();
		await page.goto(site('glossaire/'));
		await hydrated(page);
		const planted = plantedProgress();
		await page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [KEY, planted]);
		const before = await storageSnapshot(page);
		expect(before.local).toContainEqual([KEY, planted]);

		// Lesson 07: an exercise answered with the keyboard, solutions shown and hidden, quiz answers shown.
		await openDeck(page, L07);
		await jumpTo(page, await firstSlide(page, 'exercise', 'pratique-cadres'));
		await slideHydrated(page);
		const scope = '.slide.is-current [data-exercise="pratique-cadres"]';
		await answerQuestion(page, scope, practiceQuestions[0] as Question, true);
		await answerQuestion(page, scope, practiceQuestions[1] as Question, false);
		// The toolbar's button, reached with Tab, as a trainer whose focus is in the widget would.
		await reach(page, `el.matches('[data-deck-solution]')`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`${scope} button`, { hasText: 'Réessayer' }).count()).toBe(practiceQuestions.length);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`${scope} button`, { hasText: 'Réessayer' }).count()).toBe(0);
		await jumpTo(page, await firstSlide(page, 'exercise', 'choix-cadre'));
		await slideHydrated(page);
		await page.keyboard.press('s');
		await page.keyboard.press('s');
		const quiz = (await slideList(page)).filter((s) => s.kind === 'quiz');
		expect(quiz.length).toBeGreaterThan(0);
		for (const s of quiz) {
			await jumpTo(page, s.n);
			await page.keyboard.press('s');
			await page.locator('.slide.is-current [data-room-answer]').waitFor();
		}

		// Lesson 15: the trainer's date, the size form, the practice cases revealed and hidden.
		await openDeck(page, L15);
		await jumpTo(page, await firstSlide(page, 'exercise', REFORM));
		await slideHydrated(page);
		expect(await page.locator(`#${REFORM}-date-du-jour`).count()).toBe(1);
		await typeDate(page, `#${REFORM}-date-du-jour`, '2027-03-15');
		await typeIn(page, `#${REFORM}-effectif`, '3');
		await typeIn(page, `#${REFORM}-ca`, '180 000');
		await typeIn(page, `#${REFORM}-bilan`, '95 000');
		await press(page, `[data-exercise="${REFORM}"]`, 'Déterminer');
		await page.locator(`#${REFORM}-categorie-titre`).waitFor();
		expect(((await page.locator(`[data-exercise="${REFORM}"] .reform-timeline-list`).textContent()) ?? '').replace(/[\u00a0\u202f\s]+/g, ' ')).toContain('15 mars 2027');
		await reach(page, `el.matches('[data-deck-solution]')`);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await jumpTo(page, await firstSlide(page, 'quiz'));
		await page.keyboard.press('s');

		expect(await storageSnapshot(page)).toEqual(before);
		await context.close();
	}, 180_000);

	test('lesson 15’s « Date du jour (formateur) » is in the projection, not on the learners’ page', async () => {
		const page = await deck(L15);
		await jumpTo(page, await firstSlide(page, 'exercise', REFORM));
		await slideHydrated(page);
		expect(await page.getByLabel('Date du jour (formateur)').count()).toBe(1);

		await page.goto(site(`lecons/${L15}/`));
		await hydrated(page);
		expect(await page.locator(`[data-exercise="${REFORM}"]`).count()).toBe(1);
		expect(await page.locator(`#${REFORM}-date-du-jour`).count()).toBe(0);
		expect(await page.getByText('Date du jour (formateur)').count()).toBe(0);
		await page.context().close();
	});
});

describe('trainer notes stay out of the projection', () => {
	const markers = trainerNoteMarkers();

	test('the lessons have trainer notes to look for', () => {
		expect(markers.length).toBeGreaterThan(100);
	});

	// The same check as pages.test.ts « contains no trainer note »: the notes of every lesson, in every projection.
	test.each(projectedLessons())('projection « %s » contains no trainer note, not even hidden', (lesson) => {
		const html = builtHtml(`projection/${lesson}/`).replace(/\s+/g, ' ');

		for (const marker of markers) expect(html).not.toContain(marker);
		expect(html).not.toContain('NoteFormateur');
		expect(html).not.toContain('data-note');
	});
});

describe('axe on the projection (WCAG 2.2 A/AA)', () => {
	test('a text slide has zero violations', async () => {
		const page = await deck(L07, '#diapo-3');
		await waitForSlide(page, 3);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('an exercise slide, hydrated, has zero violations', async () => {
		const page = await deck();
		await jumpTo(page, await firstSlide(page, 'exercise', 'pratique-cadres'));
		await slideHydrated(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('a quiz slide with its answer shown has zero violations', async () => {
		const page = await deck();
		await jumpTo(page, await firstSlide(page, 'quiz'));
		await page.keyboard.press('s');
		await page.locator('.slide.is-current [data-room-answer]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('the help panel open has zero violations', async () => {
		const page = await deck();
		await page.keyboard.press('?');
		await page.locator('[data-deck-help]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
