import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { alice } from '../fixtures/organiser/group';
import { answerQuestion, press, reach } from './drive';
import { axeViolations, builtPages, hydrated, launch, newContext, pdfPages, site, storedProgress, readContent } from './harness';

/**
 * Where am I, and where next (issue 16, part): a lesson names its séquence and « Leçon N sur 15 »,
 * offers previous / next at its top as at its bottom and « Revenir en haut »; the course map
 * leads a new learner to the positioning test; a lesson prints as a handout.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const KEY = 'chorus-pro-micro-cours:progression';

async function open(path: string, progress?: unknown): Promise<Page> {
	const context = await newContext(browser);
	if (progress) await context.addInitScript(([k, s]) => localStorage.setItem(k as string, s as string), [KEY, JSON.stringify(progress)]);
	const page = await context.newPage();
	await page.goto(site(path));
	await hydrated(page);
	return page;
}

describe('a lesson says where it is', () => {
	test('lesson 8: its séquence and « Leçon 8 sur 15 » in the header; previous and next at the top; « Revenir en haut » at the bottom, by keyboard', async () => {
		const page = await open('lecons/08-champs-a-remplir/');
		const kicker = (await page.locator('.lesson-kicker').textContent())?.replace(/\s+/g, ' ');
		expect(kicker).toContain('Séquence 2 — Déposer et suivre ses factures');
		expect(kicker).toContain('Leçon 8 sur 15');
		const top = page.locator('.prev-next-top');
		expect(await top.locator('a[rel="prev"]').getAttribute('href')).toMatch(/lecons\/07-cadres-facturation\/$/);
		expect(await top.locator('a[rel="next"]').getAttribute('href')).toMatch(/lecons\/09-deposer-factures\/$/);
		// The top links come before the lesson's first section in the keyboard order.
		const order = await page.evaluate(() => {
			const next = document.querySelector('.prev-next-top a[rel="next"]')!;
			const section = document.querySelector('.lesson-section')!;
			return next.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();

		await page.locator('.back-to-top a').scrollIntoViewIfNeeded();
		await page.locator('.back-to-top a').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
		expect(await axeViolations(page, '.lesson-header')).toEqual([]);
		await page.context().close();
	});

	test('the first lesson has no « previous », the last no « next »', async () => {
		const first = await open('lecons/01-vocabulaire-generalites/');
		expect(await first.locator('.prev-next-top a[rel="prev"]').count()).toBe(0);
		expect(await first.locator('.prev-next-top a[rel="next"]').count()).toBe(1);
		await first.context().close();
		const last = await open('lecons/15-reforme-b2b/');
		expect(await last.locator('.prev-next-top a[rel="next"]').count()).toBe(0);
		expect((await last.locator('.lesson-kicker').textContent())?.replace(/\s+/g, ' ')).toContain('Leçon 15 sur 15');
		await last.context().close();
	});
});

describe('the course menu', () => {
	const bank: Question[] = readContent('content/questions/01-vocabulaire-generalites.json');
	const question = bank.find((q) => q.id === 'l01-operateur-aife') as Question;
	const statusOf = (page: Page, lesson: string) => page.locator(`.course-menu [data-menu-status="${lesson}"]`).textContent();

	test('at 1280 px it is open in the left margin; a lesson answered and marked done shows « Terminée » there at once and on the next lesson', async () => {
		const page = await open('lecons/01-vocabulaire-generalites/');
		const menu = page.locator('.course-menu');
		// Open without a click, beside the text, not over it.
		expect(await menu.locator('a[href$="lecons/15-reforme-b2b/"]').isVisible()).toBe(true);
		const [menuBox, column] = await Promise.all([menu.evaluate((el) => el.getBoundingClientRect().toJSON()), page.locator('.lesson-body').evaluate((el) => el.getBoundingClientRect().left)]);
		expect(menuBox.left).toBeGreaterThanOrEqual(0);
		expect(menuBox.right).toBeLessThanOrEqual(column);
		expect(await menu.locator('[aria-current="page"]').textContent()).toContain('vocabulaire');
		// « Aller au contenu » skips the menu's seventeen links.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.lesson')))).toBe(true);
		await expect.poll(() => statusOf(page, '01-vocabulaire-generalites')).toBe('◐ En cours');
		expect(await statusOf(page, '02-gestionnaire-utilisateurs')).toBe('○ À faire');

		await answerQuestion(page, '#quiz', question, true);
		await press(page, '.lesson-completion', 'Marquer comme terminée');
		await expect.poll(() => statusOf(page, '01-vocabulaire-generalites')).toBe('✓ Terminée');

		await Promise.all([page.waitForURL('**/lecons/02-gestionnaire-utilisateurs/'), menu.locator('a[href$="lecons/02-gestionnaire-utilisateurs/"]').click()]);
		await hydrated(page);
		await expect.poll(() => statusOf(page, '02-gestionnaire-utilisateurs')).toBe('◐ En cours');
		expect(await statusOf(page, '01-vocabulaire-generalites')).toBe('✓ Terminée');
		expect(await statusOf(page, '03-creer-compte-structure')).toBe('○ À faire');
		expect(Object.keys((await storedProgress(page)).attempts)).toContain(question.id);
		expect(await axeViolations(page, '.course-menu')).toEqual([]);
		await page.context().close();
	});

	test('at 1280 px it never covers lesson 8\'s wide exercise or any of the lesson', async () => {
		const page = await open('lecons/08-champs-a-remplir/');
		const covered = await page.evaluate(() => {
			const m = document.querySelector('.course-menu')!.getBoundingClientRect();
			return [...document.querySelectorAll('.lesson-header > *, .lesson-body *, #quiz *')]
				.filter((e) => {
					const b = e.getBoundingClientRect();
					return b.width > 0 && b.left < m.right && b.right > m.left && b.top < m.bottom && b.bottom > m.top;
				})
				.map((e) => e.className || e.tagName);
		});
		expect(covered).toEqual([]);
		await page.context().close();
	});

	test('at 390 px it is a closed disclosure that says where the learner is; opened from the keyboard, it lists both séquences and the evaluations', async () => {
		const context = await newContext(browser, 390);
		const page = await context.newPage();
		await page.goto(site('lecons/08-champs-a-remplir/'));
		await hydrated(page);
		const summary = page.locator('.course-menu summary');
		expect((await summary.textContent())?.replace(/\s+/g, ' ')).toBe('Menu du cours (leçon 8 sur 15)');
		expect(await page.locator('.course-menu a[href$="lecons/01-vocabulaire-generalites/"]').isVisible()).toBe(false);
		await reach(page, `el.tagName === 'SUMMARY' && !!el.closest('.course-menu')`);
		await page.keyboard.press('Enter');
		const sequences = await page.locator('.course-menu-sequence').allTextContents();
		expect(sequences.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Séquence 1 — Comptes, structures et utilisateurs', 'Séquence 2 — Déposer et suivre ses factures']);
		expect(await page.locator('.course-menu li').count()).toBe(15);
		expect(await page.locator('.course-menu-evaluation a').allTextContents()).toHaveLength(2);
		expect(await page.locator('.course-menu a[href$="lecons/01-vocabulaire-generalites/"]').isVisible()).toBe(true);
		const overflow = await page.evaluate(() => [...document.querySelectorAll('.course-menu *')].filter((e) => e.getBoundingClientRect().right > 390).length);
		expect(overflow).toBe(0);
		expect(await axeViolations(page, '.course-menu')).toEqual([]);
		await context.close();
	});
});

describe('the course map leads the way', () => {
	test('a new learner is led to the positioning test first, the first lesson offered beside it', async () => {
		const page = await open('');
		const links = page.locator('.resume a');
		expect(await links.first().textContent()).toBe('Commencer par le test de positionnement');
		expect(await links.first().getAttribute('href')).toMatch(/evaluation\/positionnement\/$/);
		expect(await links.nth(1).textContent()).toContain('Ou commencer directement');
		await reach(page, `el.classList.contains('btn-large')`);
		await Promise.all([page.waitForURL('**/evaluation/positionnement/'), page.keyboard.press('Enter')]);
		await page.context().close();
	});

	test('once the test is done: « Commencer le cours »; with a place to go back to: « Reprendre »', async () => {
		const { lastPlace: _, ...positioned } = alice();
		const done = await open('', { ...positioned, lessons: {} });
		expect(await done.locator('.resume a').first().textContent()).toMatch(/^Commencer le cours\s: /);
		await done.context().close();
		const back = await open('', { ...alice(), lastPlace: { lesson: '02-gestionnaire-utilisateurs', at: '2026-12-04T10:00:00.000Z' } });
		expect(await back.locator('.resume a').first().textContent()).toMatch(/^Reprendre\s: /);
		await back.context().close();
	});
});

describe('a lesson printed', () => {
	/** What print media shows of `selector` in the page: the elements a reader would see on paper. */
	const shownInPrint = (page: Page, selector: string) =>
		page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').length);

	test('as a handout: no navigation, no footer, outside links followed by their address; the page count is reported', async () => {
		const page = await open('lecons/01-vocabulaire-generalites/');
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['.site-header nav', '.course-menu', '.prev-next', '.back-to-top', '.site-footer', '.lesson-project']) {
			expect(await shownInPrint(page, hidden), hidden).toBe(0);
		}
		const source = page.locator('.sources a[href^="http"]').first();
		const href = await source.getAttribute('href');
		expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		console.log(`Leçon 1 imprimée : ${pages} page(s) A4`);
		expect(pages).toBeGreaterThan(0);
		await page.context().close();
	});

	test('lesson 8 in at most 12 A4 pages: its exercise and quiz on paper, with no form, button or « — Choisir — », and their solutions in a « Corrigé »', async () => {
		const page = await open('lecons/08-champs-a-remplir/');
		await page.emulateMedia({ media: 'print' });
		expect(await shownInPrint(page, '.lesson button, .lesson input, .lesson select, .lesson textarea, .lesson-completion')).toBe(0);
		// The six cases with their documents, the twelve questions with boxes to tick.
		const exercise = page.locator('[data-printed="saisie-facture"]');
		expect(await exercise.locator('.printed-invoice-case').count()).toBe(6);
		expect(await exercise.textContent()).toContain('Bon de commande n° BC-DDT-2026-118');
		expect(await page.locator('#quiz .printed-quiz > li').count()).toBe(12);
		const corrige = page.locator('.printed-corrige');
		expect(await corrige.isVisible()).toBe(true);
		expect(await corrige.locator('h3').allTextContents()).toEqual([
			'À vous\u00a0: Références, montants et pièces jointes',
			'À vous\u00a0: Saisir une facture\u00a0: d’où vient chaque donnée\u202f?',
			'Quiz de fin de leçon',
		]);
		// Values as a person reads them: the first case's TTC and date.
		const firstCase = (await corrige.locator('.printed-invoice-case').first().textContent()) ?? '';
		expect(firstCase).toContain('2\u202f100,00\u00a0€');
		expect(firstCase).toContain('27 octobre 2026');
		expect(firstCase).not.toContain('VIREMENT');
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdfPages(pdf);
		console.log(`Leçon 8 imprimée : ${pages} page(s) A4`);
		expect(pages).toBeLessThanOrEqual(12);
		await page.context().close();
	});

	test('every lesson: each exercise and the quiz have a printed form and a solution, and no form control is printed', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const lessons = builtPages().filter((p) => /^lecons\/\d\d-/.test(p));
		expect(lessons).toHaveLength(15);
		const report: string[] = [];
		for (const lesson of lessons) {
			await page.goto(site(lesson));
			await page.emulateMedia({ media: 'print' });
			expect(await shownInPrint(page, '.lesson button, .lesson input, .lesson select, .lesson textarea'), lesson).toBe(0);
			const exercises = await page.locator('.lesson-body .exercise').count();
			const printed = await page.locator('.lesson-body .exercise .printed').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim().length));
			expect(printed, lesson).toHaveLength(exercises);
			// More than the « Corrigé en fin de leçon » line: the exercise's own data.
			for (const length of printed) expect(length, lesson).toBeGreaterThan(80);
			const solutions = await page.locator('.printed-corrige h3 + *').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim().length));
			expect(solutions, lesson).toHaveLength(exercises + 1);
			for (const length of solutions) expect(length, lesson).toBeGreaterThan(20);
			report.push(`${lesson.slice(7, 9)} : ${pdfPages(await page.pdf({ format: 'A4' }))}`);
		}
		console.log(`Pages A4 par leçon imprimée : ${report.join(', ')}`);
		await context.close();
	});
});

describe('the table of contents on a wide screen', () => {
	test('at 1280 px it stays in the right margin while the learner reads, marks the section being read, and no wide exercise covers it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site('lecons/08-champs-a-remplir/'));
		await hydrated(page);
		const toc = page.locator('.lesson .toc');
		const links = toc.locator('a[href*="#"]');
		const ids = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)).filter((id) => document.getElementById(id)?.classList.contains('lesson-section')));
		expect(ids.length).toBeGreaterThan(2);
		const column = await page.locator('.lesson-body').evaluate((el) => el.getBoundingClientRect().right);
		for (const id of [ids[1]!, ids[ids.length - 1]!]) {
			await page.evaluate((i) => document.getElementById(i)!.scrollIntoView(), id);
			await expect.poll(() => toc.locator(`a[href$="#${id}"]`).evaluate((a) => a.matches(':target-current'))).toBe(true);
			const place = await toc.evaluate((el) => el.getBoundingClientRect());
			expect(place.top).toBeGreaterThanOrEqual(0);
			expect(place.left).toBeGreaterThanOrEqual(column);
			expect(place.right).toBeLessThanOrEqual(1280);
		}
		// Only one section is marked at a time.
		expect(await links.evaluateAll((as) => as.filter((a) => a.matches(':target-current')).length)).toBe(1);
		// The invoice exercise, wider than the text, grows to the left and leaves the margin to the contents.
		const exercise = await page.locator('.exercise:has(.invoice-exercise)').evaluate((el) => el.getBoundingClientRect());
		const tocBox = await toc.evaluate((el) => el.getBoundingClientRect());
		expect(exercise.right).toBeLessThanOrEqual(tocBox.left);
		await context.close();
	});

	test('at 390 px it stays in the page, after the objectives', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site('lecons/08-champs-a-remplir/'));
		await hydrated(page);
		expect(await page.locator('.lesson .toc').evaluate((el) => getComputedStyle(el).position)).toBe('static');
		await context.close();
	});
});
