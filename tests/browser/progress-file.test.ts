import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { progressChecksum } from '../../src/lib/checksum';
import { buildExport } from '../../src/lib/progress-file';
import { emptyProgress, type Attempt, type ProgressState } from '../../src/lib/progress-model';
import { firstSingleQuestion, LESSON } from './bank';
import { chooseRadio, openFileChooser, press, reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, tabTo } from './harness';

/**
 * Issue 11 in a real browser: progress that survives storage faults and a newer tab, and an
 * import that is checked, confirmed and undoable. Keyboard only for what a learner does;
 * storage is prepared directly, as a previous visit would have left it.
 */
const KEY = 'chorus-pro-micro-cours:progression';
const q = firstSingleQuestion();
const T = '2026-12-02T09:00:00.000Z';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const attempt: Attempt = { objectives: ['cadre'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at: T, durationMs: 4000 };
const progress = (extra: Partial<ProgressState> = {}): ProgressState => ({ ...emptyProgress('chorus-pro-micro-cours'), ...extra });

/** Answers lesson 1's first single-choice question rightly, with the keyboard. */
async function answerInLesson(page: Page): Promise<void> {
	const box = `#quiz [data-question="${q.id}"]`;
	await page.locator(box).scrollIntoViewIfNeeded();
	await hydrated(page);
	await chooseRadio(page, box, q.right);
	await press(page, box, 'Vérifier');
	await expect.poll(() => page.locator(`${box} .feedback-verdict`).textContent()).toBe('✓ Correct');
}

/** Presses a button with the keyboard and returns the downloaded file's JSON. */
async function download(page: Page, predicate: string): Promise<any> {
	await tabTo(page, predicate);
	const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const path = join(mkdtempSync(join(tmpdir(), 'dl-')), file.suggestedFilename());
	await file.saveAs(path);
	const text = readFileSync(path, 'utf-8');
	let json: any = null;
	try {
		json = JSON.parse(text);
	} catch {
		/* a quarantined copy may be unreadable: its text is what counts */
	}
	return { name: file.suggestedFilename(), text, json };
}

/** Picks a file in « Importer une progression » with the keyboard. */
async function importFile(page: Page, name: string, text: string): Promise<void> {
	await reach(page, `el.id === 'import-progression'`);
	await (await openFileChooser(page)).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openParcours(context: BrowserContext, stored?: Record<string, string>): Promise<Page> {
	const page = await context.newPage();
	await page.goto(site('parcours/'));
	await hydrated(page);
	if (stored) {
		await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), stored);
		await page.reload();
	}
	await hydrated(page);
	return page;
}

describe('storage faults', () => {
	test('localStorage full: answer, go to « Mon parcours »: the answer is there and in both exports', async () => {
		const context = await newContext(browser);
		await context.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (this === window.localStorage) throw new DOMException('Quota dépassé', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		const page = await context.newPage();
		await page.goto(site(`lecons/${LESSON}/`));
		await answerInLesson(page);
		const notice = page.locator('[data-notice="memoire"]');
		await expect.poll(() => notice.textContent()).toContain('même en changeant de page');
		// The export's code loads on the click: offline (no offline copy in this context), the notice says so.
		await context.setOffline(true);
		await press(page, '[data-notice="memoire"]', 'Exporter ma progression');
		await expect.poll(() => notice.locator('.notice-result').textContent()).toContain('la connexion semble coupée. Votre progression est intacte');
		await context.setOffline(false);
		const fromNotice = await download(page, `el.textContent.trim() === 'Exporter ma progression' && el.closest('[data-notice]')`);
		expect(fromNotice.json.progress.attempts[q.id]).toHaveLength(1);
		await expect.poll(() => notice.locator('.notice-result').textContent()).toBe(`Fichier «\u00a0${fromNotice.name}\u00a0» enregistré dans vos téléchargements.`);

		await page.goto(site('parcours/'));
		await hydrated(page);
		await expect.poll(() => page.locator('tr[data-objective="cadre"] [data-counted]').textContent()).toBe('1 question comptée');
		const fromPage = await download(page, `el.textContent.trim() === 'Exporter ma progression' && el.closest('.file-actions')`);
		expect(fromPage.json.progress.attempts[q.id]).toHaveLength(1);
		expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
		await context.close();
	}, 120_000);

	test('a non-ISO date in storage is set aside with a notice, and the lesson still works', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		// Left in storage from a page that writes nothing more once loaded (a lesson would record
		// the visit over it), then met when the lesson opens.
		await page.goto(site('glossaire/'));
		await hydrated(page);
		const bad = progress({ lessons: { [LESSON]: { firstVisitAt: T, lastVisitAt: '01/01/2025', timeSpentMs: 1000 } } });
		await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(bad)]);
		await page.goto(site(`lecons/${LESSON}/`));

		await expect.poll(() => page.locator('[data-notice="quarantaine"]').textContent()).toContain('01/01/2025');
		await answerInLesson(page);
		expect((await storedProgress(page)).attempts[q.id]).toHaveLength(1);
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.filter((k) => k.startsWith(`${KEY}:quarantine:`))).toHaveLength(1);
		await context.close();
	}, 120_000);

	test('tab B stores version 3; tab A answers: version 3 is intact and tab A asks for a reload', async () => {
		const context = await newContext(browser);
		const tabA = await context.newPage();
		await tabA.goto(site(`lecons/${LESSON}/`));
		await hydrated(tabA);
		const tabB = await context.newPage();
		await tabB.goto(site());
		const v3 = JSON.stringify({ version: 3, courseId: 'chorus-pro-micro-cours', nouveau: 'format' });
		await tabB.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, v3]);

		await tabA.bringToFront();
		const box = `#quiz [data-question="${q.id}"]`;
		await tabA.locator(box).scrollIntoViewIfNeeded();
		await chooseRadio(tabA, box, q.right);
		await press(tabA, box, 'Vérifier');

		await expect.poll(() => tabA.locator('[data-notice="autre-version"]').textContent()).toContain('rechargez la page');
		expect(await tabA.locator('[data-notice="autre-version"] button', { hasText: 'Recharger la page' }).count()).toBe(1);
		expect(await tabB.evaluate((k) => localStorage.getItem(k), KEY)).toBe(v3);
		await context.close();
	}, 120_000);
});

describe('import on « Mon parcours »', () => {
	const mine = progress({ learnerName: 'Ana Martin', attempts: { [q.id]: [attempt] } });
	const quarantined = '{"version":2,"abîmé":';

	test('the name names the export; an import asks first, keeps the old progress aside, which can be restored; a quarantined copy downloads', async () => {
		const context = await newContext(browser);
		const page = await openParcours(context, { [KEY]: JSON.stringify(mine), [`${KEY}:quarantine:2026-12-03T08:00:00.000Z`]: quarantined });

		await tabTo(page, `el.id === 'nom-apprenant'`);
		await expect.poll(() => page.locator('#nom-apprenant').inputValue()).toBe('Ana Martin');
		await page.keyboard.press('End');
		await page.keyboard.type('-Roux');
		await expect.poll(async () => (await storedProgress(page)).learnerName).toBe('Ana Martin-Roux');
		const exported = await download(page, `el.textContent.trim() === 'Exporter ma progression'`);
		expect(exported.name).toMatch(/^progression-ana-martin-roux-\d{4}-\d{2}-\d{2}\.json$/);
		expect(exported.json.checksum.value).toBe(await progressChecksum(exported.json.progress));

		const other = progress({ learnerName: 'Ana Martin', attempts: { 'l01-operateur-aife': [attempt, { ...attempt, outcome: 'practice' }] } });
		await importFile(page, 'autre.json', await buildExport(other, '0.1.0', new Date(T)));
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Remplacer votre progression par celle du fichier\u202f?');
		expect(await page.locator('.import-confirm').textContent()).toContain('2 réponses');
		expect(await axeViolations(page)).toEqual([]);
		expect((await storedProgress(page)).learnerName).toBe('Ana Martin-Roux');
		await tabTo(page, `el.textContent.trim() === 'Remplacer ma progression'`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.file-message').textContent()).toContain('Progression importée. Votre progression précédente est gardée de côté');
		expect((await storedProgress(page)).attempts['l01-operateur-aife']).toHaveLength(2);

		expect(await page.locator('.aside-copies li').evaluateAll((els) => els.map((e) => e.getAttribute('data-copy')))).toEqual(['remplacee', 'quarantine']);
		await tabTo(page, `el.textContent.trim().startsWith('Restaurer')`);
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await storedProgress(page)).learnerName).toBe('Ana Martin-Roux');
		expect((await storedProgress(page)).attempts[q.id]).toHaveLength(1);

		const copy = await download(page, `el.textContent.trim().startsWith('Télécharger') && el.closest('[data-copy="quarantine"]')`);
		expect(copy.name).toMatch(/^donnees-mises-de-cote-2026-12-03T08-00-00\.json$/);
		expect(copy.text).toBe(quarantined);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	}, 120_000);

	test('refused with the problems named and nothing changed: a non-ISO date, the forged file, markup in every string (nothing runs)', async () => {
		const context = await newContext(browser);
		const page = await openParcours(context, { [KEY]: JSON.stringify(mine) });
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const before = await storedProgress(page);
		/** A file whose checksum is recomputed after the edit, as a forger would. */
		const forged = async (p: unknown) => {
			const file = JSON.parse(await buildExport(mine, '0.1.0', new Date(T)));
			file.progress = p;
			file.checksum.value = await progressChecksum(p);
			return JSON.stringify(file);
		};
		const message = () => page.locator('.file-message').textContent();

		await importFile(page, 'date.json', await forged({ ...mine, attempts: { [q.id]: [{ ...attempt, at: '01/01/2025' }] } }));
		await expect.poll(message).toContain('at\u00a0: date «\u00a001/01/2025\u00a0» illisible (ISO 8601 attendu)');

		const invented = Object.fromEntries(['faux-1', 'faux-2', 'faux-3', 'faux-4', 'faux-5', 'faux-6'].map((id) => [id, [attempt]]));
		const forgedFile = { ...mine, attempts: { ...invented, [q.id]: Array.from({ length: 5000 }, () => attempt) }, lessons: { [LESSON]: { firstVisitAt: T, lastVisitAt: T, completedAt: '2099-01-01T00:00:00.000Z', timeSpentMs: 1e15 } } };
		await importFile(page, 'forge.json', await forged(forgedFile));
		await expect.poll(message).toContain('Ce fichier ne correspond pas à ce cours\u00a0: réponses à «\u00a0faux-1\u00a0»\u00a0: cet exercice ou cette question n’existe pas dans le cours');
		expect(await message()).toContain('Votre progression actuelle n’a pas été modifiée.');

		const markup = '<img src=x onerror="window.__pwned=1">';
		const everyString = { ...mine, learnerName: markup, attempts: { [markup]: [{ ...attempt, objectives: [markup], at: markup }] }, lessons: { [markup]: { firstVisitAt: markup, lastVisitAt: markup, timeSpentMs: 0 } }, lastPlace: { lesson: markup, at: markup } };
		await importFile(page, 'balises.json', await forged(everyString));
		await expect.poll(message).toContain('nom illisible');

		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(await storedProgress(page)).toEqual(before);
		expect(await page.locator('.import-confirm').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	}, 120_000);
});

describe('the file code loads on the first click (issue 18)', () => {
	test('offline without the offline copy: export and import say the connection is down and change nothing; back online, both work', async () => {
		const context = await newContext(browser);
		const mine = progress({ learnerName: 'Ana Martin', attempts: { [q.id]: [attempt] } });
		const page = await openParcours(context, { [KEY]: JSON.stringify(mine) });
		const before = await storedProgress(page);
		const exportMessage = () => page.locator('.file-message').textContent();

		await context.setOffline(true);
		await press(page, '.file-actions', 'Exporter ma progression');
		await expect.poll(exportMessage).toBe(
			'L’export n’a pas pu se préparer\u00a0: la connexion semble coupée. Votre progression est intacte dans ce navigateur\u00a0; réessayez une fois la connexion revenue.'
		);
		await importFile(page, 'hors-ligne.json', await buildExport(mine, '0.1.0', new Date(T)));
		await expect.poll(exportMessage).toContain('La vérification du fichier');
		expect(await exportMessage()).toContain('Votre progression actuelle n’a pas été modifiée.');
		expect(await exportMessage(), 'le message du navigateur, en anglais').not.toContain('Failed to fetch');
		expect(await storedProgress(page)).toEqual(before);

		await context.setOffline(false);
		const file = await download(page, `el.textContent.trim() === 'Exporter ma progression' && el.closest('.file-actions')`);
		expect(file.name).toMatch(/^progression-ana-martin-/);
		expect(file.json.progress.attempts[q.id]).toHaveLength(1);
		await expect.poll(exportMessage).toContain('enregistré dans vos téléchargements');
		await importFile(page, 'en-ligne.json', file.text);
		await expect.poll(() => page.locator('.import-confirm').count()).toBe(1);
		await context.close();
	}, 120_000);
});
