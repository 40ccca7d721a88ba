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
const list = () => screen.getByLabelText('Cas à traiter') as HTMLSelectElement;
const optionOf = (c: SubcontractCase) => [...list().options].find((o) => o.value === String(data.cases.indexOf(c)))?.textContent ?? '';

/** Shows a case by choosing it in « Cas à traiter », as the list's change does. */
function open(c: SubcontractCase) {
	fireEvent.change(list(), { target: { value: String(data.cases.indexOf(c)) } });
}

/** Answers the case shown through its radios and reason list, as a learner does. */
function decide(c: SubcontractCase, decision: string, reason = '') {
	open(c);
	const label = { valider: /^Valider$/, refuser: /^Refuser/, tacite: /^Ne rien faire/ }[decision] as RegExp;
	fireEvent.click(within(box(c)).getByLabelText(label));
	if (reason) fireEvent.change(within(box(c)).getByLabelText(/^Motif du refus/), { target: { value: reason } });
	if (decision === 'valider') fireEvent.click(within(box(c)).getByLabelText(/^vous êtes (titulaire|mandataire)/));
}
/** The action buttons of the case shown (the hidden cases' are not in the accessibility tree). */
const button = (name: string) => screen.getByRole('button', { name });
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');
const attempts = (caseId: string) => $progress.get().attempts[`${ID}:${caseId}`] ?? [];

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('« Factures à valider »', () => {
	test('one request at a time, chosen in « Cas à traiter », each marked « non fait » at first', () => {
		renderAsServer(widget);

		expect(screen.getAllByRole('group', { name: /n° .* — / })).toHaveLength(1);
		expect(box(data.cases[0] as SubcontractCase)).toBeTruthy();
		expect(list().options).toHaveLength(data.cases.length);
		expect(optionOf(byId('espaces-verts-tacite'))).toBe('3. [non fait] Facture n° EVC-0398 — Espaces Verts Colline (A9)');
		expect(screen.getAllByRole('button', { name: 'Vérifier' })).toHaveLength(1);

		open(byId('espaces-verts-tacite'));

		expect(screen.getAllByRole('group', { name: /n° .* — / })).toHaveLength(1);
		expect(box(byId('espaces-verts-tacite'))).toBeTruthy();
		expect(screen.getByText(/Demandes justes : 0 sur 7 ; à revoir : 0 ; à faire ou à vérifier : 7\./)).toBeTruthy();
	});

	test('each request shows its documents, its reception day and three decisions; « Refuser » is an indicative label', () => {
		renderAsServer(widget);
		const tacite = byId('espaces-verts-tacite');
		open(tacite);

		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
		expect(within(box(tacite)).getByText('10 novembre 2026 (il y a 24 jours)')).toBeTruthy();
		expect(within(box(tacite)).getByText('Montant maximal HT')).toBeTruthy();
		expect(within(box(tacite)).getAllByRole('radio')).toHaveLength(3);
		expect(within(box(tacite)).getByLabelText(/^Refuser/).closest('label')?.textContent).toBe('Refuser (libellé indicatif)');
		expect(within(box(tacite)).queryByLabelText(/^Motif du refus/)).toBeNull();
	});

	test('« Valider » opens what the portal asks next: the box « vous êtes titulaire » and the « Complément d’information »; the mandataire’s box is indicative', async () => {
		renderAsServer(widget);
		const mandataire = byId('formations-alpha-a12');
		open(mandataire);
		fireEvent.click(within(box(mandataire)).getByLabelText(/^Valider$/));
		expect(within(box(mandataire)).getByLabelText(/^vous êtes mandataire/).closest('label')?.textContent).toContain('libellé indicatif');
		const conforme = byId('vitres-novembre');
		open(conforme);
		fireEvent.click(within(box(conforme)).getByLabelText(/^Valider$/));

		expect(within(box(conforme)).getByLabelText('vous êtes titulaire *')).toBeTruthy();
		fireEvent.input(within(box(conforme)).getByLabelText('Complément d’information (facultatif)'), { target: { value: 'Conforme à l’acte spécial n° 1.' } });

		// Not ticked: the validation cannot be saved, and the summary leads to the box.
		fireEvent.click(button('Vérifier'));
		const link = await screen.findByRole('link', { name: /VE-2026-118 — Vitres Éclat \(A9\)\s: Cochez «\svous êtes titulaire\s»/ });
		expect(link.getAttribute('href')).toBe(`#${ID}-vitres-novembre-qualite`);
		expect(within(box(conforme)).getByLabelText('vous êtes titulaire *').getAttribute('aria-invalid')).toBe('true');
		expect((within(box(conforme)).getByLabelText('Complément d’information (facultatif)') as HTMLTextAreaElement).value).toBe('Conforme à l’acte spécial n° 1.');
	});

	test('a missing reason blocks « Vérifier » with a French error summary and an inline error; nothing is recorded', async () => {
		renderAsServer(widget);
		const plafond = byId('espaces-verts-plafond');
		decide(plafond, 'refuser');

		fireEvent.click(button('Vérifier'));

		const summary = await screen.findByRole('heading', { name: 'Il y a 1 erreur' });
		expect(summary.closest('.error-summary')?.textContent).toContain('Facture n° EVC-0412 — Espaces Verts Colline (A9)\u00a0: Choisissez le motif du refus.');
		expect(said()).toBe('Décision incomplète\u00a0: Choisissez le motif du refus.');
		expect(within(box(plafond)).getByLabelText(/^Motif du refus/).getAttribute('aria-invalid')).toBe('true');
		await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
		expect($progress.get().attempts).toEqual({});
	});

	test('« Vérifier » judges the request shown: why, where the datum is read, the rule’s source; one attempt for it alone, out of 1', async () => {
		renderAsServer(widget);
		const plafond = byId('espaces-verts-plafond');
		decide(plafond, 'refuser', 'hors-part');

		fireEvent.click(button('Vérifier'));

		expect(await within(box(plafond)).findByText('✗ À revoir (décision juste, motif à revoir).')).toBeTruthy();
		expect(within(box(plafond)).getByText(/Montant maximal HT ; .*Déjà validé avant cette demande/)).toBeTruthy();
		expect(within(box(plafond)).getByText('✓ Décision juste')).toBeTruthy();
		expect(said()).toBe('Facture n° EVC-0412 — Espaces Verts Colline (A9)\u00a0: ✗ À revoir (décision juste, motif à revoir). Lisez l’explication sous la demande.');
		expect(Object.keys($progress.get().attempts)).toEqual([`${ID}:${plafond.id}`]);
		expect(attempts(plafond.id)).toMatchObject([{ score: 0, max: 1, outcome: 'scored', objectives: ['sous-co'] }]);
		expect(optionOf(plafond)).toMatch(/^2\. \[✗ à revoir\] /);

		const mandataire = byId('formations-alpha-a12');
		decide(mandataire, 'tacite');
		fireEvent.click(button('Vérifier'));
		expect(await within(box(mandataire)).findByText('✗ À revoir (décision à revoir).')).toBeTruthy();
		// The unsure fact is shown with its note, on an element the restatement check recognises.
		const note = within(box(mandataire)).getByText(/\(à vérifier : aucun délai trouvé pour le mandataire\)/);
		expect(note.closest('[data-fact-note]')).not.toBeNull();
	});

	test('switching requests keeps each one’s answer, feedback and status; the list’s change announces nothing and leaves focus on it', async () => {
		renderAsServer(widget);
		const vitres = byId('vitres-novembre');
		const plafond = byId('espaces-verts-plafond');
		decide(vitres, 'valider');
		fireEvent.input(within(box(vitres)).getByLabelText('Complément d’information (facultatif)'), { target: { value: 'Conforme.' } });
		fireEvent.click(button('Vérifier'));
		await within(box(vitres)).findByText(/^✓ Juste\./);
		const before = said();
		decide(plafond, 'refuser', 'hors-part');

		list().focus();
		open(vitres);

		expect(said()).toBe(before);
		expect(document.activeElement).toBe(list());
		expect(within(box(vitres)).getByText(/^✓ Juste\./)).toBeTruthy();
		expect((within(box(vitres)).getByLabelText('Complément d’information (facultatif)') as HTMLTextAreaElement).value).toBe('Conforme.');
		expect(within(box(vitres)).getByLabelText('vous êtes titulaire *')).toHaveProperty('checked', true);
		expect(button('Réessayer')).toBeTruthy();
		expect(optionOf(vitres)).toMatch(/^1\. \[✓ juste\] /);
		expect(optionOf(plafond)).toMatch(/^2\. \[à vérifier\] /);
		expect(optionOf(byId('espaces-verts-tacite'))).toMatch(/^3\. \[non fait\] /);
		expect(screen.getByText(/Demandes justes : 1 sur 7 ; à revoir : 0 ; à faire ou à vérifier : 6\./)).toBeTruthy();

		open(plafond);
		expect((within(box(plafond)).getByLabelText(/^Motif du refus/) as HTMLSelectElement).value).toBe('hors-part');
		expect(within(box(plafond)).queryByText(/À revoir|Juste/)).toBeNull();
		expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
	});

	test('« Vérifier » twice on the same answer records once and says the answer is already checked', async () => {
		renderAsServer(widget);
		decide(byId('vitres-novembre'), 'valider');
		fireEvent.click(button('Vérifier'));
		await screen.findByText(/^✓ Juste\./);

		fireEvent.click(button('Vérifier'));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect(attempts('vitres-novembre')).toHaveLength(1);
	});

	test('« Voir la solution » and « Réessayer » act on the request shown (focus on its first decision); its next check is practice', async () => {
		renderAsServer(widget);
		const plafond = byId('espaces-verts-plafond');
		open(plafond);
		fireEvent.click(button('Voir la solution'));
		expect(await within(box(plafond)).findByText(/^Solution : Refuser, motif/)).toBeTruthy();
		expect((within(box(plafond)).getByLabelText(/^Motif du refus/) as HTMLSelectElement).value).toBe('plafond');
		expect(Object.keys($progress.get().attempts)).toEqual([`${ID}:${plafond.id}`]);
		expect(optionOf(plafond)).toMatch(/\[solution vue\]/);
		open(byId('vitres-novembre'));
		expect(button('Vérifier')).toBeTruthy();
		open(plafond);

		fireEvent.click(button('Réessayer'));

		await waitFor(() => expect(document.activeElement).toBe(within(box(plafond)).getByLabelText(/^Valider$/)));
		expect(within(box(plafond)).getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		decide(plafond, 'refuser', 'plafond');
		fireEvent.click(button('Vérifier'));
		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect(attempts(plafond.id).map((a) => a.outcome)).toEqual(['revealed', 'practice']);
	});

	test('the projection mode’s « révéler » signal shows every request’s solution', async () => {
		renderAsServer(widget);

		requestReveal(ID);

		expect(await within(box(data.cases[0] as SubcontractCase)).findByText(/^Solution : Valider\./)).toBeTruthy();
		open(byId('espaces-verts-tacite'));
		expect(within(box(byId('espaces-verts-tacite'))).getByText(/^Solution : Ne rien faire/)).toBeTruthy();
	});

	test('« Demande suivante » shows the next request and puts focus on the list', async () => {
		renderAsServer(widget);

		fireEvent.click(button('Demande suivante'));

		expect(box(byId('espaces-verts-plafond'))).toBeTruthy();
		await waitFor(() => expect(document.activeElement).toBe(list()));
	});

	test('a decision given on the first request before the island started is kept and checked', async () => {
		const first = data.cases[0] as SubcontractCase;
		await hydrateAfter(widget, (html) => {
			setSilently(html.querySelector(`#${ID}-${first.id}-decision-tacite`) as HTMLElement, true);
		});

		expect((within(box(first)).getByLabelText(/^Ne rien faire/) as HTMLInputElement).checked).toBe(true);
		fireEvent.click(button('Vérifier'));

		// « Ne rien faire » needs nothing more: the early answer alone is checked (wrongly, here).
		expect(await within(box(first)).findByText('✗ À revoir (décision à revoir).')).toBeTruthy();
		expect(attempts(first.id)).toMatchObject([{ score: 0, outcome: 'scored' }]);
	});

	test('a request chosen in the list before the island started is the one shown once it starts', async () => {
		const tacite = byId('espaces-verts-tacite');
		await hydrateAfter(widget, (html) => {
			setSilently(html.querySelector(`#${ID}-scenario`) as HTMLElement, String(data.cases.indexOf(tacite)));
		});

		await waitFor(() => expect(box(tacite)).toBeTruthy());
		expect(screen.getAllByRole('group', { name: /n° .* — / })).toHaveLength(1);
	});
});
