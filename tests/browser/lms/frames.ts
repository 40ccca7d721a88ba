import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { SHOWN_ISLANDS } from '../../../scripts/page-js.mjs';
import { fillAnswer, press, reach } from '../drive';
import { readContent } from '../harness';

/** What the LMS package tests (tests/browser/lms-*.test.ts) share: the package's files, its frames, a learner's steps in it. */

/** The zip's files under `<root>/paquet/`, as an LMS serves them. */
export function extractPackage(zip: string, root: string): void {
	rmSync(root, { recursive: true, force: true });
	for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
		if (path.endsWith('/')) continue;
		const file = join(root, 'paquet', path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, bytes);
	}
}

const pool: Question[] = readdirSync('content/evaluation')
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => readContent(`content/evaluation/${f}`));
const byId = new Map(pool.map((q) => [q.id, q]));
export const objectives = (readContent('content/objectives.json') as { id: string }[]).map((o) => o.id);

export const LESSON_ONE = 'lecons/01-vocabulaire-generalites/index.html';

export const wrapperOf = (page: Page) => (page.frames().find((f) => f.url().includes('/lms/lanceur/')) ?? page.mainFrame()) as Frame;

/** The course page the wrapper shows, once it has loaded and hydrated. */
export async function course(page: Page, path: string): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes(`/paquet/${path}`) && !f.url().includes('/lms/lanceur/')), { timeout: 20_000 }).toBe(true);
	const frame = page.frames().find((f) => f.url().includes(`/paquet/${path}`) && !f.url().includes('/lms/lanceur/')) as Frame;
	await frame.waitForLoadState('load');
	for (const island of await frame.locator(SHOWN_ISLANDS).all()) await island.scrollIntoViewIfNeeded();
	await frame.waitForFunction((shown) => [...document.querySelectorAll(shown)].every((i) => !i.hasAttribute('ssr')), SHOWN_ISLANDS);
	return frame;
}

/**
 * The course frame as drive.ts wants a page: its documents, with the page's keyboard. Each
 * `reach` expression is checked only while the frame has the focus (a frame that lost it keeps
 * its last active element).
 */
export function framed(page: Page, frame: Frame): Page {
	return new Proxy(frame, {
		get(target, key) {
			if (key === 'keyboard') return page.keyboard;
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	}) as unknown as Page;
}


/** From the page `from` shows, the keyboard to lesson 1; its frame once hydrated. */
export async function openLessonOne(page: Page, from: Frame): Promise<Frame> {
	await reach(framed(page, from), `document.hasFocus() && el.tagName === 'A' && (el.getAttribute('href') || '').includes('${LESSON_ONE}')`);
	await page.keyboard.press('Enter');
	return course(page, LESSON_ONE);
}

/** From the home page, the whole final evaluation with every answer right (or wrong), up to its correction. */
export async function takeFinalEvaluation(page: Page, home: Frame, right: boolean): Promise<Page> {
	await reach(framed(page, home), `document.hasFocus() && el.tagName === 'A' && el.textContent.trim() === 'Évaluation finale'`);
	await page.keyboard.press('Enter');
	const exam = framed(page, await course(page, 'evaluation/finale/index.html'));
	await press(exam, '.exam-intro', 'Commencer l’évaluation finale');
	await exam.locator('.exam [data-question]').first().waitFor();
	const ids = await exam.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
	expect(ids).toHaveLength(3 * objectives.length);
	for (const id of ids) await fillAnswer(exam, `.exam [data-question="${id}"]`, byId.get(id) as Question, right);
	await press(exam, '.exam-submit', 'Terminer l’évaluation');
	await expect.poll(() => exam.evaluate(() => document.activeElement?.textContent)).toBe('Terminer l’évaluation\u202f?');
	await press(exam, '.exam-confirm', 'Oui, terminer et voir la correction');
	await exam.locator('.correction-score').waitFor();
	return exam;
}
