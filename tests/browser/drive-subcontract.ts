import type { Page } from 'playwright-core';
import { DECISION_LABEL } from '../../src/lib/subcontract-validation';
import type { Decision } from '../../src/schemas/subcontract-validation';
import { chooseRadio, press } from './drive';
import { chooseOption } from './drive-s2';

/** The parts of a « Factures à valider » exercise the driver needs (its JSON `data`). */
export interface SubcontractDriveData {
	reasons: { id: string }[];
	cases: { id: string; decision: Decision; reason?: string }[];
}

/**
 * A wrong answer that still passes « Vérifier »: another decision, or for a refusal the right
 * decision with another reason (the « motif à revoir » path).
 */
export function wrongAnswer(c: SubcontractDriveData['cases'][number], reasons: SubcontractDriveData['reasons']): { decision: Decision; reason?: string } {
	if (c.decision === 'refuser') return { decision: 'refuser', reason: reasons.find((r) => r.id !== c.reason)?.id };
	return { decision: c.decision === 'valider' ? 'tacite' : 'valider' };
}

/**
 * « Factures à valider » with the keyboard only: a decision for each request (arrows and Space in
 * its radio group), the refusal reason picked in its list, then « Vérifier ».
 */
export async function completeSubcontract(page: Page, scope: string, exerciseId: string, data: SubcontractDriveData, right: boolean): Promise<void> {
	for (const c of data.cases) {
		const answer = right ? { decision: c.decision, reason: c.reason } : wrongAnswer(c, data.reasons);
		const base = `#${exerciseId}-${c.id}`;
		await chooseRadio(page, `${base} .subcontract-decision`, answer.decision === 'refuser' ? 'Refuser' : DECISION_LABEL[answer.decision]);
		if (answer.reason) await chooseOption(page, `${base}-motif`, answer.reason);
	}
	await press(page, scope, 'Vérifier');
}
