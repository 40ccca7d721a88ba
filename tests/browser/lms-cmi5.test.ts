import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { RESULT_EXTENSION, STATE_ID } from '../../src/lib/lms/cmi5-rules';
import { CMI5_AU_ID } from '../../scripts/package/manifests.mjs';
import { answerQuestion, reach } from './drive';
import { axeViolations, cspViolations, launch, newContext, readContent, recordCspViolations } from './harness';
import { course, extractPackage, framed, LESSON_ONE, objectives, openLessonOne, takeFinalEvaluation, wrapperOf } from './lms/frames';
import { startTestLrs, type Received, type TestLrs } from './lms/test-lrs';

/**
 * The cmi5 package against an LRS (issue 15): tests/browser/lms/test-lrs.ts serves the extracted
 * package and an LRS on 127.0.0.1, validates every statement with xapi-validation, and the tests
 * check the statements' order and content against the cmi5 rules. The LMS's part (the launch
 * URL, LMS.LaunchData in the State API) is played by the test. Needs `npm run package` first.
 */

const ZIP = resolve('dist-lms/chorus-pro-micro-cours-cmi5.zip');
const ROOT = resolve('test-results/lms-cmi5');
const STORAGE_KEY = 'chorus-pro-micro-cours:progression';
const ACTIVITY_ID = 'https://lms.test/cmi5/au/42';
const actor = { objectType: 'Agent', name: 'Alice Martin', account: { homePage: 'https://lms.test', name: 'u-42' } };
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verb = (r: Received) => String(r.statement.verb?.id ?? '').split('/').pop();

const bank: Question[] = readContent('content/questions/01-vocabulaire-generalites.json');
const question = bank.find((q) => q.id === 'l01-operateur-aife') as Question;
const box = `#quiz [data-question="${question.id}"]`;

let browser: Browser;
let lrs: TestLrs;
let registrations = 0;

beforeAll(async () => {
	if (!existsSync(ZIP)) throw new Error(`${ZIP} introuvable : lancez « npm run package » avant ce test (npm test le fait).`);
	extractPackage(ZIP, ROOT);
	cpSync(join(ROOT, 'paquet/404.html'), join(ROOT, '404.html'));
	writeFileSync(join(ROOT, 'retour.html'), '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Plateforme</title><h1>Retour à la plateforme</h1></html>');
	lrs = await startTestLrs(ROOT);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await lrs?.close();
});

interface Launch {
	registration: string;
	session: number;
}

/** The LMS's part of a launch: LMS.LaunchData in the State API, then the AU's URL with the five parameters. */
async function open(context: BrowserContext, registration: string, launchData: Record<string, unknown> = {}): Promise<{ page: Page; launch: Launch }> {
	const session = ++registrations;
	lrs.setState(registration, 'LMS.LaunchData', {
		contextTemplate: {
			contextActivities: { grouping: [{ objectType: 'Activity', id: CMI5_AU_ID }] },
			extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': `session-${session}` },
		},
		launchMode: 'Normal',
		moveOn: 'Passed',
		masteryScore: 0.8,
		returnURL: `${lrs.url}/retour.html`,
		...launchData,
	});
	const query = new URLSearchParams({
		endpoint: `${lrs.url}/lrs/`,
		fetch: lrs.fetchUrl(`jeton-${session}`),
		actor: JSON.stringify(actor),
		registration,
		activityId: ACTIVITY_ID,
	});
	const page = await context.newPage();
	await page.goto(`${lrs.url}/paquet/lms/lanceur/index.html?${query}`);
	return { page, launch: { registration, session } };
}

const sessionOf = (launch: Launch) => lrs.statements.filter((r) => r.token === `jeton-${launch.session}`);
const registrationOf = (registration: string) => lrs.statements.filter((r) => r.statement.context?.registration === registration);
const progressKeys = (frame: Frame) => frame.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key)), STORAGE_KEY);

/** Every statement valid xAPI, and a cmi5 defined statement (cmi5 §9): the checks the LMS makes. */
function expectCmi5Statements(received: Received[], registration: string): void {
	for (const { statement, warnings } of received) {
		const name = verb({ statement } as Received);
		expect(warnings, `${name} : ${JSON.stringify(warnings)}`).toEqual([]);
		expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(statement.actor).toEqual(actor);
		expect(statement.object).toMatchObject({ objectType: 'Activity', id: ACTIVITY_ID });
		expect(statement.context.registration).toBe(registration);
		const categories = (statement.context.contextActivities.category ?? []).map((c: { id: string }) => c.id);
		expect(categories).toContain(CMI5);
		// The context template's grouping (the AU's publisher id) is kept.
		expect(statement.context.contextActivities.grouping).toEqual([{ objectType: 'Activity', id: CMI5_AU_ID }]);
		const result = statement.result ?? {};
		// §9.5: success only on passed/failed, completion only on completed, score only on passed/failed.
		expect('success' in result).toBe(name === 'passed' || name === 'failed');
		expect('completion' in result).toBe(name === 'completed');
		expect('score' in result).toBe(name === 'passed' || name === 'failed');
		expect(categories.includes(MOVE_ON)).toBe(name === 'completed' || name === 'passed' || name === 'failed');
		if (['completed', 'passed', 'failed', 'terminated'].includes(name ?? '')) expect(result.duration).toMatch(/^PT/);
	}
	const verbs = received.map(verb);
	// Per registration: completed and passed at most once; failed never after passed.
	expect(verbs.filter((v) => v === 'completed').length).toBeLessThanOrEqual(1);
	expect(verbs.filter((v) => v === 'passed').length).toBeLessThanOrEqual(1);
	const passedAt = verbs.indexOf('passed');
	if (passedAt !== -1) expect(verbs.slice(passedAt).includes('failed')).toBe(false);
}

/** One session's statements: initialized first and once, terminated last and once. */
function expectSession(received: Received[]): string[] {
	const verbs = received.map(verb) as string[];
	expect(verbs[0]).toBe('initialized');
	expect(verbs.at(-1)).toBe('terminated');
	expect(verbs.filter((v) => v === 'initialized' || v === 'terminated')).toHaveLength(2);
	return verbs;
}

async function quit(page: Page): Promise<void> {
	await reach(page, `el.id === 'lms-quitter'`);
	await page.keyboard.press('Enter');
}

describe('cmi5 package with an LRS', () => {
	test('a learner passes the final evaluation: initialized, completed, passed (scaled 1, runs in the extension); « Quitter le cours » sends terminated last and goes back to returnURL', async () => {
		const context = await newContext(browser);
		await recordCspViolations(context);
		const { page, launch } = await open(context, 'e1f1b0b2-0000-4000-8000-000000000001');
		const info = page.locator('#lms-info');
		await expect.poll(() => info.textContent()).toContain('Pour valider ce module, la plateforme attend la réussite de l’évaluation finale.');
		const home = await course(page, 'index.html');
		// The wrapper itself (header, « Quitter le cours », the frame's title) meets WCAG 2.2 AA.
		expect(await axeViolations(page)).toEqual([]);
		expect(await page.locator('iframe').getAttribute('title')).toMatch(/^Contenu du cours\u00a0: /);
		const exam = await takeFinalEvaluation(page, home, true);
		await expect.poll(() => sessionOf(launch).map(verb)).toEqual(['initialized', 'completed', 'passed']);
		const passed = sessionOf(launch)[2]!.statement;
		expect(passed.result).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
		expect(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
		const [report] = passed.result.extensions[RESULT_EXTENSION];
		expect(report).toMatchObject({ run: 1, score: 100, passed: true });
		expect(Object.keys(report.objectives).sort()).toEqual([...objectives].sort());
		// The state document holds the progress (the run) and what was sent.
		await expect.poll(() => (lrs.state(launch.registration, STATE_ID) as any)?.sent?.passed?.run).toBe('finale-1');
		expect(await progressKeys(exam as unknown as Frame)).toEqual([]);
		expect(await wrapperOf(page).locator('#lms-avis').textContent()).toBe('');
		// The package's one policy (the site's, with connect-src for the LRS) let everything through.
		for (const frame of page.frames()) expect(await cspViolations(frame), frame.url()).toEqual([]);

		await quit(page);
		await page.waitForURL(`${lrs.url}/retour.html`);
		expect(expectSession(sessionOf(launch))).toEqual(['initialized', 'completed', 'passed', 'terminated']);
		expectCmi5Statements(registrationOf(launch.registration), launch.registration);
		expect(lrs.refused).toEqual([]);
		await context.close();
	}, 300_000);

	test('a second launch of the registration resumes from the state document: the answer is back, nothing but initialized and terminated is sent, no localStorage', async () => {
		const registration = 'e1f1b0b2-0000-4000-8000-000000000002';
		const context = await newContext(browser);
		const first = await open(context, registration);
		const home = await course(first.page, 'index.html');
		const lesson = await openLessonOne(first.page, home);
		await answerQuestion(framed(first.page, lesson), '#quiz', question, true);
		await expect.poll(() => Object.keys((lrs.state(registration, STATE_ID) as any)?.progress?.attempts ?? {})).toContain(question.id);
		expect(await progressKeys(lesson)).toEqual([]);
		// Without returnURL, the wrapper says the session is over.
		await first.page.close();
		await expect.poll(() => sessionOf(first.launch).map(verb)).toEqual(['initialized', 'terminated']);

		const again = await open(context, registration);
		const resumed = await course(again.page, LESSON_ONE);
		await expect.poll(() => resumed.locator(`${box} .question-last`).count(), { timeout: 10_000 }).toBe(1);
		expect(await progressKeys(resumed)).toEqual([]);
		// « Mon parcours » in the LMS: the platform keeps the progress, and no file can replace what it recorded.
		await reach(framed(again.page, resumed), `document.hasFocus() && el.tagName === 'A' && el.textContent.trim() === 'Mon parcours'`);
		await again.page.keyboard.press('Enter');
		const parcours = await course(again.page, 'parcours/index.html');
		expect(await parcours.locator('.file-actions p.en-lms').isVisible()).toBe(true);
		expect(await parcours.locator('.file-actions p.en-lms').textContent()).toContain('Votre progression est enregistrée par votre plateforme de formation.');
		expect(await parcours.locator('.file-actions p.hors-lms').isVisible()).toBe(false);
		expect(await parcours.locator('label[for="import-progression"]').isVisible()).toBe(false);
		expect(await parcours.getByRole('button', { name: 'Exporter ma progression' }).isVisible()).toBe(true);
		await quit(again.page);
		await again.page.waitForURL(`${lrs.url}/retour.html`);
		expect(expectSession(sessionOf(again.launch))).toEqual(['initialized', 'terminated']);
		expectCmi5Statements(registrationOf(registration), registration);
		await context.close();
	}, 120_000);

	test('an LRS that refuses the state: the wrapper says so in French, the learner keeps going, the next write carries everything', async () => {
		const registration = 'e1f1b0b2-0000-4000-8000-000000000003';
		const context = await newContext(browser);
		const { page, launch } = await open(context, registration, { returnURL: undefined });
		const home = await course(page, 'index.html');
		lrs.faults.stateWrites = true;
		try {
			const lesson = await openLessonOne(page, home);
			const notice = wrapperOf(page).locator('#lms-avis');
			await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('La plateforme de formation n’a pas enregistré vos réponses (erreur 503');
			expect(await notice.getAttribute('role')).toBe('alert');
			lrs.faults.stateWrites = false;
			await answerQuestion(framed(page, lesson), '#quiz', question, true);
			await expect.poll(() => notice.textContent()).toContain('de nouveau enregistrées');
			const doc = lrs.state(registration, STATE_ID) as any;
			expect(doc.progress.lastPlace.lesson).toBe('01-vocabulaire-generalites');
			expect(Object.keys(doc.progress.attempts)).toContain(question.id);
		} finally {
			lrs.faults.stateWrites = false;
		}
		// No returnURL: « Quitter le cours » ends the session and says so on the page.
		await quit(page);
		await expect.poll(() => page.locator('#lms-fin').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('lms-fin');
		expect(await page.locator('#lms-fin-resume').textContent()).toBe('La plateforme attend encore la réussite de l’évaluation finale pour valider le module.');
		expect(await page.locator('iframe').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(expectSession(sessionOf(launch))).toEqual(['initialized', 'terminated']);
		expectCmi5Statements(registrationOf(registration), registration);
		await context.close();
	}, 120_000);

	test('launchMode Browse: the header says so, the progress is kept, no result is sent; a platform pass mark unlike the course’s is told', async () => {
		const context = await newContext(browser);
		const browse = await open(context, 'e1f1b0b2-0000-4000-8000-000000000004', { launchMode: 'Browse' });
		await expect.poll(() => browse.page.locator('#lms-info').textContent()).toContain('Mode découverte');
		const home = await course(browse.page, 'index.html');
		await openLessonOne(browse.page, home);
		await expect.poll(() => (lrs.state(browse.launch.registration, STATE_ID) as any)?.progress?.lastPlace?.lesson).toBe('01-vocabulaire-generalites');
		await quit(browse.page);
		await browse.page.waitForURL(`${lrs.url}/retour.html`);
		expect(expectSession(sessionOf(browse.launch))).toEqual(['initialized', 'terminated']);

		const other = await open(context, 'e1f1b0b2-0000-4000-8000-000000000005', { masteryScore: 0.7 });
		await expect.poll(() => other.page.locator('#lms-info').textContent()).toContain('La plateforme fixe le seuil de réussite à 70\u00a0% (le cours indique 80\u00a0%)');
		await context.close();
	}, 120_000);
});
