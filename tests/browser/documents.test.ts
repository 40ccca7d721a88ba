import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { toString as qrSvg } from 'qrcode';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeDocumentCode, encodeDocumentCode } from '../../src/lib/compact-code';
import { buildExport } from '../../src/lib/progress-file';
import { alice, bruno } from '../fixtures/organiser/group';
import { chooseRadio, openFileChooser, press, reach } from './drive';
import { axeViolations, hydrated, launch, newContext, site, pdfPages } from './harness';

/**
 * The organiser's documents (issue 14), with the keyboard only: two learners' files read, the
 * settings typed, the attestation and the certificat printed one per A4 page, the attestation
 * signed with the key made for this test run (scripts/test-keys.mjs; the site was built with its
 * public key), verified from its QR code's link, then an altered code and a code signed by a key
 * the site does not know both refused.
 */

const KEYS = 'test-results/cles';
const lessonIds = readdirSync('content/lessons').map((f) => f.replace(/\.mdx$/, ''));
const NBSP = '\u00a0';
const ORGANISER = 'Formations Exemple SARL';

let browser: Browser;
let files: string[];
beforeAll(async () => {
	if (!existsSync(`${KEYS}/cle-privee-test.json`)) throw new Error(`${KEYS}/cle-privee-test.json introuvable : lancez « npm run build:test » (npm test le fait) avant ce test.`);
	browser = await launch();
	const dir = mkdtempSync(join(tmpdir(), 'documents-'));
	files = [];
	// A learner who opened every lesson: the longest certificat of a distance session.
	const dominique = { ...alice(), learnerName: 'Dominique Durand', learnerSeed: 'd0d0d0d0d0d0d0d0' };
	dominique.lessons = Object.fromEntries(lessonIds.map((id, i) => [id, { firstVisitAt: '2026-12-01T09:00:00.000Z', lastVisitAt: '2026-12-01T10:00:00.000Z', timeSpentMs: (10 + i) * 60_000 }]));
	for (const [name, state] of [['alice', alice()], ['bruno', bruno()], ['dominique', dominique]] as const) {
		const file = join(dir, `progression-${name}.json`);
		writeFileSync(file, await buildExport(state, '0.3.0', new Date()));
		files.push(file);
	}
});
afterAll(async () => {
	await browser?.close();
});


async function typeInto(page: Page, id: string, text: string): Promise<void> {
	await reach(page, `el.id === ${JSON.stringify(id)}`);
	await page.keyboard.press('Control+A');
	await page.keyboard.type(text);
}

/** Types a date in a date field, in the order the browser's own locale shows (day first, or month first). */
async function typeDate(page: Page, id: string, iso: string): Promise<void> {
	const [y, m, d] = iso.split('-') as [string, string, string];
	await reach(page, `el.id === ${JSON.stringify(id)}`);
	for (const digits of [`${d}${m}${y}`, `${m}${d}${y}`]) {
		// Back to the first segment of the field (day or month), then the digits.
		for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
		await page.keyboard.type(digits);
		if ((await page.locator(`#${id}`).inputValue()) === iso) return;
	}
	throw new Error(`Date ${iso} impossible à saisir dans #${id}`);
}

/** Chooses an option of a select with the arrow keys. */
async function selectOption(page: Page, id: string, text: string): Promise<void> {
	await reach(page, `el.id === ${JSON.stringify(id)}`);
	const count = await page.locator(`#${id} option`).count();
	await page.keyboard.press('Home');
	for (let i = 0; i < count; i += 1) {
		if ((await page.locator(`#${id} option:checked`).textContent()) === text) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`Option « ${text} » introuvable dans #${id}`);
}

async function loadKey(page: Page, file: string): Promise<void> {
	await reach(page, `el.id === 'cle-privee'`);
	await (await openFileChooser(page)).setFiles(file);
}

/** The code printed on each signed document, in page order, once every document shown is signed. */
async function signedCodes(page: Page, count: number): Promise<string[]> {
	await expect.poll(() => page.locator('.document-sheet .signature-block').count(), { timeout: 15_000 }).toBe(count);
	return page.locator('.document-sheet .signature-block').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
}

async function verify(page: Page, code: string): Promise<string> {
	await typeInto(page, 'verifier-code', '');
	await page.keyboard.insertText(code);
	await press(page, '.verify-form', 'Vérifier');
	await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('verify-heading'))).toBe(true);
	return ((await page.locator('.verify-heading').textContent()) ?? '').trim();
}

describe('the organiser’s documents', () => {
	test(
		'printed one per A4 page with every field, signed with the site’s key, verified from the QR link; an altered code and an unknown key are refused',
		async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			// The print dialog is the browser's: counted, then the page is printed to PDF as Chromium would.
			await page.addInitScript(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => {
					(window as unknown as { printed: number }).printed += 1;
				};
			});
			await page.goto(site('organisateur/'));
			await hydrated(page);
			await reach(page, `el.id === 'org-fichiers'`);
			await (await openFileChooser(page)).setFiles(files);
			await expect.poll(() => page.locator('.org-table tbody tr').count()).toBe(3);

			// The settings, typed once (kept in this browser).
			await typeInto(page, 'org-nom', ORGANISER);
			await typeInto(page, 'org-representant', 'Claire Martin');
			await typeDate(page, 'session-debut', '2026-12-03');
			await typeDate(page, 'session-fin', '2026-12-03');
			await typeInto(page, 'session-lieu', 'Lyon');

			// Alice only: her attestation and her certificat.
			await selectOption(page, 'documents-qui', 'Alice Martin-Lefèvre');
			await expect.poll(() => page.locator('.document-sheet').count()).toBe(2);
			const [attestation, certificat] = [page.locator('.document-sheet').nth(0), page.locator('.document-sheet').nth(1)];
			const attestationText = (await attestation.innerText()).replace(/\s+/g, ' ');
			for (const field of [ORGANISER, 'Alice Martin-Lefèvre', 'Action de formation', '7 heures', 'le 3 décembre 2026', 'Fait à Lyon', 'Claire Martin']) {
				expect(attestationText, field).toContain(field);
			}
			// Her last final: every objective validated but « depot » (objectives.json statements, result in words).
			expect(await attestation.locator('.document-objectives tbody tr').count()).toBeGreaterThan(5);
			expect(attestationText).toMatch(/non validé/);
			expect(attestationText).toMatch(/validé \(/);
			const certificatText = (await certificat.innerText()).replace(/\s+/g, ' ');
			for (const field of ['Certificat de réalisation', 'Je soussigné(e) Claire Martin', ORGANISER, 'Alice Martin-Lefèvre', '☒ action de formation', 'le 3 décembre 2026, pour une durée de 7 heures', 'Fait à Lyon, le ']) {
				expect(certificatText, field).toContain(field);
			}

			// Printed: the browser's dialog is asked for, and only the two documents go to paper, one A4 page each.
			await press(page, '.documents-choice', 'Imprimer ou enregistrer en PDF');
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
			expect(await page.evaluate(() => document.body.classList.contains('printing-documents'))).toBe(true);
			const unsigned = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			writeFileSync('test-results/documents-alice.pdf', unsigned);
			expect(pdfPages(unsigned)).toBe(2);
			expect(await axeViolations(page)).toEqual([]);

			// Signed with the key made for this run, which the site was built with.
			await loadKey(page, `${KEYS}/cle-privee-test.json`);
			await expect.poll(() => page.locator('.signing-status').textContent()).toContain(`publiée dans ce site pour «${NBSP}Organisme de test${NBSP}»`);
			const [code, certificatCode] = await signedCodes(page, 2);
			expect(code).toMatch(/^CP1\./);
			expect(certificatCode).not.toBe(code);
			// The QR code is the verification link of that code, as the encoder draws it.
			const link = `${new URL(site('verifier/')).href}#${code}`;
			expect(await attestation.locator('.signature-block').innerText()).toContain(new URL(site('verifier/')).href);
			// (compared by the drawn paths: the page's markup is the browser's serialisation of the same SVG)
			const paths = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
			const drawn = paths(await attestation.locator('.signature-qr').innerHTML());
			expect(drawn.length).toBeGreaterThan(0);
			expect(drawn).toEqual(paths(await qrSvg(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 })));
			// Printed again (the browser's « afterprint » ended the first print run).
			await press(page, '.documents-choice', 'Imprimer ou enregistrer en PDF');
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
			const signed = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			writeFileSync('test-results/documents-alice-signes.pdf', signed);
			expect(pdfPages(signed)).toBe(2);
			expect(await axeViolations(page)).toEqual([]);

			// Scanning the QR code opens the verification page on that link: valid, the whole document shown.
			const checker = await context.newPage();
			await checker.goto(link);
			await hydrated(checker);
			await expect.poll(() => checker.locator('.verify-heading').textContent(), { timeout: 15_000 }).toContain('Signature valide');
			const shown = (await checker.locator('.verify-outcome').innerText()).replace(/\s+/g, ' ');
			expect(shown).toContain('émis par Organisme de test');
			for (const field of [ORGANISER, 'Alice Martin-Lefèvre', 'Action de formation', '7 heures', 'le 3 décembre 2026']) expect(shown, field).toContain(field);
			expect(await checker.locator('.verify-outcome .document-objectives tbody tr').count()).toBe(await attestation.locator('.document-objectives tbody tr').count());
			expect(await axeViolations(checker)).toEqual([]);

			// The same content with another learner's name, under the same signature: altered.
			const decoded = await decodeDocumentCode(code as string);
			if ('error' in decoded) throw new Error(decoded.error);
			const forged = await encodeDocumentCode({ ...decoded.doc, learner: { name: 'Bruno N’Diaye' } }, decoded.signature, decoded.keyId);
			expect(await verify(checker, forged)).toBe(`✗ Document modifié ou signature fausse${NBSP}: ne vous fiez pas à ce document`);
			expect(await checker.locator('.verify-outcome .document-sheet').count()).toBe(0);
			// One character changed in the printed code: never valid.
			const middle = Math.floor((code as string).length / 2);
			const changed = `${(code as string).slice(0, middle)}${(code as string)[middle] === 'A' ? 'B' : 'A'}${(code as string).slice(middle + 1)}`;
			expect(await verify(checker, changed)).not.toContain('Signature valide');
			expect(await checker.locator('.verify-outcome .document-sheet').count()).toBe(0);
			// The genuine code pasted: valid again.
			expect(await verify(checker, code as string)).toBe('✓ Signature valide');
			expect(await axeViolations(checker)).toEqual([]);

			// A key the site was not built with: the organiser is warned, and the code reads « clé inconnue ».
			await page.bringToFront();
			await press(page, '.signing', 'Retirer la clé de cette page');
			await expect.poll(() => page.locator('.document-sheet .signature-block').count()).toBe(0);
			await loadKey(page, `${KEYS}/cle-etrangere.json`);
			await expect.poll(() => page.locator('.signing-status').textContent()).toContain('pas encore dans ce site');
			const [foreign] = await signedCodes(page, 2);
			await checker.bringToFront();
			expect(await verify(checker, foreign as string)).toBe('✗ Signature d’une clé inconnue de ce site');

			// A distance session: the certificat lists every activity with its times, still on one A4 page with its signature.
			await chooseRadio(page, '.documents-panel', 'À distance');
			await selectOption(page, 'documents-qui', 'Dominique Durand');
			await selectOption(page, 'documents-quoi', 'certificat de réalisation');
			await expect.poll(() => page.locator('.document-sheet').count()).toBe(1);
			expect(await page.locator('.document-sheet .document-activities tbody tr').count()).toBe(lessonIds.length);
			await signedCodes(page, 1);
			await press(page, '.documents-choice', 'Imprimer ou enregistrer en PDF');
			// Its signature on screen, the print is never put off as « en cours ».
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(3);
			const distance = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			writeFileSync('test-results/certificat-distance.pdf', distance);
			expect(pdfPages(distance)).toBe(1);
			await context.close();
		},
		240_000,
	);
});
