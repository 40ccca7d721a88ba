import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise } from '../../src/schemas/exercise';
import type { Question } from '../../src/schemas/question';
import { answerQuestion, press, reach } from './drive';
import { chooseOption, completeCadrePractice, completePaymentCases, completeReformCases, completeRejections, completeSimulator, completeSupport, completeWorks, depositInvoice, typeDate, typeIn } from './drive-s2';
import { completeSubcontract } from './drive-subcontract';
import { depositWorks } from './drive-works-deposit';
import { DAY_ONE, DAY_TWO, expectStatuses, openProgress, walkLessons } from './walk';
import { axeViolations, hydrated, launch, newContext, site, readContent } from './harness';

/** Lessons 7 to 15 as written, each with the exercises it places. */
const lessons = readdirSync('content/lessons')
	.filter((f) => /^(0[7-9]|1[0-5])-.*\.mdx$/.test(f))
	.sort()
	.map((file) => ({
		id: file.replace(/\.mdx$/, ''),
		exercises: [...readFileSync(`content/lessons/${file}`, 'utf-8').matchAll(/<Exercise id="([^"]+)"/g)].map((m) => m[1] as string),
	}));
const bank: Question[] = readdirSync('content/questions').flatMap((f) => readContent(`content/questions/${f}`));
const exercise = (id: string): Exercise => readContent(`content/exercises/${id}.json`);

/** Completes one widget with the keyboard only, rightly or wrongly; returns the widget's text. */
async function complete(page: Page, id: string, right: boolean): Promise<string> {
	const scope = `[data-exercise="${id}"]`;
	const data = exercise(id);
	switch (data.kind) {
		case 'practice':
			for (const qid of data.questions) await answerQuestion(page, scope, bank.find((q) => q.id === qid) as Question, right);
			break;
		case 'invoice-form':
			for (const [index, scenario] of data.scenarios.entries()) {
				const verdict = await depositInvoice(page, scope, id, index, scenario, right);
				expect(verdict, `${id} › ${scenario.id}`).toMatch(right ? /^✓ Tous les champs sont justes/ : /^✗ /);
			}
			break;
		case 'cadre-chooser': {
			const codes = [...new Set(data.data.situations.map((s) => s.expected))];
			await completeCadrePractice(page, scope, id, data.data.situations, codes.length > 1 ? codes : [...codes, 'A2'], right);
			break;
		}
		case 'rejection-matching':
			await completeRejections(page, scope, id, data.data, right);
			break;
		case 'status-simulator':
			await completeSimulator(page, scope, id, data.data.scenarios, right);
			break;
		case 'payment-delay':
			await completePaymentCases(page, scope, id, data.data, right);
			break;
		case 'works-circuit':
			await completeWorks(page, scope, id, data.data, right);
			break;
		case 'support-chooser':
			await completeSupport(page, scope, id, data.data, right);
			break;
		case 'reform-timeline':
			await completeReformCases(page, scope, id, data.data, right);
			break;
		case 'subcontract-validation':
			await completeSubcontract(page, scope, id, data.data, right);
			break;
		case 'works-deposit':
			for (const [index, s] of data.data.scenarios.entries()) {
				const verdict = await depositWorks(page, scope, id, index, s, right);
				expect(verdict, `${id} › ${s.id}`).toMatch(right ? /^✓ Tout est juste/ : /^✗ /);
			}
			break;
		default:
			throw new Error(`Pas de pilote clavier pour ${data.kind}`);
	}
	return (await page.locator(scope).textContent()) ?? '';
}

/** How a widget starts over before the right pass. */
async function startOver(page: Page, id: string): Promise<void> {
	const kind = exercise(id).kind;
	// Opening a case from the list starts it again (and a changed answer can be checked again).
	if (kind === 'practice' || kind === 'invoice-form' || kind === 'works-deposit' || kind === 'subcontract-validation') return;
	await press(page, `[data-exercise="${id}"]`, 'Réessayer');
}

const OBJECTIVES = ['depot', 'suivi', 'retours', 'sous-co', 'travaux', 'support', 'reforme'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('Séquence 2 with the keyboard only', () => {
	test('has lessons 7 to 15, each with at least one practice widget', () => {
		expect(lessons.map((l) => l.id.slice(0, 2))).toEqual(['07', '08', '09', '10', '11', '12', '13', '14', '15']);
		for (const l of lessons) expect(l.exercises.length, l.id).toBeGreaterThan(0);
	});

	test('every widget done wrongly then rightly the same day stays « en cours » (the retries are practice); done rightly the next day, its objectives turn « acquis »', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.clock.setFixedTime(DAY_ONE);
		await page.goto(site('parcours/'));
		await expectStatuses(page, OBJECTIVES, 'non-commence');

		await walkLessons(page, lessons, async (id) => {
			const wrong = await complete(page, id, false);
			expect(wrong, `${id} après une réponse fausse`).toMatch(/À revoir|erreur|✗/);
			expect(await axeViolations(page, `[data-exercise="${id}"]`), `axe sur ${id}, correction affichée`).toEqual([]);
			await startOver(page, id);
			const right = await complete(page, id, true);
			expect(right, `${id} après une réponse juste`).toMatch(/Correct|Tous les champs sont justes|Réponses justes\s: (\d+) sur \1|bonnes? réponses? sur|✓/);
			expect(right, `${id} : le nouvel essai est de l’entraînement`).toContain('Essai d’entraînement');
		});
		await openProgress(page);
		await expectStatuses(page, OBJECTIVES, 'en-cours');

		await page.clock.setFixedTime(DAY_TWO);
		await walkLessons(page, lessons, async (id) => {
			const right = await complete(page, id, true);
			expect(right, `${id} le lendemain`).not.toContain('Essai d’entraînement');
		});
		await openProgress(page);
		await expectStatuses(page, OBJECTIVES, 'acquis');
		await context.close();
	}, 1_200_000);
});

describe('the payment-delay calculator', () => {
	test('computes a late payment typed with the keyboard and shows the arithmetic', async () => {
		const data = exercise('calcul-delai-paiement');
		if (data.kind !== 'payment-delay') throw new Error('calcul-delai-paiement n’est pas un calculateur');
		const late = data.data.cases.find((c) => c.id === 'retard-semestre');
		if (!late) throw new Error('cas retard-semestre absent');
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(site('lecons/10-tableau-de-bord-delais/'));
		await hydrated(page);
		const uid = 'calcul-delai-paiement';

		await chooseOption(page, `#${uid}-acheteur`, late.buyerType);
		await typeDate(page, `#${uid}-reception`, late.receiptDate);
		await typeDate(page, `#${uid}-paiement`, late.paymentDate);
		await typeIn(page, `#${uid}-montant`, '12 000,00');
		await press(page, `[data-exercise="${uid}"]`, 'Calculer');

		// 12 000 € × 10,15 % × 30 / 365 = 100,11 € (due 11 February 2026, paid 13 March: 30 days).
		const result = page.locator(`#${uid}-resultat-titre`).locator('..');
		await result.waitFor();
		const text = ((await result.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
		expect(text).toContain('11 février 2026');
		expect(text).toContain('100,11 €');
		expect(text).toMatch(/× 30 \/ 365/);
		await context.close();
	}, 120_000);
});
