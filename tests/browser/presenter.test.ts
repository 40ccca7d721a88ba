import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractTrainerNotes } from '../../src/lib/mdx-refs';
import type { Question } from '../../src/schemas/question';
import { reach } from './drive';
import {
	PRESENTER_DECK,
	currentSlide,
	deckContext,
	openDeck,
	openPresenter,
	presenterJump,
	presenterSlide,
	presenterSlides,
	projectedLessons,
	slideCount,
	slideHydrated,
	waitForPresenterSlide,
	waitForSlide,
} from './drive-deck';
import { axeViolations, launch, pdfPages, readContent } from './harness';

/**
 * Issue 13, the presenter view as a trainer uses it: one browser profile, the presenter view in
 * one window and the projection in another (same origin, so BroadcastChannel joins them), in
 * step both ways and after a reload; the notes of the current section; the solution shown to the
 * room from the presenter; the timer; the lesson's block in the day; the printed handout.
 */

const L07 = '07-cadres-facturation';
const bank: Question[] = readdirSync('content/questions').flatMap((f) => readContent(`content/questions/${f}`));
const practice = readContent('content/exercises/pratique-cadres.json') as { questions: string[] };
const practiceCount = practice.questions.length;
const agenda = readContent('content/agenda.json') as { id: string; label: string; blocks: { id: string; title: string; content: { lesson: string }[] }[] }[];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const hash = (page: Page) => new URL(page.url()).hash;
const plain = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A presenter view of lesson 07 in a fresh profile; the caller closes `context`. */
async function presenter(width = 1280, height = 720, at = ''): Promise<{ context: BrowserContext; page: Page }> {
	const context = await deckContext(browser, width, height);
	const page = await context.newPage();
	await openPresenter(page, L07, at);
	return { context, page };
}

/** The presenter view, then the projection opened from its « Ouvrir la projection » button (a popup). */
async function trainerPair(): Promise<{ context: BrowserContext; pres: Page; proj: Page }> {
	const { context, page: pres } = await presenter();
	await reach(pres, `el.matches('[data-open-projection]')`);
	const popup = context.waitForEvent('page');
	await pres.keyboard.press('Enter');
	const proj = await popup;
	await proj.waitForSelector('html.deck-ready', { state: 'attached' });
	expect(new URL(proj.url()).pathname).toMatch(new RegExp(`/projection/${L07}/$`));
	return { context, pres, proj };
}

/** Types a slide number then Entrée in the projection, with focus on the slide (not a button). */
async function projectionJump(page: Page, n: number): Promise<void> {
	await page.bringToFront();
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (const digit of String(n)) await page.keyboard.press(digit);
	await page.keyboard.press('Enter');
	await waitForSlide(page, n);
}

/** The first slide of the presenter's deck that matches `selector` (its kind, or something it holds). */
async function presenterSlideWith(page: Page, selector: string): Promise<number> {
	const n = await page.evaluate(
		([deck, sel]) => Number([...document.querySelectorAll<HTMLElement>(`${deck} > [data-slide]`)].find((s) => s.matches(sel) || s.querySelector(sel))?.dataset.n ?? 0),
		[PRESENTER_DECK, selector] as const
	);
	if (!n) throw new Error(`Aucune diapositive de la vue présentateur ne contient ${selector}`);
	return n;
}

/** Checks what the presenter view says about slide `n` of `count`: URL, heading, counter, next slide. */
async function presenterShows(page: Page, n: number, count: number): Promise<void> {
	await waitForPresenterSlide(page, n);
	const slides = await presenterSlides(page);
	expect(hash(page)).toBe(`#diapo-${n}`);
	expect(plain(await page.locator('#pres-actuelle').textContent())).toBe(plain(`Diapositive actuelle\u00a0: ${n}. ${slides[n - 1]!.title}`));
	expect(await page.locator('[data-deck-counter]').textContent()).toBe(`${n} / ${count}`);
	const next = n < count ? `${n + 1}. ${slides[n]!.title}` : 'fin de la leçon';
	expect(plain(await page.locator('[data-next-label]').textContent())).toBe(plain(next));
}

/** « 12 min 05 s » or « 1 h 02 min » as seconds. */
function seconds(label: string | null): number {
	const text = plain(label);
	const hm = /^(\d+) h (\d+) min$/.exec(text);
	if (hm) return Number(hm[1]) * 3600 + Number(hm[2]) * 60;
	const ms = /^(\d+) min (\d+) s$/.exec(text);
	if (!ms) throw new Error(`Temps écoulé illisible : « ${text} »`);
	return Number(ms[1]) * 60 + Number(ms[2]);
}

describe('the presenter view and the projection, two windows of one trainer', () => {
	test('« Ouvrir la projection » opens the same deck; they move together both ways', async () => {
		const { context, pres, proj } = await trainerPair();
		try {
			const count = await presenterSlides(pres).then((s) => s.length);
			expect(count).toBeGreaterThan(20);
			expect(await proj.locator('.deck > [data-slide]').count()).toBe(count);
			expect(await slideCount(proj)).toBe(count);
			// The titles too: both windows split the MDX into the same slides.
			expect((await presenterSlides(pres)).map((s) => s.title)).toEqual(await proj.locator('.deck > [data-slide]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.title)));
			await presenterShows(pres, 1, count);
			expect(await currentSlide(proj)).toBe(1);
			await expect.poll(() => pres.locator('[data-projection-status]').textContent()).toContain('ouverte');

			// Presenter → projection.
			await pres.bringToFront();
			await pres.keyboard.press('ArrowRight');
			await presenterShows(pres, 2, count);
			await waitForSlide(proj, 2);
			expect(hash(proj)).toBe('#diapo-2');
			expect(await proj.locator('.slide.is-current').count()).toBe(1);
			await pres.keyboard.press('ArrowRight');
			await waitForSlide(proj, 3);
			await pres.keyboard.press('ArrowLeft');
			await waitForSlide(proj, 2);
			await presenterShows(pres, 2, count);

			// Projection → presenter.
			await projectionJump(proj, 15);
			await presenterShows(pres, 15, count);
			await proj.keyboard.press('End');
			await waitForSlide(proj, count);
			await presenterShows(pres, count, count);
			await proj.keyboard.press('Home');
			await waitForSlide(proj, 1);
			await presenterShows(pres, 1, count);

			// A number then Entrée works in the presenter too, even with focus on one of its buttons.
			await pres.bringToFront();
			await reach(pres, `el.matches('[data-deck-next]')`);
			await pres.keyboard.press('1');
			await pres.keyboard.press('2');
			await pres.keyboard.press('Enter');
			await presenterShows(pres, 12, count);
			await waitForSlide(proj, 12);
		} finally {
			await context.close();
		}
	});

	test('after a reload of either window, both are back in step and keep following each other', async () => {
		const { context, pres, proj } = await trainerPair();
		try {
			const count = await presenterSlides(pres).then((s) => s.length);
			await pres.bringToFront();
			await presenterJump(pres, 9);
			await waitForSlide(proj, 9);

			await proj.reload();
			await proj.waitForSelector('html.deck-ready', { state: 'attached' });
			expect(await currentSlide(proj)).toBe(9);
			await presenterShows(pres, 9, count);

			// Focus left in « Aller à la diapositive » keeps the arrows for the field: leave it first.
			await pres.bringToFront();
			await pres.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await pres.keyboard.press('ArrowRight');
			await pres.keyboard.press('ArrowRight');
			await presenterShows(pres, 11, count);
			// The reloaded projection still follows.
			await waitForSlide(proj, 11);

			await pres.reload();
			await pres.waitForSelector('html.deck-ready', { state: 'attached' });
			await presenterShows(pres, 11, count);
			expect(await currentSlide(proj)).toBe(11);

			await pres.bringToFront();
			await pres.keyboard.press('ArrowRight');
			await presenterShows(pres, 12, count);
			await waitForSlide(proj, 12);
			// And the other way, to the reloaded presenter.
			await projectionJump(proj, 5);
			await presenterShows(pres, 5, count);

			// A projection opened again without a place in its URL takes the presenter's (the channel, not the hash).
			await openDeck(proj, L07);
			await waitForSlide(proj, 5);
			expect(await proj.locator('.slide.is-current').count()).toBe(1);
			expect(hash(proj)).toBe('#diapo-5');
		} finally {
			await context.close();
		}
	});

	test('« Afficher la solution » in the presenter shows the widget’s solution in the projection; « Masquer » gives a blank exercise', async () => {
		const { context, pres, proj } = await trainerPair();
		try {
			const n = await presenterSlideWith(pres, '[data-exercise-card="pratique-cadres"]');
			const button = pres.locator('[data-deck-solution]');
			expect(await button.isVisible()).toBe(false);
			await pres.bringToFront();
			await presenterJump(pres, n);
			expect(await pres.locator(`${PRESENTER_DECK} > .slide.is-current`).getAttribute('data-kind')).toBe('exercise');
			expect(await button.isVisible()).toBe(true);
			expect(await button.textContent()).toBe('Afficher la solution (s)');
			await waitForSlide(proj, n);
			await slideHydrated(proj);
			const scope = proj.locator('.slide.is-current [data-exercise="pratique-cadres"]');
			expect(await scope.locator('button', { hasText: 'Vérifier' }).count()).toBe(practiceCount);

			await reach(pres, `el.matches('[data-deck-solution]')`);
			await pres.keyboard.press('Enter');
			await expect.poll(() => scope.locator('button', { hasText: 'Réessayer' }).count()).toBe(practiceCount);
			expect(await scope.locator('button', { hasText: 'Vérifier' }).count()).toBe(0);
			expect(await button.textContent()).toBe('Masquer la solution (s)');
			expect(await button.getAttribute('aria-pressed')).toBe('true');
			// The projection's own button says the same.
			await expect.poll(() => proj.locator('[data-deck-solution]').textContent()).toBe('Masquer la solution (s)');

			await pres.keyboard.press('Enter');
			await expect.poll(() => scope.locator('button', { hasText: 'Réessayer' }).count()).toBe(0);
			expect(await scope.locator('button', { hasText: 'Vérifier' }).count()).toBe(practiceCount);
			expect(await scope.locator('input:checked').count()).toBe(0);
			expect(await button.textContent()).toBe('Afficher la solution (s)');
		} finally {
			await context.close();
		}
	});

	test('on a quiz slide, « Afficher la solution » in the presenter shows the answer to the room, again hides it', async () => {
		const { context, pres, proj } = await trainerPair();
		try {
			const n = await presenterSlideWith(pres, '[data-kind="quiz"]');
			await pres.bringToFront();
			await presenterJump(pres, n);
			await waitForSlide(proj, n);
			const answer = proj.locator('.slide.is-current [data-room-answer]');
			expect(await answer.isVisible()).toBe(false);

			await reach(pres, `el.matches('[data-deck-solution]')`);
			await pres.keyboard.press('Enter');
			await expect.poll(() => answer.isVisible()).toBe(true);
			expect(plain(await answer.textContent())).toContain('Réponse :');
			await pres.keyboard.press('Enter');
			await expect.poll(() => answer.isVisible()).toBe(false);
		} finally {
			await context.close();
		}
	});
});

describe('the notes panel', () => {
	const mdx = readFileSync(`content/lessons/${L07}.mdx`, 'utf-8');
	const notes = extractTrainerNotes(mdx);
	// The words of a note before any Markdown mark or line break: the same in the rendered HTML (as tests/browser/notes.ts).
	const marker = (text: string) => plain(text.split(/[*_`[<\n]/)[0]!).slice(0, 60).trim();
	const sections = [...new Set(notes.map((n) => n.section))].filter((s): s is string => s !== null);

	test('lesson 07 has trainer notes in several sections', () => {
		expect(sections.length).toBeGreaterThan(3);
		for (const note of notes) expect(marker(note.text).length, note.text).toBeGreaterThanOrEqual(15);
	});

	test('on each section’s first slide, the panel shows that section’s notes and no other', async () => {
		const { context, page } = await presenter();
		try {
			const slides = await presenterSlides(page);
			const panel = page.locator('[data-notes-panel]');
			for (const section of sections) {
				const first = slides.find((s) => s.section === section);
				expect(first, `section ${section} sans diapositive`).toBeDefined();
				await presenterJump(page, first!.n);
				const shown = plain(await panel.textContent());
				for (const note of notes) {
					if (note.section === section) expect(shown, `note de ${section} absente du panneau`).toContain(marker(note.text));
					else expect(shown, `note de ${note.section} affichée sur ${section}`).not.toContain(marker(note.text));
				}
				// The next slide of the same section (a continued or split slide) keeps them.
				const after = slides.find((s) => s.n > first!.n && s.section === section);
				if (after) {
					await presenterJump(page, after.n);
					for (const note of notes.filter((x) => x.section === section)) expect(plain(await panel.textContent())).toContain(marker(note.text));
				}
			}
			// The cover has no notes and says so.
			await presenterJump(page, 1);
			expect(plain(await panel.textContent())).toBe('Pas de note pour cette diapositive.');
		} finally {
			await context.close();
		}
	});

	test('on a quiz slide, the panel shows the answer and its explanation', async () => {
		const { context, page } = await presenter();
		try {
			const n = await presenterSlideWith(page, '[data-kind="quiz"]');
			await presenterJump(page, n);
			const prompt = plain(await page.locator(`${PRESENTER_DECK} > .slide.is-current .room-prompt`).textContent());
			const question = bank.find((q) => plain(q.prompt) === prompt);
			expect(question, `question « ${prompt} » absente de la banque`).toBeDefined();
			const shown = plain(await page.locator('[data-notes-panel]').textContent());
			expect(shown).toContain('Réponse :');
			expect(shown).toContain(plain(question!.explanation));
			expect(await page.locator('[data-notes-panel] .presenter-answer').isVisible()).toBe(true);
		} finally {
			await context.close();
		}
	});
});

describe('time: the timer and the day’s agenda', () => {
	test('the elapsed time runs, « Pause » stops it (kept paused), and a reload keeps it', async () => {
		const { context, page } = await presenter();
		try {
			const elapsed = page.locator('[data-elapsed]');
			const start = await elapsed.textContent();
			await expect.poll(() => elapsed.textContent(), { timeout: 5_000 }).not.toBe(start);
			const stored = () => page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), `chorus-pro-minuteur:${L07}`);
			expect((await stored()).since).toEqual(expect.any(Number));

			await reach(page, `el.matches('[data-timer-toggle]')`);
			expect(await page.locator('[data-timer-toggle]').textContent()).toBe('Pause');
			await page.keyboard.press('Enter');
			expect(await page.locator('[data-timer-toggle]').textContent()).toBe('Reprendre');
			const paused = await stored();
			expect(paused.since).toBeNull();
			expect(paused.spent).toBeGreaterThanOrEqual(1000);
			const before = seconds(await elapsed.textContent());
			expect(before).toBeGreaterThanOrEqual(1);

			await page.reload();
			await page.waitForSelector('html.deck-ready', { state: 'attached' });
			expect(seconds(await elapsed.textContent())).toBeGreaterThanOrEqual(before);
			expect(await page.locator('[data-timer-toggle]').textContent()).toBe('Reprendre');

			// Started again, it goes on from there, and the reload keeps it running.
			await reach(page, `el.matches('[data-timer-toggle]')`);
			await page.keyboard.press('Enter');
			expect(await page.locator('[data-timer-toggle]').textContent()).toBe('Pause');
			await expect.poll(async () => seconds(await elapsed.textContent()), { timeout: 5_000 }).toBeGreaterThan(before);
			const running = seconds(await elapsed.textContent());
			await page.reload();
			await page.waitForSelector('html.deck-ready', { state: 'attached' });
			expect(seconds(await elapsed.textContent())).toBeGreaterThanOrEqual(running);
			expect(await page.locator('[data-timer-toggle]').textContent()).toBe('Pause');
		} finally {
			await context.close();
		}
	});

	test('the lesson’s block of the day (présentiel) and the time left in the day are shown', async () => {
		const variant = agenda.find((v) => v.id === 'presentiel')!;
		const block = variant.blocks.find((b) => b.content.some((c) => c.lesson === L07));
		expect(block, 'leçon 07 sans bloc dans la journée en salle').toBeDefined();
		const { context, page } = await presenter();
		try {
			const plan = plain(await page.locator('[data-block-plan]').textContent());
			expect(plan).toContain(`« ${block!.title} »`);
			expect(plan).toContain(variant.label);
			expect(plain(await page.locator('[data-day-left]').textContent())).not.toBe('');
		} finally {
			await context.close();
		}
	});
});

describe('the printed handout: one A4 page per slide, with the notes', () => {
	// 297 mm less the 2 × 12 mm margins of @page, at 96 CSS px per inch.
	const A4_CONTENT_HEIGHT = Math.floor((273 / 25.4) * 96);
	// 210 mm less the margins: the width the handout is laid out at when printed.
	const A4_CONTENT_WIDTH = Math.floor((186 / 25.4) * 96);

	test('lesson 07 prints as many A4 pages as slides, with its notes', async () => {
		const { context, page } = await presenter();
		try {
			const count = (await presenterSlides(page)).length;
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdfPages(pdf)).toBe(count);

			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.handout-page').count()).toBe(count);
			expect(await page.locator('.presenter').evaluate((el) => getComputedStyle(el).display)).toBe('none');
			// Each section's notes are printed once, on its first page.
			const printed = plain(await page.locator('[data-handout]').textContent());
			for (const note of extractTrainerNotes(readFileSync(`content/lessons/${L07}.mdx`, 'utf-8'))) {
				expect(printed).toContain(plain(note.text.split(/[*_`[<\n]/)[0]!).slice(0, 60).trim());
			}
			expect(await page.locator('.handout-notes').count()).toBeGreaterThan(3);
		} finally {
			await context.close();
		}
	}, 60_000);

	test.each(projectedLessons())('« %s »: every handout page fits on one A4 page', async (lesson) => {
		const context = await deckContext(browser, 1280, 720);
		const page = await context.newPage();
		try {
			await openPresenter(page, lesson);
			const count = (await presenterSlides(page)).length;
			await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT });
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.handout-page').count()).toBe(count);
			expect(await page.locator('.presenter').evaluate((el) => getComputedStyle(el).display)).toBe('none');
			const tooLong = await page.locator('.handout-page').evaluateAll(
				(pages, max) =>
					pages
						.map((p) => ({ caption: p.querySelector('.handout-caption')?.textContent ?? '?', height: Math.ceil(p.getBoundingClientRect().height) }))
						.filter((p) => p.height > max)
						.map((p) => `${p.caption} : ${p.height} px > ${max} px`),
				A4_CONTENT_HEIGHT
			);
			expect(tooLong).toEqual([]);
			// Measured laid out for print, not hidden: every page holds at least its 369 px slide frame.
			const heights = await page.locator('.handout-page').evaluateAll((pages) => pages.map((p) => p.getBoundingClientRect().height));
			expect(Math.min(...heights)).toBeGreaterThan(369);
		} finally {
			await context.close();
		}
	});
});

describe('a narrow presenter window beside a shared screen (video call)', () => {
	test('at 700 × 800, the notes come before the slide previews', async () => {
		const { context, page } = await presenter(700, 800);
		try {
			const notesTop = await page.locator('.presenter-notes').evaluate((el) => el.getBoundingClientRect().top);
			const currentTop = await page.locator('[data-preview-current]').evaluate((el) => el.getBoundingClientRect().top);
			const nextTop = await page.locator('[data-preview-next]').evaluate((el) => el.getBoundingClientRect().top);
			expect(notesTop).toBeLessThan(currentTop);
			expect(notesTop).toBeLessThan(nextTop);
		} finally {
			await context.close();
		}
	});
});

describe('axe on the presenter view (WCAG 2.2 A/AA)', () => {
	test('a text slide with notes has zero violations', async () => {
		const { context, page } = await presenter(1280, 720, '#a1-facture-simple');
		try {
			expect(await pageKind(page)).toBe('text');
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test('a quiz slide, with its answer in the notes, has zero violations', async () => {
		const { context, page } = await presenter();
		try {
			await presenterJump(page, await presenterSlideWith(page, '[data-kind="quiz"]'));
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

/** The kind of the slide the presenter view shows. */
async function pageKind(page: Page): Promise<string | null> {
	expect(await presenterSlide(page)).toBeGreaterThan(1);
	return page.locator(`${PRESENTER_DECK} > .slide.is-current`).getAttribute('data-kind');
}
