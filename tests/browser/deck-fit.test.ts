import { mkdirSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deckContext, goToSlide, openDeck, projectedLessons, slideCount, slideHydrated, waitForSlide } from './drive-deck';
import { launch } from './harness';

/**
 * Issue 13: « a text slide never scrolls and nothing is cut; a widget slide may scroll inside
 * the widget's own box; body text at least 28 px at 1920×1080 (24 px at 1280×720) ». Every slide
 * of every lesson is checked at both sizes, and a failure names the lesson, the slide and what.
 */

const lessons = projectedLessons();
const SIZES = [
	{ width: 1920, height: 1080, min: 28 },
	{ width: 1280, height: 720, min: 24 },
];
const SHOTS = 'test-results/screenshots';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

interface SlideCheck {
	problems: string[];
	kind: string;
	title: string;
	/** Length of the slide's visible text, to find the densest slide. */
	textLength: number;
}

/**
 * Checks the slide shown, in the page: overflow (a), text size (b) and the viewport (d). Runs
 * in the browser, so it must not use anything from this file's scope.
 */
function checkSlide({ n, min }: { n: number; min: number }): SlideCheck {
	const slide = document.querySelector<HTMLElement>(`.slide[data-n="${n}"]`);
	if (!slide) return { problems: ['diapositive introuvable'], kind: '', title: '', textLength: 0 };
	const deck = slide.closest<HTMLElement>('.deck') as HTMLElement;
	const scale = deck.getBoundingClientRect().height / deck.offsetHeight;
	const kind = slide.dataset.kind ?? '';
	const problems: string[] = [];
	const box = slide.getBoundingClientRect();
	const body = slide.querySelector<HTMLElement>('.slide-body');
	const name = (el: Element) => {
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
		return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>${text ? ` « ${text} »` : ''}`;
	};
	// What nobody sees: screen-reader-only text, and what checkVisibility rules out (display: none,
	// visibility: hidden, the content of a closed « Pour aller plus loin », which Chrome still lays out).
	const hiddenForEyes = (el: Element) => !!el.closest('.visually-hidden, .sr-only') || !el.checkVisibility({ visibilityProperty: true });
	const rendered = (el: Element) => {
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0;
	};
	const outside = (r: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
		r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1;
	const px = (r: DOMRect) => `${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}`;
	const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
	// In a widget's slide the body scrolls: only what is outside that scrolling box is checked.
	const scrolling = kind === 'exercise' && body ? body : null;
	const elements = [...slide.querySelectorAll('*')].filter((el) => !hiddenForEyes(el) && rendered(el) && !(scrolling && scrolling.contains(el) && el !== scrolling));

	// (a) Overflow: nothing outside the slide; no text or quiz body that would have to scroll.
	if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
		problems.push(`la diapositive déborde (${slide.scrollWidth}×${slide.scrollHeight} pour ${slide.clientWidth}×${slide.clientHeight})`);
	}
	for (const el of elements) {
		const r = el.getBoundingClientRect();
		if (outside(r, box)) problems.push(`${name(el)} sort de la diapositive (${px(r)} ; diapositive ${px(box)})`);
	}
	if (kind !== 'exercise') {
		for (const b of slide.querySelectorAll<HTMLElement>('.slide-body')) {
			if (b.scrollHeight > b.clientHeight + 1) problems.push(`le contenu est coupé en bas (${b.scrollHeight} px de contenu pour ${b.clientHeight} px)`);
			if (b.scrollWidth > b.clientWidth + 1) problems.push(`le contenu est coupé à droite (${b.scrollWidth} px de contenu pour ${b.clientWidth} px)`);
		}
	}

	// (b) Size: every visible text, as projected (computed size × the deck's scale).
	let textLength = 0;
	for (const el of slide.querySelectorAll('*')) {
		const own = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '');
		if (own.length === 0 || hiddenForEyes(el)) continue;
		const rects = el.getClientRects();
		if (rects.length === 0 || el.getBoundingClientRect().width <= 2) continue;
		textLength += own.reduce((sum, c) => sum + (c.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
		const size = parseFloat(getComputedStyle(el).fontSize) * scale;
		if (size < min - 0.01) problems.push(`${name(el)} : texte de ${size.toFixed(1)} px (minimum ${min} px)`);
	}

	// (d) Nothing of the slide outside the window.
	if (outside(box, view)) problems.push(`la diapositive sort de la fenêtre (${px(box)} ; fenêtre ${innerWidth}×${innerHeight})`);
	for (const el of elements) {
		const r = el.getBoundingClientRect();
		if (outside(r, view)) problems.push(`${name(el)} sort de la fenêtre (${px(r)})`);
	}
	return { problems, kind, title: slide.dataset.title ?? '', textLength };
}

/** Shows a quiz slide's answer with « s » (c) and checks it is visible and still fits. */
async function checkAnswer(page: Page, n: number, min: number): Promise<string[]> {
	await page.keyboard.press('s');
	const answer = page.locator(`.slide[data-n="${n}"] [data-room-answer]`);
	const shown = await answer
		.waitFor({ state: 'visible', timeout: 3_000 })
		.then(() => true)
		.catch(() => false);
	const problems = shown ? [] : ['« s » n’affiche pas la réponse'];
	problems.push(...(await page.evaluate(checkSlide, { n, min })).problems.map((p) => `réponse affichée : ${p}`));
	await page.keyboard.press('s');
	await answer.waitFor({ state: 'hidden', timeout: 3_000 });
	return problems;
}

/** Every element of the page that is drawn, checked against the window (for the screenshots). */
function outsideWindow(): string[] {
	const found: string[] = [];
	for (const el of document.querySelectorAll('body *')) {
		if (el.closest('.visually-hidden, .sr-only') || !el.checkVisibility({ visibilityProperty: true })) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		// What a scrolling widget box holds may lie beyond it, as long as the box itself is in the window.
		const scroller = el.parentElement?.closest('.slide[data-kind="exercise"] .slide-body');
		if (scroller) continue;
		if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
			found.push(`<${el.tagName.toLowerCase()}> « ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} » (${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)})`);
		}
	}
	return found;
}

describe('the projection fits every slide of every lesson', () => {
	test('every lesson of the course is built as a projection', () => {
		const written = readdirSync('content/lessons')
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => f.replace(/\.mdx$/, ''))
			.sort();
		expect(lessons).toEqual(written);
		expect(lessons).toHaveLength(15);
	});

	describe.each(SIZES)('at $width×$height (text at least $min px)', ({ width, height, min }) => {
		test.each(lessons)('%s: no slide overflows, no text is too small, nothing leaves the window', async (lesson) => {
			const context = await deckContext(browser, width, height);
			const page = await context.newPage();
			await openDeck(page, lesson, '#diapo-1');
			await waitForSlide(page, 1);
			const count = await slideCount(page);
			expect(count).toBeGreaterThan(2);

			const failures: string[] = [];
			let densest = { n: 0, length: -1 };
			for (let n = 1; n <= count; n += 1) {
				await goToSlide(page, n);
				const kind = await page.locator(`.slide[data-n="${n}"]`).getAttribute('data-kind');
				if (kind === 'exercise') await slideHydrated(page);
				const check = await page.evaluate(checkSlide, { n, min });
				const problems = [...check.problems];
				if (check.kind === 'quiz') problems.push(...(await checkAnswer(page, n, min)));
				for (const p of problems) failures.push(`${lesson} diapo ${n} (${check.title}) : ${p}`);
				if (check.kind === 'text' && check.textLength > densest.length) densest = { n, length: check.textLength };
			}

			// The densest text slide, photographed for a person to look at, and checked whole.
			await goToSlide(page, densest.n);
			await page.screenshot({ path: `${SHOTS}/projection-${lesson}-${width}.png` });
			for (const p of await page.evaluate(outsideWindow)) failures.push(`${lesson} diapo ${densest.n} (la plus dense) : ${p} sort de la fenêtre`);

			await context.close();
			expect(failures).toEqual([]);
		}, 120_000);
	});
});
