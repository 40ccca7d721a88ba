import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { answerQuestion } from './drive';
import { axeViolations, hydrated, launch, site, tabTo } from './harness';

/**
 * Glossary toggletips (issue 17): the first <Terme> of each term in a lesson shows the term, its
 * definition and « Voir dans le glossaire » on hover and on keyboard focus, with no script
 * (`interestfor` and a hint popover); the definition is the link's accessible description; later
 * occurrences are plain glossary links; no term in a quiz; none printed.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const LESSON = 'lecons/14-support/';
const glossary = new Map<string, { term: string; definition: string }>(
	readdirSync('content/glossary').flatMap((f) => JSON.parse(readFileSync(`content/glossary/${f}`, 'utf-8')).map((e: any) => [e.id, e]))
);
/** Text as read aloud: every kind of space is one space (the build typesets French spacing). */
const spoken = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function open(path: string, { width = 1280, height = 900 } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(site(path));
	return page;
}

/** The ids of the toggletips shown. */
const openTips = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.term-tip:popover-open')].map((t) => t.id));

/** The focused element's node in Chromium's accessibility tree: role, name, description. */
async function focusedAxNode(page: Page): Promise<{ role: string; name: string; description: string; details: string[] }> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: any[] };
	// The page's root is « focused » too: the element is the innermost focused node.
	const node = nodes.findLast((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p: any) => p.name === 'focused' && p.value.value === true));
	await cdp.detach();
	const details = node?.properties?.find((p: any) => p.name === 'details')?.value.relatedNodes?.map((r: any) => r.idref) ?? [];
	return { role: node?.role?.value, name: spoken(node?.name?.value), description: spoken(node?.description?.value), details };
}

describe('the first glossary term of a lesson has a toggletip', () => {
	test('lesson 14: Tab reaches « ClaudIA », its toggletip opens beside the word, the link is named by the word and described by the definition; Escape closes it', async () => {
		const page = await open(LESSON);
		const claudia = glossary.get('claudia')!;

		await tabTo(page, "el.matches('a.term')");

		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ClaudIA');
		await expect.poll(() => openTips(page)).toEqual(['infobulle-claudia']);
		const tip = page.locator('#infobulle-claudia');
		expect(await tip.isVisible()).toBe(true);
		expect(spoken(await tip.locator('.term-tip-term').textContent())).toBe('ClaudIA');
		expect(spoken(await tip.locator('.term-tip-definition').textContent())).toBe(spoken(claudia.definition));
		// Under the word, from its start.
		const [word, box] = await Promise.all([page.locator('a.term').first().boundingBox(), tip.boundingBox()]);
		expect(Math.abs(box!.y - (word!.y + word!.height))).toBeLessThan(12);
		expect(Math.abs(box!.x - word!.x)).toBeLessThan(2);
		// What a screen reader says on the word: its name, then the definition.
		const ax = await focusedAxNode(page);
		expect(ax).toMatchObject({ role: 'link', name: 'ClaudIA', description: spoken(claudia.definition) });

		await page.keyboard.press('Escape');

		await expect.poll(() => openTips(page)).toEqual([]);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ClaudIA');
		// Closed, the definition is still the link's description.
		expect((await focusedAxNode(page)).description).toBe(spoken(claudia.definition));
		await page.context().close();
	});

	test('from the open toggletip, Tab reaches « Voir dans le glossaire » (named with the term), which opens the glossary at the term; Escape there closes the tip and goes back to the word', async () => {
		const page = await open(LESSON);
		await tabTo(page, "el.matches('a.term')");
		await expect.poll(() => openTips(page)).toEqual(['infobulle-claudia']);

		await page.keyboard.press('Tab');

		expect(await page.evaluate(() => document.activeElement?.closest('.term-tip')?.id)).toBe('infobulle-claudia');
		expect(await openTips(page)).toEqual(['infobulle-claudia']);
		expect(await focusedAxNode(page)).toMatchObject({ role: 'link', name: 'Voir dans le glossaire : ClaudIA' });
		await page.keyboard.press('Escape');
		await expect.poll(() => openTips(page)).toEqual([]);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ClaudIA');

		// Away and back: the tip opens again, and its link leads to the glossary.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		await expect.poll(() => openTips(page)).toEqual(['infobulle-claudia']);
		await page.keyboard.press('Tab');
		await Promise.all([page.waitForURL('**/glossaire/#claudia'), page.keyboard.press('Enter')]);
		expect(await page.locator('#claudia dt').textContent()).toContain('ClaudIA');
		await page.context().close();
	});

	test('hovering the word opens its toggletip; the pointer can move onto the tip; it closes when the pointer leaves both', async () => {
		const page = await open(LESSON);
		const word = page.locator('a.term[href$="#ticket-support"]');
		await word.scrollIntoViewIfNeeded();

		await word.hover();

		await expect.poll(() => openTips(page)).toEqual(['infobulle-ticket-support']);
		await page.locator('#infobulle-ticket-support .term-tip-definition').hover();
		// Resting on the tip longer than the browser waits before it drops interest (a fraction of
		// a second): the tip stays, so that its link can be reached with the mouse.
		await page.waitForTimeout(600);
		expect(await openTips(page)).toEqual(['infobulle-ticket-support']);
		await page.mouse.move(5, 5);
		await expect.poll(() => openTips(page)).toEqual([]);
		await page.context().close();
	});

	test('a later occurrence of the same term is a plain link to the glossary: no toggletip, no description, no title', async () => {
		const page = await open(LESSON);
		const links = page.locator('a.term[href$="#service-metier"]');
		expect(await links.count()).toBe(2);
		const later = links.nth(1);
		expect(await later.evaluate((a) => [a.getAttribute('interestfor'), a.getAttribute('aria-describedby'), a.getAttribute('title')])).toEqual([null, null, null]);
		expect(await page.locator('[id^="infobulle-service-metier"]').count()).toBe(2); // the first one's tip and its definition

		await later.focus();
		await later.hover();
		// Longer than the browser waits before it shows a tip (half a second).
		await page.waitForTimeout(800);

		expect(await openTips(page)).toEqual([]);
		expect(await focusedAxNode(page)).toMatchObject({ role: 'link', name: 'service métier', description: '' });
		await page.context().close();
	});

	test('axe: zero violations on the lesson with a toggletip open', async () => {
		const page = await open(LESSON);
		await hydrated(page);
		await page.locator('a.term').first().focus();
		await expect.poll(() => openTips(page)).toEqual(['infobulle-claudia']);

		expect(await axeViolations(page)).toEqual([]);
		expect(await openTips(page)).toEqual(['infobulle-claudia']);
		await page.context().close();
	});
});

describe('where the toggletips are, and are not', () => {
	test('no glossary term nor toggletip in the quiz, before and after an answer shows its feedback', async () => {
		const page = await open(LESSON);
		await hydrated(page);
		const inQuiz = () => page.locator('#quiz :is(a.term, .term-tip, [interestfor]), .printed-corrige :is(a.term, .term-tip)').count();
		expect(await inQuiz()).toBe(0);
		const bank: Question[] = JSON.parse(readFileSync('content/questions/14-support.json', 'utf-8'));

		await answerQuestion(page, '#quiz', bank.find((q) => q.id === 'l14-claudia-horaires')!, false);

		expect(await page.locator('#quiz .feedback-verdict').count()).toBeGreaterThan(0);
		expect(await inQuiz()).toBe(0);
		await page.context().close();
	});

	test('every lesson, its projection and presenter view: one toggletip per term, tip ids unique, each link tied to its own tip and definition, no title', async () => {
		const lessons = readdirSync('content/lessons').map((f) => f.replace(/\.mdx$/, ''));
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		for (const lesson of lessons) {
			for (const path of [`lecons/${lesson}/`, `projection/${lesson}/`, `presentateur/${lesson}/`]) {
				await page.goto(site(path));
				const report = await page.evaluate(() => {
					const ids = [...document.querySelectorAll('[id^="infobulle-"]')].map((e) => e.id);
					// The presenter view copies slides, without ids, into its inert « next » preview and
					// its handout (printed only): those copies are not read.
					const read = (e: Element) => !e.closest('[inert], .handout');
					const tipped = [...document.querySelectorAll<HTMLAnchorElement>('a.term[interestfor]')].filter(read);
					const terms = new Set([...document.querySelectorAll<HTMLAnchorElement>('a.term')].filter(read).map((a) => a.hash));
					return {
						repeatedIds: ids.filter((id, i) => ids.indexOf(id) !== i),
						tipsPerTerm: tipped.length === new Set(tipped.map((a) => a.hash)).size,
						tips: [...document.querySelectorAll('.term-tip')].filter(read).length,
						terms: terms.size,
						wired: tipped.every((a) => {
							const tip = document.getElementById(a.getAttribute('interestfor')!);
							const definition = document.getElementById(a.getAttribute('aria-describedby')!);
							return tip?.matches('.term-tip[popover="hint"]') && tip.previousElementSibling === a && definition?.closest('.term-tip') === tip;
						}),
						titles: document.querySelectorAll('a.term[title]').length,
					};
				});
				expect(report, path).toMatchObject({ repeatedIds: [], tipsPerTerm: true, wired: true, titles: 0 });
				expect(report.tips, path).toBeGreaterThan(0);
				// Lesson 15 names « PPF » only in a trainer note, which gets no tip (the presenter view shows it).
				expect(report.terms - report.tips, path).toBeLessThanOrEqual(1);
			}
		}
		await context.close();
	});
});

describe('how a toggletip looks, on a phone, projected and on paper', () => {
	test('at 390 × 844 the toggletip stays within the screen, next to its word', async () => {
		const page = await open(LESSON, { width: 390, height: 844 });
		for (const id of ['claudia', 'communaute-chorus-pro', 'courriel-frauduleux']) {
			const word = page.locator(`a.term[href$="#${id}"]`).first();
			await word.scrollIntoViewIfNeeded();
			await word.focus();
			await expect.poll(() => openTips(page)).toEqual([`infobulle-${id}`]);
			const [w, t] = await Promise.all([word.boundingBox(), page.locator(`#infobulle-${id}`).boundingBox()]);
			expect(t!.x, id).toBeGreaterThanOrEqual(0);
			expect(t!.x + t!.width, id).toBeLessThanOrEqual(390);
			// Just under the word, or just above it when there is no room under it.
			const gap = Math.min(Math.abs(t!.y - (w!.y + w!.height)), Math.abs(w!.y - (t!.y + t!.height)));
			expect(gap, id).toBeLessThan(12);
			await page.keyboard.press('Escape');
		}
		await page.context().close();
	});

	test('projected at 1920 × 1080, a toggletip opens beside its word in the slide, in the slide’s text size; Escape closes it without leaving the projection', async () => {
		const page = await open('projection/14-support/', { width: 1920, height: 1080 });
		await page.waitForSelector('html.deck-ready', { state: 'attached' });
		const n = await page.evaluate(() => document.querySelector('[data-deck] a.term[interestfor]')!.closest<HTMLElement>('[data-slide]')!.dataset.n);
		await page.evaluate((hash) => (location.hash = hash), `#diapo-${n}`);
		const word = page.locator('[data-deck] > .slide.is-current a.term[interestfor]').first();
		await word.waitFor();

		await word.focus();

		const tipId = (await word.getAttribute('interestfor'))!;
		await expect.poll(() => openTips(page)).toEqual([tipId]);
		const sizes = await page.evaluate((id) => {
			const deck = document.querySelector<HTMLElement>('[data-deck]')!;
			const word = document.querySelector(`[interestfor="${id}"]`)!;
			const tip = document.getElementById(id)!.getBoundingClientRect();
			const scale = deck.getBoundingClientRect().width / deck.offsetWidth;
			const w = word.getBoundingClientRect();
			return {
				word: parseFloat(getComputedStyle(word).fontSize) * scale,
				tip: parseFloat(getComputedStyle(document.getElementById(id)!).fontSize),
				below: tip.top - w.bottom,
				inScreen: tip.left >= 0 && tip.right <= innerWidth && tip.bottom <= innerHeight,
			};
		}, tipId);
		// The slide's 24 px text is scaled by 1.5 (36 px); the tip's text is as large, under the word.
		expect(sizes.word).toBeCloseTo(36, 0);
		expect(sizes.tip).toBeCloseTo(sizes.word, 0);
		expect(sizes.below).toBeGreaterThanOrEqual(0);
		expect(sizes.below).toBeLessThan(20);
		expect(sizes.inScreen).toBe(true);

		// Escape closes the tip and leaves the trainer on the slide (a second Escape quits the deck).
		await page.keyboard.press('Escape');
		await expect.poll(() => openTips(page)).toEqual([]);
		expect(new URL(page.url()).pathname).toMatch(/\/projection\/14-support\/$/);
		expect(await page.locator(`[data-deck] > .slide.is-current a.term[interestfor="${tipId}"]`).count()).toBe(1);
		await page.context().close();
	});

	test('printed as a handout, a lesson shows no toggletip, even one open on screen', async () => {
		const page = await open(LESSON);
		await page.locator('a.term').first().focus();
		await expect.poll(() => openTips(page)).toEqual(['infobulle-claudia']);

		await page.emulateMedia({ media: 'print' });

		expect(await page.locator('#infobulle-claudia').evaluate((t) => getComputedStyle(t).display)).toBe('none');
		expect(await page.locator('a.term').first().isVisible()).toBe(true);
		await page.context().close();
	});
});
