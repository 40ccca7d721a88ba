// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import type { RuleFact } from '../../src/lib/subcontract-validation';
import { SubcontractValidationSchema, type SubcontractCase } from '../../src/schemas/subcontract-validation';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal } from '../../src/stores/session';
import SubcontractValidation from '../../src/widgets/subcontract/SubcontractValidation';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

// The lesson's own cases, so that the widget is tested on what learners get.
const data = SubcontractValidationSchema.parse(JSON.parse(readFileSync('content/exercises/factures-a-valider.json', 'utf-8')).data);
const rules: Record<string, RuleFact> = {
	'sous-co-articles-ccp': { statement: 'Art. R. 2193-12 : le titulaire a 15 jours ; son silence vaut accord.', confidence: 'sure', source: { url: 'https://code-commande-publique.com/?p=23690', label: 'CCP, art. R. 2193-12' } },
	'sous-co-delai-mandataire': {
		statement: 'Aucun délai trouvé pour le mandataire.',
		confidence: 'unsure',
		note: 'à vérifier : aucun délai trouvé pour le mandataire',
		source: { url: 'https://communaute.chorus-pro.gouv.fr/', label: 'Communauté Chorus Pro' },
	},
};
const ID = 'factures-a-valider';
const widget = <SubcontractValidation exerciseId={ID} objectives={['sous-co']} data={data} rules={rules} />;
const byId = (id: string) => data.cases.find((c) => c.id === id) as SubcontractCase;
const box = (c: SubcontractCase) => screen.getByRole('group', { name: new RegExp(`n° ${c.number} —`) });

/** Answers one case through its radios and reason list, as a learner does. */
function decide(c: SubcontractCase, decision: string, reason = '') {
	const label = { valider: /^Valider$/, refuser: /^Refuser/, tacite: /^Ne rien faire/ }[decision] as RegExp;
	fireEvent.click(within(box(c)).getByLabelText(label));
	if (reason) fireEvent.change(within(box(c)).getByLabelText(/^Motif du refus/), { target: { value: reason } });
	if (decision === 'valider') fireEvent.click(within(box(c)).getByLabelText(/^vous êtes (titulaire|mandataire)/));
}
const solveAll = () => data.cases.forEach((c) => decide(c, c.decision, c.reason));
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');
const attempts = (caseId: string) => $progress.get().attempts[`${ID}:${caseId}`] ?? [];

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('« Factures à valider »', () => {
	test('each request shows its documents, its reception day and three decisions; « Refuser » is an indicative label', () => {
		renderAsServer(widget);
		const tacite = byId('espaces-verts-tacite');

		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
		expect(within(box(tacite)).getByText('10 novembre 2026 (il y a 24 jours)')).toBeTruthy();
		expect(within(box(tacite)).getByText('Montant maximal HT')).toBeTruthy();
		expect(within(box(tacite)).getAllByRole('radio')).toHaveLength(3);
		expect(within(box(tacite)).getByLabelText(/^Refuser/).closest('label')?.textContent).toBe('Refuser (libellé indicatif)');
		expect(within(box(tacite)).queryByLabelText(/^Motif du refus/)).toBeNull();
	});

	test('« Valider » opens what the portal asks next: the box « vous êtes titulaire » and the « Complément d’information »; the mandataire’s box is indicative', async () => {
		renderAsServer(widget);
		const conforme = byId('vitres-novembre');
		fireEvent.click(within(box(conforme)).getByLabelText(/^Valider$/));

		expect(within(box(conforme)).getByLabelText('vous êtes titulaire *')).toBeTruthy();
		fireEvent.input(within(box(conforme)).getByLabelText('Complément d’information (facultatif)'), { target: { value: 'Conforme à l’acte spécial n° 1.' } });
		const mandataire = byId('formations-alpha-a12');
		fireEvent.click(within(box(mandataire)).getByLabelText(/^Valider$/));
		expect(within(box(mandataire)).getByLabelText(/^vous êtes mandataire/).closest('label')?.textContent).toContain('libellé indicatif');

		// Not ticked: the validation cannot be saved, and the summary leads to the box.
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		const link = await screen.findByRole('link', { name: /VE-2026-118 — Vitres Éclat \(A9\) : Cochez « vous êtes titulaire »/ });
		expect(link.getAttribute('href')).toBe(`#${ID}-vitres-novembre-qualite`);
		expect(within(box(conforme)).getByLabelText('vous êtes titulaire *').getAttribute('aria-invalid')).toBe('true');
		expect((within(box(conforme)).getByLabelText('Complément d’information (facultatif)') as HTMLTextAreaElement).value).toBe('Conforme à l’acte spécial n° 1.');
	});

	test('a missing decision or reason blocks « Vérifier » with a French error summary and inline errors; nothing is recorded', async () => {
		renderAsServer(widget);
		solveAll();
		const plafond = byId('espaces-verts-plafond');
		fireEvent.change(within(box(plafond)).getByLabelText(/^Motif du refus/), { target: { value: '' } });

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const summary = await screen.findByRole('heading', { name: 'Il y a 1 erreur' });
		expect(summary.closest('.error-summary')?.textContent).toContain('Facture n° EVC-0412 — Espaces Verts Colline (A9) : Choisissez le motif du refus.');
		expect(said()).toBe('Décidez pour chaque demande avant de vérifier : 1 demande sans décision complète.');
		expect(within(box(plafond)).getByLabelText(/^Motif du refus/).getAttribute('aria-invalid')).toBe('true');
		await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
		expect($progress.get().attempts).toEqual({});
	});

	test('feedback under each request says why and where the datum is read; one attempt per request, out of 1', async () => {
		renderAsServer(widget);
		solveAll();
		const plafond = byId('espaces-verts-plafond');
		decide(plafond, 'refuser', 'hors-part');
		const mandataire = byId('formations-alpha-a12');
		decide(mandataire, 'tacite');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(`Réponses justes : ${data.cases.length - 2} sur ${data.cases.length}.`)).toBeTruthy();
		expect(within(box(plafond)).getByText('✗ À revoir (décision juste, motif à revoir).')).toBeTruthy();
		expect(within(box(plafond)).getByText(/Montant maximal HT ; .*Déjà validé avant cette demande/)).toBeTruthy();
		expect(within(box(plafond)).getByText('✓ Décision juste')).toBeTruthy();
		expect(within(box(mandataire)).getByText('✗ À revoir (décision à revoir).')).toBeTruthy();
		// The unsure fact is shown with its note, on an element the restatement check recognises.
		const note = within(box(mandataire)).getByText(/\(à vérifier : aucun délai trouvé pour le mandataire\)/);
		expect(note.closest('[data-fact-note]')).not.toBeNull();
		expect(said()).toBe(`À revoir : ${data.cases.length - 2} sur ${data.cases.length}. Lisez l’explication sous chaque demande.`);
		expect(Object.keys($progress.get().attempts)).toHaveLength(data.cases.length);
		expect(attempts(plafond.id)).toMatchObject([{ score: 0, max: 1, outcome: 'scored', objectives: ['sous-co'] }]);
		expect(attempts('vitres-novembre')).toMatchObject([{ score: 1, max: 1, outcome: 'scored' }]);
	});

	test('« Vérifier » twice on the same answers records once and says the answer is already checked', async () => {
		renderAsServer(widget);
		solveAll();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText(`Réponses justes : ${data.cases.length} sur ${data.cases.length}.`);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect(attempts('vitres-novembre')).toHaveLength(1);
	});

	test('« Voir la solution », then « Réessayer » (focus on the first decision), then a check: revealed then practice', async () => {
		renderAsServer(widget);
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		const first = data.cases[0] as SubcontractCase;
		expect(await within(box(first)).findByText(/^Solution : Valider\./)).toBeTruthy();
		expect((within(box(byId('espaces-verts-plafond'))).getByLabelText(/^Motif du refus/) as HTMLSelectElement).value).toBe('plafond');

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(within(box(first)).getByLabelText(/^Valider$/)));
		expect(within(box(first)).getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		solveAll();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect(attempts(first.id).map((a) => a.outcome)).toEqual(['revealed', 'practice']);
	});

	test('the projection mode’s « révéler » signal shows the solution', async () => {
		renderAsServer(widget);

		requestReveal(ID);

		expect(await within(box(byId('espaces-verts-tacite'))).findByText(/^Solution : Ne rien faire/)).toBeTruthy();
	});

	test('a decision given before the island started is kept and checked', async () => {
		// « Ne rien faire » needs nothing more: the early answer alone completes its request.
		const first = byId('espaces-verts-tacite');
		await hydrateAfter(widget, (html) => {
			setSilently(html.querySelector(`#${ID}-${first.id}-decision-tacite`) as HTMLElement, true);
		});

		expect((within(box(first)).getByLabelText(/^Ne rien faire/) as HTMLInputElement).checked).toBe(true);
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		// The early decision counts as given: the other requests are the ones missing.
		expect(await screen.findByText(`Décidez pour chaque demande avant de vérifier : ${data.cases.length - 1} demandes sans décision complète.`, { selector: '.question-warning' })).toBeTruthy();
	});
});
