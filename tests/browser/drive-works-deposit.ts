import type { Page } from 'playwright-core';
import { solutionWorks, type WorksValues } from '../../src/lib/works-deposit';
import { WORKS_OPTIONAL_FIELDS, type WorksScenario } from '../../src/schemas/works-deposit';
import { chooseOption, typeIn } from './drive-s2';
import { chooseRadio, press } from './drive';

/**
 * Keyboard-only driver of the « Déposer les pièces d’un marché de travaux » widget (lesson 13):
 * the three steps filled with Tab, arrows and typing, then « Déposer la pièce ». A séquence walk
 * can use `depositWorks` as it uses `depositInvoice` for lesson 8.
 */

/** The right answer of a case, amounts typed as a learner types them (« 48000,00 »). */
export function rightWorks(s: WorksScenario): WorksValues {
	const euros = (n: number) => n.toFixed(2).replace('.', ',');
	return { ...solutionWorks(s), montantHT: euros(s.expected.montantHT), montantTVA: euros(s.expected.montantTVA), montantTTC: euros(s.expected.montantTTC) };
}

/** A wrong answer the mock portal accepts: the case's first known trap, so its feedback can be read. */
export function wrongWorks(s: WorksScenario): { values: WorksValues; trap: WorksScenario['pitfalls'][number] } {
	const trap = s.pitfalls[0];
	if (!trap) throw new Error(`Le cas ${s.id} n’a pas de piège : pas de mauvaise réponse type`);
	return { values: { ...rightWorks(s), [trap.field]: trap.value }, trap };
}

/** Fills the current case with `v` (the deposit must be empty) and presses « Déposer la pièce ». */
export async function fillWorks(page: Page, scope: string, uid: string, s: WorksScenario, v: WorksValues): Promise<void> {
	await chooseRadio(page, `${scope} #${uid}-depot`, v.depot === 'initial' ? 'Dépôt initial' : 'Association à un dossier');
	if (v.depot === 'association') {
		await page.locator(`${scope} #${uid}-dossier`).waitFor();
		await chooseOption(page, `${scope} #${uid}-dossier`, v.dossier);
	}
	await chooseOption(page, `${scope} #${uid}-cadre`, v.cadre);
	for (const field of ['numero', ...WORKS_OPTIONAL_FIELDS.filter((f) => s.fields.includes(f)), 'montantHT', 'montantTVA', 'montantTTC'] as const) {
		await typeIn(page, `${scope} #${uid}-${field}`, v[field]);
	}
	await press(page, scope, 'Déposer la pièce');
	// The widget moves focus to its status (error summary or result): wait for it, as a learner
	// reads it, before pressing on; keys pressed earlier would be overtaken by that move.
	await page.waitForFunction((sel) => document.activeElement?.matches(`${sel} .wd-status`) ?? false, scope, { timeout: 15_000 });
}

/** Opens case `index` from the list of cases, fills it rightly or with its first trap, deposits it; returns the result's heading. */
export async function depositWorks(page: Page, scope: string, exerciseId: string, index: number, s: WorksScenario, right: boolean): Promise<string> {
	await chooseOption(page, `${scope} #${exerciseId}-scenario`, String(index));
	const uid = `${exerciseId}-${s.id}`;
	await fillWorks(page, scope, uid, s, right ? rightWorks(s) : wrongWorks(s).values);
	const heading = page.locator(`${scope} #${uid}-resultat`);
	await heading.waitFor();
	return (await heading.textContent())?.trim() ?? '';
}
