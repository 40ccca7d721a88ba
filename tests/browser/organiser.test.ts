import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFrenchCsv } from '../../src/lib/csv';
import type { Question } from '../../src/schemas/question';
import { firstSingleQuestion, LESSON } from './bank';
import { answerQuestion, fillAnswer, openFileChooser, press, reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site, readContent } from './harness';

/**
 * The organiser space (issue 14): two learners work through parts of the course in their own
 * browsers and export; the organiser reads both files and two bad ones at once, with the
 * keyboard only, and sees what each learner's « Mon parcours » showed, the CSV that matches
 * the table, and the group kept for the tab, on this computer on request, and cleared.
 */

const pool: Question[] = readdirSync('content/evaluation')
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => readContent(`content/evaluation/${f}`));
const byId = new Map(pool.map((q) => [q.id, q]));
const objectiveList = readContent('content/objectives.json') as { id: string; label: string }[];
const lessonQuestion = (readContent(`content/questions/${LESSON}.json`) as Question[]).find((q) => q.id === firstSingleQuestion().id) as Question;
const KEY = 'chorus-pro-organisateur:session';
const NBSP = '\u00a0';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** What « Mon parcours » shows for one objective. */
interface Shown {
	avant: string;
	apres: string;
	verdict: 'valide' | 'non-valide' | 'non-evalue';
	practice: string;
}

/** Starts an evaluation, answers the chosen questions (right or wrong; the others stay blank) and ends it. */
async function takeEvaluation(page: Page, kind: 'positionnement' | 'finale', button: string, answers: (q: Question, index: number) => boolean | null): Promise<void> {
	await page.goto(site(`evaluation/${kind}/`));
	await hydrated(page);
	await press(page, '.exam-intro', button);
	await page.locator('.exam [data-question]').first().waitFor();
	const ids = await page.locator('.exam [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question') as string));
	for (const [i, id] of ids.entries()) {
		const q = byId.get(id) as Question;
		const right = answers(q, i);
		if (right !== null) await fillAnswer(page, `.exam [data-question="${id}"]`, q, right);
	}
	await press(page, '.exam-submit', 'Terminer l’évaluation');
	await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Terminer l’évaluation\u202f?');
	await press(page, '.exam-confirm', 'Oui, terminer et voir la correction');
	await page.locator('.correction-score').waitFor();
}

/**
 * One learner in their own browser: lesson 1's quiz question, the positioning test, optionally
 * the final evaluation, their name in « Mon parcours », the export. Returns the file and what
 * « Mon parcours » showed per objective.
 */
async function learner(
	name: string,
	plan: { lessonRight: boolean; complete: boolean; avant: (q: Question, i: number) => boolean | null; finale?: (q: Question, i: number) => boolean | null }
): Promise<{ file: string; shown: Record<string, Shown> }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(site(`lecons/${LESSON}/`));
	await hydrated(page);
	await answerQuestion(page, '#quiz', lessonQuestion, plan.lessonRight);
	if (plan.complete) {
		await press(page, '.lesson-completion', 'Marquer comme terminée');
		await expect.poll(() => page.locator('.lesson-completion button').getAttribute('aria-pressed')).toBe('true');
	}
	await takeEvaluation(page, 'positionnement', 'Commencer le test de positionnement', plan.avant);
	if (plan.finale) await takeEvaluation(page, 'finale', 'Commencer l’évaluation finale', plan.finale);

	await page.goto(site('parcours/'));
	await hydrated(page);
	await reach(page, `el.id === 'nom-apprenant'`);
	await page.keyboard.type(name);
	const shown: Record<string, Shown> = {};
	for (const o of objectiveList) {
		const row = page.locator(`.progress-report tr[data-objective="${o.id}"], tr[data-objective="${o.id}"]`).first();
		const apresCell = row.locator('td[data-context="apres"]');
		// Read at once: a locator's getAttribute would wait its whole timeout for a mark that is not there.
		const validated = await apresCell.evaluate((cell) => cell.querySelector('[data-validated]')?.getAttribute('data-validated') ?? null);
		const apresText = ((await apresCell.textContent()) ?? '').trim();
		shown[o.id] = {
			avant: ((await row.locator('td[data-context="avant"]').textContent()) ?? '').trim(),
			apres: apresText === '—' ? '—' : (apresText.match(/^\d+ sur \d+/)?.[0] ?? apresText),
			verdict: validated === 'true' ? 'valide' : validated === 'false' ? 'non-valide' : 'non-evalue',
			practice: (await row.getAttribute('data-status')) ?? '',
		};
	}
	await reach(page, `el.textContent.trim() === 'Exporter ma progression'`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const file = join(mkdtempSync(join(tmpdir(), 'organiser-')), download.suggestedFilename());
	await download.saveAs(file);
	await context.close();
	return { file, shown };
}

/** What the organiser's table shows for a learner, per objective, in the same terms. */
async function tableOf(page: Page, name: string): Promise<Record<string, Shown>> {
	const row = page.locator(`.org-table tbody tr[data-learner="${name}"]`);
	const out: Record<string, Shown> = {};
	for (const o of objectiveList) {
		const cell = row.locator(`td[data-objective="${o.id}"]`);
		const text = async (field: string) => ((await cell.locator(`[data-field="${field}"]`).textContent()) ?? '').trim();
		out[o.id] = {
			avant: (await text('avant')).replace(`Avant${NBSP}: `, ''),
			apres: (await text('apres')).replace(`Après${NBSP}: `, ''),
			verdict: (await cell.locator('[data-field="verdict"]').getAttribute('data-verdict')) as Shown['verdict'],
			practice: (await cell.locator('[data-field="practice"]').getAttribute('data-status')) ?? '',
		};
	}
	return out;
}

const stored = (page: Page) =>
	page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: localStorage.getItem(key) }), KEY);
const status = (page: Page) => page.locator('.organiser > p[role="status"]').textContent();

describe('the organiser space', () => {
	test(
		'two learners’ exports and two bad files read at once: the table, the errors, the CSV, keeping and clearing, with the keyboard only',
		async () => {
			// Alice: lesson 1 done, a weak positioning, a final with the first objectives right.
			const firstHalf = new Set(objectiveList.slice(0, 5).map((o) => o.id));
			const alice = await learner('Alice Martin', {
				lessonRight: true,
				complete: true,
				avant: (_, i) => (i < 4 ? true : null),
				finale: (q) => (firstHalf.has(q.objectives[0] ?? '') ? true : null),
			});
			// Bruno: a wrong answer in lesson 1, a positioning only.
			const bruno = await learner('Bruno Petit', { lessonRight: false, complete: false, avant: (_, i) => (i % 2 === 0 ? true : false) });
			const verdictsA = Object.values(alice.shown).map((s) => s.verdict);
			expect(verdictsA).toContain('valide');
			expect(verdictsA).toContain('non-valide');
			expect(Object.values(bruno.shown).every((s) => s.verdict === 'non-evalue')).toBe(true);

			const context = await newContext(browser);
			const page = await context.newPage();
			await page.goto(site('organisateur/'));
			await hydrated(page);
			expect(await page.locator('h1').textContent()).toBe('Espace organisateur');
			expect(await axeViolations(page)).toEqual([]);

			// Four files at once, through the picker reached with Tab.
			await reach(page, `el.id === 'org-fichiers'`);
			await (
				await openFileChooser(page)
			).setFiles([alice.file, bruno.file, 'tests/fixtures/organiser/progression-tronquee.json', 'tests/fixtures/organiser/progression-marie-dupont-modifiee.json']);
			await expect.poll(() => page.locator('.org-table tbody tr').count()).toBe(2);
			await expect.poll(() => status(page)).toContain('2 fichiers ajoutés au groupe, 2 fichiers refusés.');
			const errors = await page.locator('.org-refused li').allTextContents();
			expect(errors).toHaveLength(2);
			expect(errors[0]).toContain(`«${NBSP}progression-tronquee.json${NBSP}»${NBSP}:`);
			expect(errors[1]).toContain(`«${NBSP}progression-marie-dupont-modifiee.json${NBSP}»${NBSP}:`);
			for (const e of errors) expect(e).not.toContain('Votre progression actuelle');
			expect(await status(page)).toContain('progression-tronquee.json');

			// The table says what each learner's « Mon parcours » said.
			expect(await page.locator('.org-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-learner')))).toEqual(['Alice Martin', 'Bruno Petit']);
			expect(await tableOf(page, 'Alice Martin')).toEqual(alice.shown);
			expect(await tableOf(page, 'Bruno Petit')).toEqual(bruno.shown);
			expect(await page.locator('.org-table tbody tr[data-learner="Alice Martin"] [data-field="lessons"]').textContent()).toMatch(/^1 sur \d+$/);
			// The group summary counts Alice's validated objectives, and no one else's.
			for (const o of objectiveList) {
				const validated = alice.shown[o.id]?.verdict === 'valide' ? 1 : 0;
				const evaluated = alice.shown[o.id]?.verdict === 'non-evalue' ? 0 : 1;
				expect(await page.locator(`.org-summary tr[data-objective="${o.id}"] [data-field="validated"]`).textContent()).toBe(`${validated} sur ${evaluated}`);
			}
			expect(await axeViolations(page)).toEqual([]);

			// A learner's detail: focus moves to it, runs and lessons are listed, closing gives focus back.
			await reach(page, `el.tagName === 'BUTTON' && el.textContent.trim() === 'Détail d’Alice Martin'`);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Détail d’Alice Martin');
			expect(await page.locator('.org-detail .org-runs li').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['avant', 'apres']);
			expect(await page.locator(`.org-detail [data-lesson="${LESSON}"]`).textContent()).toMatch(/terminée le .*estimé/);
			expect(await axeViolations(page)).toEqual([]);
			await reach(page, `el.textContent.trim() === 'Fermer le détail'`);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Détail d’Alice Martin');
			expect(await page.locator('.org-detail').count()).toBe(0);

			// The CSV, parsed back, says what the table says.
			await reach(page, `el.textContent.trim() === 'Télécharger le tableau (CSV)'`);
			const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
			expect(download.suggestedFilename()).toMatch(/^resultats-groupe-\d{4}-\d{2}-\d{2}\.csv$/);
			const csvFile = join(mkdtempSync(join(tmpdir(), 'organiser-csv-')), download.suggestedFilename());
			await download.saveAs(csvFile);
			const raw = readFileSync(csvFile, 'utf-8');
			expect(raw.startsWith('\uFEFF')).toBe(true);
			const [header, ...lines] = parseFrenchCsv(raw);
			expect(lines.map((l) => l[0])).toEqual(['Alice Martin', 'Bruno Petit']);
			const words = { valide: 'validé', 'non-valide': 'non validé', 'non-evalue': 'non évalué' };
			const practiceWords: Record<string, string> = { acquis: 'acquis', 'en-cours': 'en cours', 'non-commence': 'non commencé' };
			const ratio = (score: string) => {
				const m = score.match(/^(\d+) sur (\d+)$/);
				return m ? String(Math.round((Number(m[1]) / Number(m[2])) * 100) / 100).replace('.', ',') : '';
			};
			for (const [line, shown] of [
				[lines[0], await tableOf(page, 'Alice Martin')],
				[lines[1], await tableOf(page, 'Bruno Petit')],
			] as const) {
				for (const o of objectiveList) {
					const col = (suffix: string) => line?.[header?.indexOf(`${o.label} — ${suffix}`) ?? -1];
					expect(col('résultat'), o.id).toBe(words[shown[o.id]!.verdict]);
					expect(col('avant'), o.id).toBe(ratio(shown[o.id]!.avant));
					expect(col('après'), o.id).toBe(ratio(shown[o.id]!.apres));
					expect(col('entraînement'), o.id).toBe(practiceWords[shown[o.id]!.practice]);
				}
			}
			expect(await status(page)).toContain(download.suggestedFilename());

			// Screenshots at both widths, the table loaded; at 390 px only the table's own box scrolls.
			mkdirSync('/tmp/shots', { recursive: true });
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.screenshot({ path: '/tmp/shots/org-1280.png', fullPage: true });
			await page.setViewportSize({ width: 390, height: 844 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			await page.screenshot({ path: '/tmp/shots/org-390.png', fullPage: true });
			await page.setViewportSize({ width: 1280, height: 900 });

			// Kept for the tab by default: a reload finds the group, checked again.
			expect(await stored(page)).toMatchObject({ local: null });
			expect((await stored(page)).session).not.toBeNull();
			await page.reload();
			await hydrated(page);
			await expect.poll(() => page.locator('.org-table tbody tr').count()).toBe(2);
			expect(await tableOf(page, 'Alice Martin')).toEqual(alice.shown);
			// The organiser's own progress (every page of the site keeps one) gets none of the learners' answers.
			const own = await page.evaluate(() => JSON.parse(localStorage.getItem('chorus-pro-micro-cours:progression') ?? '{}'));
			expect([own.attempts ?? {}, own.runs ?? [], own.learnerName]).toEqual([{}, [], undefined]);

			// « Garder… » moves it to localStorage; unticking moves it back.
			await reach(page, `el.id === 'org-garder-case'`);
			await page.keyboard.press('Space');
			await expect.poll(async () => (await stored(page)).local !== null).toBe(true);
			expect((await stored(page)).session).toBeNull();
			expect(await status(page)).toContain('gardé sur cet ordinateur');
			await page.reload();
			await hydrated(page);
			await expect.poll(() => page.locator('.org-table tbody tr').count()).toBe(2);
			expect(await page.locator('#org-garder-case').isChecked()).toBe(true);
			await reach(page, `el.id === 'org-garder-case'`);
			await page.keyboard.press('Space');
			await expect.poll(async () => (await stored(page)).local).toBeNull();
			expect((await stored(page)).session).not.toBeNull();
			await page.keyboard.press('Space');
			await expect.poll(async () => (await stored(page)).local !== null).toBe(true);

			// A file added later joins the group; Alice's file again counts once, and the organiser is told.
			await reach(page, `el.id === 'org-fichiers'`);
			await (await openFileChooser(page)).setFiles(alice.file);
			await expect.poll(() => status(page)).toContain('1 fichier ajouté au groupe, 0 fichier refusé.');
			expect(await status(page)).toContain('Deux fichiers de la même personne (Alice Martin)');
			expect(await page.locator('.org-table tbody tr').count()).toBe(2);
			expect(await page.locator('.org-notices li').count()).toBe(1);
			expect(await page.locator('.org-refused').count()).toBe(0);

			// « Effacer la session », after its confirmation (Escape cancels first).
			await reach(page, `el.textContent.trim() === 'Effacer la session'`);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Effacer le groupe de ce navigateur/);
			await page.keyboard.press('Escape');
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Effacer la session');
			expect((await stored(page)).local).not.toBeNull();
			await page.keyboard.press('Enter');
			await reach(page, `el.textContent.trim() === 'Oui, effacer la session'`);
			await page.keyboard.press('Enter');
			await expect.poll(() => status(page)).toContain('Session effacée');
			expect(await stored(page)).toEqual({ session: null, local: null });
			expect(await page.locator('.org-table').count()).toBe(0);
			await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 40))).toBe('<h2 id="org-import" tabindex="-1">Import');
			await page.reload();
			await hydrated(page);
			expect(await page.locator('.org-table').count()).toBe(0);
			expect(await page.locator('#org-garder-case').isChecked()).toBe(false);
			await context.close();
		},
		600_000
	);

	test('a file chosen before the page’s script started is read once it starts', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		// The island's script is held back until the file is chosen, as on a slow connection.
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/OrganiserSpace*', async (route) => {
			await gate;
			await route.continue();
		});
		await page.goto(site('organisateur/'));
		await page.setInputFiles('#org-fichiers', 'tests/fixtures/organiser/progression-marie-dupont-2026-12-04.json');
		expect(await page.locator('astro-island[component-url*="OrganiserSpace"][ssr]').count()).toBe(1);
		release();
		await expect.poll(() => page.locator('.org-table tbody tr').count()).toBe(1);
		expect(await status(page)).toContain('1 fichier ajouté au groupe');

		// Files dropped on the zone are read the same way (a mouse-only extra: the picker does the same).
		await page.evaluate(() => {
			const data = new DataTransfer();
			data.items.add(new File(['{"format":'], 'lache.json', { type: 'application/json' }));
			const zone = document.querySelector('.org-drop') as HTMLElement;
			zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		});
		await expect.poll(() => page.locator('.org-refused li').allTextContents()).toEqual([`✗ «${NBSP}lache.json${NBSP}»${NBSP}: Ce fichier n’est pas un fichier JSON lisible.`]);
		expect(await page.locator('.org-table tbody tr').count()).toBe(1);
		await context.close();
	});

	test('the footer links to the organiser space', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site());
		await reach(page, `el.tagName === 'A' && el.textContent.trim() === 'Espace organisateur'`);
		await Promise.all([page.waitForURL('**/organisateur/'), page.keyboard.press('Enter')]);
		await context.close();
	});
});
