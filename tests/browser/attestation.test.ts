import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { progressChecksum } from '../../src/lib/checksum';
import { axeViolations, hydrated, launch, newContext, site, storedProgress, tabTo, readContent } from './harness';

/**
 * Issue 14, the learner's side: on « Mon parcours », the name and the employer are typed once
 * and kept; « Mon attestation » previews what the organiser's attestation will state and exports
 * the file the organiser needs. Keyboard only.
 */
const OBJECTIVES = (readContent('content/objectives.json') as { id: string }[]).map((o) => o.id);
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function openParcours(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(site('parcours/'));
	await hydrated(page);
	return page;
}

/** Presses the focused-by-Tab button with Enter and returns the downloaded file's name and JSON. */
async function download(page: Page, predicate: string): Promise<{ name: string; json: any }> {
	await tabTo(page, predicate);
	const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const path = join(mkdtempSync(join(tmpdir(), 'dl-')), file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf-8')) };
}

const attestation = '#mon-attestation';
const section = (page: Page) => page.locator('section.my-attestation');

describe('« Mon attestation » on « Mon parcours »', () => {
	test('name and employer typed with the keyboard are kept on reload; the preview says « Non évalué » everywhere and leads to the final; its export holds both', async () => {
		const context = await newContext(browser);
		const page = await openParcours(context);

		await tabTo(page, `el.id === 'nom-apprenant'`);
		await page.keyboard.type('Ana Martin');
		await tabTo(page, `el.id === 'employeur-apprenant'`);
		await page.keyboard.type('Dupont & Fils (SARL)');
		await expect.poll(async () => (await storedProgress(page))?.learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect((await storedProgress(page)).learnerName).toBe('Ana Martin');

		await page.reload();
		await hydrated(page);
		await expect.poll(() => page.locator('#nom-apprenant').inputValue()).toBe('Ana Martin');
		expect(await page.locator('#employeur-apprenant').inputValue()).toBe('Dupont & Fils (SARL)');

		expect(await page.locator(attestation).textContent()).toBe('Mon attestation');
		expect(await section(page).locator('[data-attestation="nom"]').textContent()).toBe('Ana Martin');
		expect(await section(page).locator('[data-attestation="employeur"]').textContent()).toBe('Dupont & Fils (SARL)');
		const verdicts = await section(page).locator('li[data-objective]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-objective'), e.querySelector('strong')?.textContent]));
		expect(verdicts).toEqual(OBJECTIVES.map((id) => [id, '○\u00a0Non évalué']));
		const finale = section(page).getByRole('link', { name: 'Passer l’évaluation finale' });
		expect(await finale.getAttribute('href')).toMatch(/\/evaluation\/finale\/$/);
		expect(await section(page).textContent()).toContain('établie, datée et signée par votre organisme de formation');

		const exported = await download(page, `el.textContent.trim() === 'Exporter le fichier pour mon organisme'`);
		expect(exported.name).toMatch(/^progression-ana-martin-\d{4}-\d{2}-\d{2}\.json$/);
		expect(exported.json.learnerName).toBe('Ana Martin');
		expect(exported.json.learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(exported.json.progress.learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(exported.json.checksum.value).toBe(await progressChecksum(exported.json.progress));
		await expect.poll(() => section(page).locator('[role="status"]').textContent()).toBe(`Fichier «\u00a0${exported.name}\u00a0» enregistré dans vos téléchargements.`);

		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	}, 120_000);

	test('a bad employer is refused in French and not kept; the missing name’s link takes the keyboard to the field', async () => {
		const context = await newContext(browser);
		const page = await openParcours(context);

		await tabTo(page, `el.id === 'employeur-apprenant'`);
		await page.keyboard.type('<b>Mairie</b>');
		await expect.poll(() => page.locator('#employeur-apprenant-erreur').textContent()).toContain('cet employeur n’est pas enregistré');
		expect(await page.locator('#employeur-apprenant').getAttribute('aria-invalid')).toBe('true');
		expect((await storedProgress(page))?.learnerEmployer).toBeUndefined();
		expect(await axeViolations(page)).toEqual([]);

		await tabTo(page, `el.textContent.trim() === 'saisir votre nom'`, { back: true });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nom-apprenant');
		await context.close();
	}, 120_000);

	test('at 390 px wide, nothing scrolls sideways and the section is hidden in print', async () => {
		const context = await newContext(browser, 390);
		const page = await openParcours(context);

		await section(page).scrollIntoViewIfNeeded();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const box = await section(page).boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await section(page).isVisible()).toBe(false);
		await context.close();
	}, 120_000);
});
