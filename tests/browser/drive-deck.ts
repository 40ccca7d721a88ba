import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { reach } from './drive';
import { site } from './harness';

/**
 * Helpers for the projection's browser tests: a window of a projector's size, a lesson opened as
 * slides, and moves from slide to slide. Slides fade in unless motion is reduced, so every
 * context asks for reduced motion: what is measured is the slide at rest.
 */

/** The lessons built as projections (dist/projection/<id>/), in course order. */
export function projectedLessons(): string[] {
	const dir = resolve('dist', 'projection');
	return readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory())
		.sort();
}

/** A fresh profile with a window of `width` × `height`, in French, with reduced motion. */
export function deckContext(browser: Browser, width = 1280, height = 720): Promise<BrowserContext> {
	// The same options as harness.ts's newContext, plus the height and reduced motion.
	return browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: 'fr-FR', reducedMotion: 'reduce', serviceWorkers: 'block' });
}

/** Opens a lesson's projection (at `hash` if given) and waits until the script has laid it out. */
export async function openDeck(page: Page, lesson: string, hash = ''): Promise<void> {
	await page.goto(site(`projection/${lesson}/${hash}`));
	await page.waitForSelector('html.deck-ready', { state: 'attached' });
}

/** The number of the slide shown. */
export async function currentSlide(page: Page): Promise<number> {
	return Number(await page.locator('.slide.is-current').getAttribute('data-n'));
}

/** Waits until slide `n` is the one shown. */
export async function waitForSlide(page: Page, n: number): Promise<void> {
	await page.waitForSelector(`.slide.is-current[data-n="${n}"]`, { timeout: 15_000 });
}

/** The number of slides of the opened deck. */
export function slideCount(page: Page): Promise<number> {
	return page.locator('.slide[data-slide]').count();
}

/** Shows slide `n` through the URL, as a link to #diapo-N would. */
export async function goToSlide(page: Page, n: number): Promise<void> {
	if ((await currentSlide(page)) === n) return;
	await page.evaluate((hash) => {
		location.hash = hash;
	}, `#diapo-${n}`);
	await waitForSlide(page, n);
}

/** The slides of the opened deck: number, kind, section and title. */
export function slideList(page: Page): Promise<{ n: number; kind: string; section: string; title: string }[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.slide[data-slide]')].map((s) => ({
			n: Number(s.dataset.n),
			kind: s.dataset.kind ?? '',
			section: s.dataset.section ?? '',
			title: s.dataset.title ?? '',
		}))
	);
}

/** Waits until every island of the slide shown has started (a widget is measured as the room sees it). */
export async function slideHydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => [...document.querySelectorAll('.slide.is-current astro-island')].every((i) => !i.hasAttribute('ssr')), undefined, { timeout: 10_000 });
}

/**
 * Every storage the page can see, whole: all keys and values of localStorage and sessionStorage,
 * in a stable order, so that two snapshots compare byte for byte.
 */
export function storageSnapshot(page: Page): Promise<{ local: [string, string][]; session: [string, string][] }> {
	return page.evaluate(() => {
		const all = (s: Storage) =>
			Array.from({ length: s.length }, (_, i) => s.key(i) as string)
				.sort()
				.map((k) => [k, s.getItem(k) as string] as [string, string]);
		return { local: all(localStorage), session: all(sessionStorage) };
	});
}

/**
 * The presenter view's own deck. Its page holds other copies of slides (the « next slide »
 * preview, marked is-current too, and the printed handout), so every selector is scoped to it.
 */
export const PRESENTER_DECK = '[data-preview-current] .deck';

/** Opens a lesson's presenter view (at `hash` if given) and waits until the script has laid it out. */
export async function openPresenter(page: Page, lesson: string, hash = ''): Promise<void> {
	await page.goto(site(`presentateur/${lesson}/${hash}`));
	await page.waitForSelector('html.deck-ready', { state: 'attached' });
}

/** The number of the slide the presenter view shows. */
export async function presenterSlide(page: Page): Promise<number> {
	return Number(await page.locator(`${PRESENTER_DECK} > .slide.is-current`).getAttribute('data-n'));
}

/** Waits until the presenter view shows slide `n`. */
export async function waitForPresenterSlide(page: Page, n: number): Promise<void> {
	await page.waitForSelector(`${PRESENTER_DECK} > .slide.is-current[data-n="${n}"]`, { timeout: 15_000 });
}

/** The slides of the presenter view's deck: number, kind, section and title. */
export function presenterSlides(page: Page): Promise<{ n: number; kind: string; section: string; title: string }[]> {
	return page.evaluate(
		(deck) =>
			[...document.querySelectorAll<HTMLElement>(`${deck} > [data-slide]`)].map((s) => ({
				n: Number(s.dataset.n),
				kind: s.dataset.kind ?? '',
				section: s.dataset.section ?? '',
				title: s.dataset.title ?? '',
			})),
		PRESENTER_DECK
	);
}

/**
 * Goes to slide `n` in the presenter view as a trainer would with the keyboard: Tab to the
 * « Aller à la diapositive » field, type the number, Entrée.
 */
export async function presenterJump(page: Page, n: number): Promise<void> {
	if ((await presenterSlide(page)) === n) return;
	await reach(page, `el.matches('[data-jump-input]')`);
	// Ctrl+A selects what was typed before; the view ignores keys with Ctrl.
	await page.keyboard.press('Control+A');
	await page.keyboard.type(String(n));
	await page.keyboard.press('Enter');
	await waitForPresenterSlide(page, n);
}
