import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addDays, solveCase, type DelayCase } from '../../src/lib/payment-delay';
import { classifyCompany, type CategoryThresholds } from '../../src/lib/company-category';
import type { Fact } from '../../src/schemas/fact';
import { solutionValues, type FieldName } from '../../src/lib/invoice-form';
import type { InvoiceScenario } from '../../src/schemas/invoice-form';
import { focused, press, reach, setCheckboxes } from './drive';
import { readContent } from './harness';

const q = JSON.stringify;

/** Picks an option of a select with the keyboard: type-ahead on its text, then arrows. */
export async function chooseOption(page: Page, selector: string, value: string): Promise<void> {
	const select = page.locator(selector);
	// Arrows only: type-ahead would send accented letters as inserted text to the last text field
	// that had focus, and a space opens the list's popup.
	const here = `el.tagName === 'SELECT' && el.matches(${q(selector)})`;
	await reach(page, here);
	const count = await select.evaluate((el) => (el as HTMLSelectElement).options.length);
	// A widget still settling on a loaded machine (a step just moved, a store just written) can
	// re-render and drop the focus: come back to the list, from its first option, rather than
	// press arrows on the page.
	for (let attempt = 0; attempt < 3 && (await select.inputValue()) !== value; attempt += 1) {
		if (!(await focused(page, here))) await reach(page, here);
		await page.keyboard.press('Home');
		for (let i = 0; i < count && (await select.inputValue()) !== value && (await focused(page, here)); i += 1) await page.keyboard.press('ArrowDown');
	}
	const activeId = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
	if ((await select.inputValue()) !== value) throw new Error(`Option ${value} inaccessible au clavier dans ${selector} (focus sur ${activeId})`);
}

/** Types a value in a text field, replacing what was there. */
export async function typeIn(page: Page, selector: string, value: string): Promise<void> {
	const id = await page.locator(selector).getAttribute('id');
	await reach(page, `el.id === ${q(id)}`);
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	if (value) await page.keyboard.type(value);
}

/**
 * Types a date in a date field with the keyboard. The order of the day, month and year
 * segments follows the browser's language, so try the French order, then the American one.
 */
export async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
	const [y, m, d] = iso.split('-') as [string, string, string];
	const id = await page.locator(selector).getAttribute('id');
	for (const digits of [`${d}${m}${y}`, `${m}${d}${y}`]) {
		// Enter the field from the one before it, so that typing starts on its first segment.
		await reach(page, `el.id === ${q(id)}`);
		await page.keyboard.press('Shift+Tab');
		while (await page.evaluate((target) => document.activeElement?.id === target, id)) await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.type(digits);
		if ((await page.locator(selector).inputValue()) === iso) return;
	}
	throw new Error(`Date ${iso} impossible à saisir au clavier dans ${selector}`);
}

/**
 * Fills the mock « Saisir une facture » for a scenario with the keyboard, rightly or with a
 * wrong cadre (a form the portal accepts but the buyer would send back), then sends it.
 */
export async function depositInvoice(page: Page, scope: string, exerciseId: string, index: number, scenario: InvoiceScenario, right: boolean): Promise<string> {
	await chooseOption(page, `${scope} #${exerciseId}-scenario`, String(index));
	const uid = `${exerciseId}-${scenario.id}`;
	const values = solutionValues(scenario);
	if (!right) values.cadre = values.cadre === 'A1' ? 'A2' : 'A1';
	if (!right && (values.cadre === 'A9' || values.cadre === 'A12') === false) values.siretValideur = '';
	await chooseOption(page, `#${uid}-cadre`, values.cadre);
	if (values.cadre === 'A9' || values.cadre === 'A12') await typeIn(page, `#${uid}-siretValideur`, values.siretValideur);
	const text: FieldName[] = ['siretDestinataire', 'codeService', 'engagement', 'marche', 'numeroFacture', 'montantHT', 'montantTVA', 'montantTTC'];
	for (const field of text) await typeIn(page, `#${uid}-${field}`, values[field] as string);
	await typeDate(page, `#${uid}-dateFacture`, values.dateFacture);
	await chooseOption(page, `#${uid}-modePaiement`, values.modePaiement);
	if (scenario.files.length > 0) await setCheckboxes(page, `#${uid}-piecesJointes`, (label) => values.piecesJointes.includes(label));
	await press(page, scope, 'Valider et envoyer');
	await press(page, scope, 'Confirmer et envoyer');
	const result = page.locator(`${scope} #${uid}-resultat`);
	await result.waitFor();
	return (await result.textContent()) ?? '';
}

interface Pick {
	id: string;
	correct: boolean;
}

/** Cadre practice: a cadre for each situation (the expected one, or another), then « Vérifier ». */
export async function completeCadrePractice(page: Page, scope: string, exerciseId: string, situations: { id: string; expected: string }[], codes: string[], right: boolean): Promise<void> {
	for (const s of situations) {
		const value = right ? s.expected : (codes.find((c) => c !== s.expected) as string);
		await chooseOption(page, `#${exerciseId}-situation-${s.id}`, value);
	}
	await press(page, `${scope} .cadre-practice`, 'Vérifier');
}

/** Rejection matching: a cause and an action for every returned invoice, then « Vérifier ». */
export async function completeRejections(
	page: Page,
	scope: string,
	exerciseId: string,
	data: { cases: { id: string; cause: string; action: string }[]; causes: { id: string }[]; actions: { id: string }[] },
	right: boolean
): Promise<void> {
	for (const c of data.cases) {
		const cause = right ? c.cause : (data.causes.find((x) => x.id !== c.cause)?.id as string);
		const action = right ? c.action : (data.actions.find((x) => x.id !== c.action)?.id as string);
		await chooseOption(page, `#${exerciseId}-${c.id}-cause`, cause);
		await chooseOption(page, `#${exerciseId}-${c.id}-action`, action);
	}
	await press(page, scope, 'Vérifier');
}

/** Status simulator: every step of every scenario answered (right or wrong), up to the bilan. */
export async function completeSimulator(
	page: Page,
	scope: string,
	exerciseId: string,
	scenarios: { id: string; steps: { question: { options: Pick[] } }[] }[],
	right: boolean
): Promise<void> {
	for (const scenario of scenarios) {
		if (scenarios.length > 1) await chooseOption(page, `#${exerciseId}-scenario`, scenario.id);
		for (const [index, step] of scenario.steps.entries()) {
			const option = step.question.options.find((o) => o.correct === right) as Pick;
			const radio = page.locator(`${scope} input[name="${exerciseId}-etape-${index}"][value="${option.id}"]`);
			await radio.evaluate((el) => el.setAttribute('data-kbd', 'etape'));
			await reach(page, `el.type === 'radio' && el.name === ${q(`${exerciseId}-etape-${index}`)}`);
			for (let k = 0; k <= step.question.options.length && !(await focusedIs(page, 'etape')); k += 1) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Space');
			await radio.evaluate((el) => el.removeAttribute('data-kbd'));
			await press(page, scope, 'Vérifier');
			await press(page, scope, index === scenario.steps.length - 1 ? 'Voir le bilan' : 'Étape suivante');
		}
		await page.locator(`${scope} .status-summary, ${scope} [id$="-bilan"]`).first().waitFor();
	}
}

const focusedIs = (page: Page, marker: string) => page.evaluate((m) => document.activeElement?.getAttribute('data-kbd') === m, marker);

/** The payment-delay facts, resolved as the build resolves them, to compute the expected answers. */
function delayRules(data: { buyerTypes: { id: string; label: string; delayFact: string }[]; rateFacts: string[]; indemnityFact: string; interruptionFact: string }) {
	const facts = readdirSync('content/facts').flatMap((f) => readContent(`content/facts/${f}`) as Fact[]);
	const fact = (id: string) => facts.find((f) => f.id === id) as Fact;
	return {
		buyerTypes: data.buyerTypes.map((b) => ({ id: b.id, label: b.label, days: fact(b.delayFact).numericValue as number, source: fact(b.delayFact).source })),
		rules: {
			rates: data.rateFacts.map((id) => ({ from: fact(id).effectiveDate as string, rate: fact(id).numericValue as number, confidence: fact(id).confidence, source: fact(id).source })),
			indemnity: fact(data.indemnityFact).numericValue as number,
			interruptionDays: fact(data.interruptionFact).numericValue as number,
		},
	};
}

/** Payment-delay practice: due date and interest for each case (a day off when wrong), then « Vérifier ». */
export async function completePaymentCases(page: Page, scope: string, exerciseId: string, data: Parameters<typeof delayRules>[0] & { cases: (DelayCase & { id: string })[] }, right: boolean): Promise<void> {
	const { buyerTypes, rules } = delayRules(data);
	for (const c of data.cases) {
		const solved = solveCase(c, buyerTypes, rules);
		if (!solved.ok) throw new Error(`Cas ${c.id} incalculable : ${solved.errors.map((e) => e.message).join(' ')}`);
		const due = right ? solved.result.dueDate : addDays(solved.result.dueDate, 1);
		await typeDate(page, `#${exerciseId}-${c.id}-echeance`, due);
		await typeIn(page, `#${exerciseId}-${c.id}-interets`, (solved.result.interestCents / 100).toFixed(2).replace('.', ','));
	}
	await press(page, `${scope} .delay-practice`, 'Vérifier');
}

/** Works circuit: steps put in order with « Monter » only, actor and cadre chosen, then « Vérifier ». */
export async function completeWorks(
	page: Page,
	scope: string,
	exerciseId: string,
	data: { steps: { id: string; actor: string; cadre: string }[]; actors: { id: string }[]; cadres: { code: string }[] },
	right: boolean
): Promise<void> {
	const id = (step: string, control: string) => `${exerciseId}-${step}-${control}`;
	const order = async () => page.locator(`${scope} .works-step select`).evaluateAll((els) => els.map((e) => e.id).filter((x) => x.endsWith('-acteur')));
	if (right) {
		for (const [target, step] of data.steps.entries()) {
			let at = (await order()).indexOf(id(step.id, 'acteur'));
			if (at > target) {
				await reach(page, `el.id === ${q(id(step.id, 'monter'))}`);
				for (; at > target; at -= 1) await page.keyboard.press('Enter');
			}
		}
	}
	for (const step of data.steps) {
		await chooseOption(page, `#${id(step.id, 'acteur')}`, right ? step.actor : (data.actors.find((a) => a.id !== step.actor)?.id as string));
		await chooseOption(page, `#${id(step.id, 'cadre')}`, right ? step.cadre : (data.cadres.find((c) => c.code !== step.cadre)?.code as string));
	}
	await press(page, scope, 'Vérifier');
}

/** Support chooser: a channel and a mode for each situation, then « Vérifier ». */
export async function completeSupport(
	page: Page,
	scope: string,
	exerciseId: string,
	data: { situations: { id: string; channel: string; mode: string }[]; channels: { id: string }[]; modes: { id: string }[] },
	right: boolean
): Promise<void> {
	for (const s of data.situations) {
		await chooseOption(page, `#${exerciseId}-${s.id}-canal`, right ? s.channel : (data.channels.find((c) => c.id !== s.channel)?.id as string));
		await chooseOption(page, `#${exerciseId}-${s.id}-mode`, right ? s.mode : (data.modes.find((m) => m.id !== s.mode)?.id as string));
	}
	await press(page, scope, 'Vérifier');
}

/** The reform's thresholds, resolved from the facts as the build resolves them. */
export function reformThresholds(t: Record<string, string>): CategoryThresholds {
	const facts = readdirSync('content/facts').flatMap((f) => readContent(`content/facts/${f}`) as Fact[]);
	return Object.fromEntries(Object.entries(t).map(([k, id]) => [k, facts.find((f) => f.id === id)?.numericValue as number])) as unknown as CategoryThresholds;
}

/** Reform practice: a category for each company (the computed one, or another), then « Vérifier ». */
export async function completeReformCases(
	page: Page,
	scope: string,
	exerciseId: string,
	data: { thresholds: Record<string, string>; cases: { id: string; headcount: number; turnover: number; balanceSheet: number }[] },
	right: boolean
): Promise<void> {
	const thresholds = reformThresholds(data.thresholds);
	for (const c of data.cases) {
		const outcome = classifyCompany({ headcount: c.headcount, turnover: c.turnover, balanceSheet: c.balanceSheet }, thresholds);
		if (!outcome.ok) throw new Error(`Cas ${c.id} inclassable`);
		const value = right ? outcome.category : outcome.category === 'micro' ? 'ge' : 'micro';
		await chooseOption(page, `#${exerciseId}-${c.id}-categorie`, value);
	}
	await press(page, scope, 'Vérifier');
}
