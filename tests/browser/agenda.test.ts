import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseRadio, press, reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site, pdfPages } from './harness';

/**
 * Issue 13, the day's agenda (/formateur/), driven with the keyboard only: the start time moves
 * every clock time, a break is added, an overrun makes the right block late, the settings survive
 * a reload under the trainer's key (the learner's progress untouched), the agenda prints on one
 * A4 page, and axe finds nothing.
 */
const TRAINER_KEY = 'chorus-pro-formateur';
const LEARNER_KEY = 'chorus-pro-micro-cours:progression';
/** The page writes « 9 h 00 » with no-break spaces (tests/lib/agenda.test.ts checks them); compared here as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const rowText = async (page: Page, block: string) => plain(await page.locator(`tr[data-block="${block}"]`).innerText());
const firstClock = async (page: Page) => plain(await page.locator('tr[data-block="ouverture"] .agenda-clock').innerText());
const summary = async (page: Page) => plain(await page.locator('.agenda-summary').innerText());

/**
 * Types a time in the start field. Tab moves between the hours and minutes of a time field, so
 * leave it backwards first, then enter it from the control before: typing starts on the hours.
 */
async function typeStart(page: Page, digits: string): Promise<void> {
	await reach(page, `el.id === 'agenda-debut'`);
	while (await page.evaluate(() => document.activeElement?.id === 'agenda-debut')) await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.type(digits);
	expect(await page.locator('#agenda-debut').inputValue()).toBe(`${digits.slice(0, 2)}:${digits.slice(2)}`);
}

describe('the day’s agenda, keyboard only', () => {
	test('server-rendered default day, start time, error summary, break, overrun, reload, print on one page, axe', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site('formateur/'));
		// Without JavaScript the day is already there: the HTML holds the default « Journée en salle ».
		expect(await page.locator('#agenda-legende').innerText()).toContain('Journée en salle');
		await hydrated(page);
		const learnerBefore = await page.evaluate((key) => localStorage.getItem(key), LEARNER_KEY);
		expect(await firstClock(page)).toBe('9 h 00 – 9 h 25');
		expect(await summary(page)).toContain('Fin prévue : 17 h 30');
		expect(await axeViolations(page)).toEqual([]);

		// A start time: every clock time moves, and the new end is announced.
		await typeStart(page, '0930');
		await expect.poll(() => firstClock(page)).toBe('9 h 30 – 9 h 55');
		expect(await rowText(page, 'cloture')).toContain('17 h 30 – 18 h 00');
		await expect.poll(async () => plain(await page.locator('.agenda [role="status"]').textContent())).toContain('Fin prévue : 18 h 00');

		// A start near dawn is refused with an error summary that takes focus and leads back to the field.
		await typeStart(page, '0500');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await page.locator('.error-summary').innerText()).toContain('Il y a 1 erreur');
		expect(await page.locator('#agenda-debut').getAttribute('aria-invalid')).toBe('true');
		expect(await firstClock(page)).toBe('9 h 30 – 9 h 55');
		expect(await axeViolations(page)).toEqual([]);
		await typeStart(page, '0930');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.error-summary').count()).toBe(0);

		// A break: one more break row, focus on the new break's « Après le bloc ».
		const breaksBefore = await page.locator('tr.agenda-break').count();
		await press(page, '.agenda-breaks', 'Ajouter une pause');
		await expect.poll(() => page.locator('tr.agenda-break').count()).toBe(breaksBefore + 1);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^agenda-pause-\d+-bloc$/);
		// Placed after the first block: the second block now starts 10 minutes later.
		expect(await rowText(page, 's1-vocabulaire')).toContain('10 h 05 – 10 h 40');
		expect(await summary(page)).toContain('Fin prévue : 18 h 10');

		// An overrun of 20 minutes on the second block: the closing block is the one pushed past the end.
		await reach(page, `el.id === 'agenda-ecart-s1-vocabulaire'`);
		await page.keyboard.type('20');
		await page.keyboard.press('Tab');
		await expect.poll(() => rowText(page, 'cloture')).toContain('En retard : 20 min après la fin prévue');
		for (const other of ['s1-vocabulaire', 's2-reforme', 's2-support']) expect(await rowText(page, other)).not.toContain('En retard');
		expect(await rowText(page, 's1-vocabulaire')).toContain('Écart constaté : +20 min');
		expect(await summary(page)).toContain('Avec les écarts : fin à 18 h 30 ; en retard : Évaluation finale et bilan (20 min)');
		expect(await rowText(page, 's1-comptes')).toContain('prévu 10 h 40 – 11 h 30');

		// Reload: the settings come back from the trainer's key; the learner's progress is untouched.
		const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), TRAINER_KEY)) ?? 'null');
		expect(stored).toMatchObject({ version: 1, choice: 'presentiel', settings: { presentiel: { start: 570, overruns: { 's1-vocabulaire': 20 } } } });
		expect(stored.settings.presentiel.breaks).toHaveLength(4);
		await page.reload();
		await hydrated(page);
		await expect.poll(() => firstClock(page)).toBe('9 h 30 – 9 h 55');
		expect(await page.locator('#agenda-debut').inputValue()).toBe('09:30');
		expect(await rowText(page, 'cloture')).toContain('En retard');
		expect(await page.locator('tr.agenda-break').count()).toBe(breaksBefore + 1);
		expect(await page.evaluate((key) => localStorage.getItem(key), LEARNER_KEY)).toBe(learnerBefore);
		expect(await axeViolations(page)).toEqual([]);

		// Printed: the day with its overrun on exactly one A4 page; the distance day too.
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		await chooseRadio(page, '.agenda-variants', 'Classe virtuelle');
		await expect.poll(() => page.locator('#agenda-legende').innerText()).toContain('Classe virtuelle');
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), TRAINER_KEY)) ?? 'null').choice).toBe('distance');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
