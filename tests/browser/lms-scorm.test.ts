import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.mjs';
import type { Question } from '../../src/schemas/question';
import { answerQuestion } from './drive';
import { kept, type Cmi } from '../lib/lms/course-content';
import { cspViolations, launch, newContext, readContent, recordCspViolations } from './harness';
import { course, extractPackage, framed, LESSON_ONE, objectives, openLessonOne, takeFinalEvaluation, wrapperOf } from './lms/frames';

/**
 * The SCORM 1.2 package in a real SCORM runtime (issue 15): scorm-again's Scorm12API on a test
 * page (tests/browser/lms/scorm12-runtime.html) that frames the extracted package, served on
 * 127.0.0.1. The package launches the LMS wrapper page, which holds the session and frames the
 * course. Needs `npm run package` first (npm test runs it after build:test).
 */

const ZIP = resolve('dist-lms/chorus-pro-micro-cours-scorm12.zip');
const ROOT = resolve('test-results/lms-scorm12');
const STORAGE_KEY = 'chorus-pro-micro-cours:progression';

const bank: Question[] = readContent('content/questions/01-vocabulaire-generalites.json');
const question = bank.find((q) => q.id === 'l01-operateur-aife') as Question;
const box = `#quiz [data-question="${question.id}"]`;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	if (!existsSync(ZIP)) throw new Error(`${ZIP} introuvable : lancez « npm run package » avant ce test (npm test le fait).`);
	extractPackage(ZIP, ROOT);
	// scorm-again's browser bundle (an IIFE that defines the global Scorm12API).
	cpSync(resolve('node_modules/scorm-again/dist/scorm12.min.js'), join(ROOT, 'scorm12.min.js'));
	cpSync(resolve('tests/browser/lms/scorm12-runtime.html'), join(ROOT, 'index.html'));
	cpSync(join(ROOT, 'paquet/404.html'), join(ROOT, '404.html'));
	server = await serveDist(ROOT);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});


/** A launch of the package in the test LMS, seeded with what an earlier launch kept. */
async function open(context: BrowserContext, seed?: Cmi): Promise<Page> {
	const page = await context.newPage();
	if (seed) await page.addInitScript((s) => Object.assign(window, { __seed: s }), seed);
	await page.goto(`${server.url}/`);
	return page;
}

const lms = (page: Page, element: string) => page.evaluate((e) => (window as any).API.LMSGetValue(e) as string, element);
const progressKeys = (frame: Frame) => frame.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key)), STORAGE_KEY);

describe('SCORM 1.2 package in scorm-again', () => {
	test('a first launch: the wrapper opens the home page; an answer in a lesson is committed, then restored at the next launch; localStorage holds no progress', async () => {
		const context = await newContext(browser);
		await recordCspViolations(context);
		const page = await open(context);
		const home = await course(page, 'index.html');
		// The learner goes to lesson 1 and answers its first question, with the keyboard only.
		const lesson = await openLessonOne(page, home);
		await answerQuestion(framed(page, lesson), '#quiz', question, true);

		await expect.poll(() => lms(page, 'cmi.suspend_data')).not.toBe('');
		expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');
		expect(await lms(page, 'cmi.core.lesson_location')).toMatch(/^01-vocabulaire-generalites/);
		expect(await page.evaluate(() => (window as any).__log.filter((l: string) => l === 'LMSInitialize').length)).toBe(1);
		// Several pages, one session: the wrapper's notice area is empty, no LMS error was said.
		expect(await wrapperOf(page).locator('#lms-avis').textContent()).toBe('');
		expect(await progressKeys(lesson)).toEqual([]);
		// The package's one policy (the site's, with its own connect-src) let everything through.
		for (const frame of page.frames()) expect(await cspViolations(frame), frame.url()).toEqual([]);

		// The learner closes the course: the wrapper commits and finishes, once.
		await page.evaluate(() => (window as any).__end());
		const log: string[] = await page.evaluate(() => (window as any).__log);
		expect(log.filter((l) => l === 'LMSFinish')).toHaveLength(1);
		expect(log.at(-1)).toBe('LMSFinish');
		const persisted: Cmi = await page.evaluate(() => (window as any).__persisted());
		expect(persisted.core).toMatchObject({ exit: 'suspend', lesson_status: 'incomplete' });
		expect(persisted.core?.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
		await page.close();

		// A second launch, seeded with what the LMS kept: the wrapper opens lesson 1 and the answer is there.
		const again = await open(context, kept(persisted));
		const resumed = await course(again, LESSON_ONE);
		await expect.poll(() => resumed.locator(`${box} .question-last`).count(), { timeout: 10_000 }).toBe(1);
		expect(await lms(again, 'cmi.core.entry')).toBe('resume');
		expect(await progressKeys(resumed)).toEqual([]);
		await context.close();
	}, 120_000);

	test('a runtime that refuses commits: the wrapper says so in French, the learner keeps going, the next commit carries everything', async () => {
		const context = await newContext(browser);
		const page = await open(context);
		const home = await course(page, 'index.html');
		await page.evaluate(() => {
			(window as any).__faults.commit = true;
		});
		const lesson = await openLessonOne(page, home);
		const notice = wrapperOf(page).locator('#lms-avis');
		await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('La plateforme de formation n’a pas enregistré vos réponses');
		expect(await notice.getAttribute('role')).toBe('alert');
		await page.evaluate(() => {
			(window as any).__faults.commit = false;
		});
		await answerQuestion(framed(page, lesson), '#quiz', question, true);
		await expect.poll(() => notice.textContent()).toContain('de nouveau enregistrées');
		const persisted: Cmi = await page.evaluate(() => (window as any).__persisted());
		expect(persisted.suspend_data).not.toBe('');
		expect(persisted.core?.lesson_location).toMatch(/^01-vocabulaire-generalites/);

		// « Quitter le cours »: the session is finished, once, and the wrapper says so in place of the course.
		await wrapperOf(page).locator('#lms-quitter').click();
		await expect.poll(() => wrapperOf(page).locator('#lms-fin').isVisible()).toBe(true);
		expect(await wrapperOf(page).evaluate(() => document.activeElement?.id)).toBe('lms-fin');
		expect(await wrapperOf(page).locator('iframe').count()).toBe(0);
		const log: string[] = await page.evaluate(() => (window as any).__log);
		expect(log.filter((l) => l === 'LMSFinish')).toHaveLength(1);
		expect(log.at(-1)).toBe('LMSFinish');
		expect(((await page.evaluate(() => (window as any).__persisted())) as Cmi).core?.exit).toBe('suspend');
		await context.close();
	}, 120_000);
});

describe('the final evaluation in the LMS', () => {
	test.each([
		{ right: true, status: 'passed', raw: '100' },
		{ right: false, status: 'failed', raw: '0' },
	])('answers all $status: lesson_status $status, score $raw, every objective $status in the runtime', async ({ right, status, raw }) => {
		const context = await newContext(browser);
		const page = await open(context);
		await takeFinalEvaluation(page, await course(page, 'index.html'), right);

		await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe(status);
		expect(await lms(page, 'cmi.core.score.raw')).toBe(raw);
		expect(await lms(page, 'cmi.core.score.min')).toBe('0');
		expect(await lms(page, 'cmi.core.score.max')).toBe('100');
		expect(await lms(page, 'cmi.objectives._count')).toBe(String(objectives.length));
		const recorded = [];
		for (let n = 0; n < objectives.length; n++) recorded.push([await lms(page, `cmi.objectives.${n}.id`), await lms(page, `cmi.objectives.${n}.status`)]);
		expect(recorded.map(([id]) => id).sort()).toEqual([...objectives].sort());
		expect(recorded.filter(([, s]) => s !== status)).toEqual([]);
		expect(await wrapperOf(page).locator('#lms-avis').textContent()).toBe('');
		await context.close();
	}, 300_000);
});

describe('the wrapper outside an LMS', () => {
	test('says in French that the package opens from a training platform, and offers no way into the course', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/paquet/lms/lanceur/index.html`);
		await expect.poll(() => page.locator('#lms-absent').isVisible()).toBe(true);
		expect(await page.locator('#lms-absent h1').textContent()).toBe('Ouvrez ce cours depuis votre plateforme de formation');
		expect(await page.locator('iframe').count()).toBe(0);
		expect(await page.locator('a').count()).toBe(0);
		expect(await page.locator('#lms-quitter').isVisible()).toBe(false);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await context.close();
	});
});
