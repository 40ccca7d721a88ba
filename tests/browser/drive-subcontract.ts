import type { Page } from 'playwright-core';
import { DECISION_LABEL } from '../../src/lib/subcontract-validation';
import type { Decision } from '../../src/schemas/subcontract-validation';
import { chooseRadio, press, reach, setCheckboxes } from './drive';
import { typeIn } from './drive-s2';

/** The parts of a « Factures à valider » exercise the driver needs (its JSON `data`). */
export interface SubcontractDriveData {
	reasons: { id: string }[];
	cases: { id: string; decision: Decision; reason?: string }[];
}

/**
 * Picks an option of a select with the arrow keys only. Type-ahead is avoided on purpose: Playwright
 * types « à » and other non-ASCII letters as inserted text, which lands in the last text field
 * that had focus (here a « Complément d’information »), not in the list.
 */
async function pickWithArrows(page: Page, selector: string, value: string): Promise<void> {
	const select = page.locator(selector);
	const id = await select.getAttribute('id');
	await reach(page, `el.id === ${JSON.stringify(id)}`);
	const count = await select.evaluate((el) => (el as HTMLSelectElement).options.length);
	await page.keyboard.press('Home');
	for (let i = 0; i < count && (await select.inputValue()) !== value; i += 1) await page.keyboard.press('ArrowDown');
	if ((await select.inputValue()) !== value) throw new Error(`Option ${value} inaccessible au clavier dans ${selector}`);
}

/**
 * A wrong answer that still passes « Vérifier »: another decision, or for a refusal the right
 * decision with another reason (the « motif à revoir » path).
 */
export function wrongAnswer(c: SubcontractDriveData['cases'][number], reasons: SubcontractDriveData['reasons']): { decision: Decision; reason?: string } {
	if (c.decision === 'refuser') return { decision: 'refuser', reason: reasons.find((r) => r.id !== c.reason)?.id };
	return { decision: c.decision === 'valider' ? 'tacite' : 'valider' };
}

/** The part of the widget holding one request and its own actions (shown or hidden). */
export const caseScope = (scope: string, caseId: string) => `${scope} [data-case="${caseId}"]`;

/**
 * Shows request `index` by choosing it in « Cas à traiter » with the arrow keys; waits until it
 * is the one on screen.
 */
export async function openCase(page: Page, scope: string, exerciseId: string, index: number, caseId: string): Promise<void> {
	await pickWithArrows(page, `${scope} #${exerciseId}-scenario`, String(index));
	await page.locator(caseScope(scope, caseId)).waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * « Factures à valider » with the keyboard only, one request at a time: each is chosen in
 * « Cas à traiter », started over with its own « Réessayer » if its solution is shown, decided
 * (arrows and Space in its radio group; the role box ticked and a « Complément d’information »
 * typed after « Valider », the reason picked in its list after « Refuser »), then checked with its
 * own « Vérifier », and its verdict awaited. A request checked before needs no « Réessayer »:
 * changing its answer makes it answerable again, as for a learner.
 */
export async function completeSubcontract(page: Page, scope: string, exerciseId: string, data: SubcontractDriveData, right: boolean): Promise<void> {
	for (const [index, c] of data.cases.entries()) {
		const answer = right ? { decision: c.decision, reason: c.reason } : wrongAnswer(c, data.reasons);
		const base = `#${exerciseId}-${c.id}`;
		const here = caseScope(scope, c.id);
		await openCase(page, scope, exerciseId, index, c.id);
		if ((await page.locator(`${here} .feedback-revealed`).count()) > 0) await press(page, here, 'Réessayer');
		await chooseRadio(page, `${base} .subcontract-decision`, answer.decision === 'refuser' ? 'Refuser' : DECISION_LABEL[answer.decision]);
		if (answer.reason) await pickWithArrows(page, `${base}-motif`, answer.reason);
		if (answer.decision === 'valider') {
			// What the portal asks after « Valider »: the role box, and a word for the record.
			await setCheckboxes(page, `${base} .subcontract-confirm`, () => true);
			if (right) await typeIn(page, `${base}-complement`, 'Conforme aux documents du marché.');
		}
		await press(page, here, 'Vérifier');
		const verdict = right ? '✓ Juste.' : '✗ À revoir';
		await page.waitForFunction(([sel, start]) => document.querySelector(sel)?.textContent?.startsWith(start) ?? false, [`${base} .feedback`, verdict] as const, { timeout: 15_000 }).catch(async () => {
			const text = await page.locator(`${base} .feedback`).textContent({ timeout: 1_000 }).catch(() => 'aucun retour');
			throw new Error(`${c.id} : « ${text} » au lieu de « ${verdict} »`);
		});
	}
}
