// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RejectionMatchingData } from '../../src/lib/rejection-matching';
import { createSafeStorage } from '../../src/lib/storage';
import { RejectionMatchingSchema } from '../../src/schemas/sequence-2-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal } from '../../src/stores/session';
import RejectionMatching from '../../src/widgets/rejection/RejectionMatching';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

const kinds = [
	{ status: 'a-recycler', reason: 'Code service inconnu chez nous.', cause: 'destinataire', action: 'recycler', why: 'Erreur sur le destinataire : on recycle, même numéro.' },
	{ status: 'suspendue', reason: 'Il manque le bon de livraison signé.', cause: 'pieces', action: 'completer', why: 'Pièce manquante : on complète, la facture passe « Complétée ».' },
	{ status: 'rejetee', reason: 'Le montant ne correspond pas au devis.', cause: 'donnees', action: 'nouvelle', why: 'Montant erroné : rejet, nouvelle facture, nouveau numéro.' },
] as const;

const data: RejectionMatchingData = RejectionMatchingSchema.parse({
	cases: Array.from({ length: 10 }, (_, i) => ({ id: `f${i + 1}`, invoice: `Facture F-2026-${101 + i}, 1 250,00 € TTC`, ...kinds[i % 3]! })),
	causes: [
		{ id: 'destinataire', text: 'Erreur sur le destinataire' },
		{ id: 'pieces', text: 'Pièces justificatives manquantes' },
		{ id: 'donnees', text: 'Données de facturation erronées' },
	],
	actions: [
		{ id: 'recycler', text: 'Corriger le destinataire et renvoyer sous le même numéro' },
		{ id: 'completer', text: 'Compléter (pièces jointes, commentaire)' },
		{ id: 'nouvelle', text: 'Acquitter, traiter le rejet, émettre une nouvelle facture' },
	],
});

const widget = <RejectionMatching exerciseId="retours" objectives={['retours']} data={data} />;
const renderIt = () => renderAsServer(widget);
const invoice = (n: number) => screen.getByRole('group', { name: new RegExp(`F-2026-${100 + n},`) });
const pick = (n: number, label: 'Cause' | 'Ce que vous faites', value: string) =>
	fireEvent.change(within(invoice(n)).getByLabelText(label), { target: { value } });
/** Fills every invoice rightly, through the selects. */
function fillRightly() {
	data.cases.forEach((c, i) => {
		pick(i + 1, 'Cause', c.cause);
		pick(i + 1, 'Ce que vous faites', c.action);
	});
}
const legends = () => [...document.querySelectorAll('legend')].map((l) => l.textContent);

/** The live region's text; a repeated message ends with a no-break space, so that it is said again. */
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('RejectionMatching', () => {
	test('each returned invoice shows its status in words, the reason, and two labelled selects; the reason is said to be free text', () => {
		renderIt();

		expect(screen.getByText(/le motif est un texte libre tapé par le destinataire/)).toBeTruthy();
		expect(within(invoice(1)).getByText('Statut : À recycler')).toBeTruthy();
		expect(within(invoice(2)).getByText('Statut : Suspendue')).toBeTruthy();
		expect(within(invoice(3)).getByText('Statut : Rejetée')).toBeTruthy();
		expect(within(invoice(3)).getByText('Motif saisi par le destinataire : « Le montant ne correspond pas au devis. »')).toBeTruthy();
		expect(screen.getAllByLabelText('Cause')).toHaveLength(10);
		expect(screen.getAllByLabelText('Ce que vous faites')).toHaveLength(10);
	});

	test('an empty select blocks « Vérifier » with the count of missing answers, and nothing is recorded', async () => {
		renderIt();
		fillRightly();
		pick(4, 'Ce que vous faites', '');
		pick(5, 'Cause', '');
		pick(5, 'Ce que vous faites', '');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const text = 'Choisissez une cause et une action pour chaque facture avant de vérifier\u00a0: 2 factures incomplètes (3 listes sans réponse).';
		expect(await screen.findByText(text.replace(/\u00a0/g, ' '), { selector: '.question-warning' })).toBeTruthy();
		expect(said()).toBe(text);
		expect(within(invoice(4)).getByLabelText('Ce que vous faites').getAttribute('aria-invalid')).toBe('true');
		expect(within(invoice(4)).getByLabelText('Cause').getAttribute('aria-invalid')).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('per-pair feedback: cause and action judged apart, a score line, one attempt per invoice out of 2', async () => {
		renderIt();
		fillRightly();
		pick(2, 'Ce que vous faites', 'nouvelle');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 19 sur 20.')).toBeTruthy();
		const half = invoice(2);
		expect(within(half).getByText('✓ juste')).toBeTruthy();
		expect(within(half).getByText('✗ à revoir')).toBeTruthy();
		expect(within(half).getByLabelText('Ce que vous faites').getAttribute('aria-describedby')).toBe('retours-f2-action-mark');
		expect(within(half).getByText(/✗ À revoir \(1 sur 2 : cause juste, action à revoir\)/)).toBeTruthy();
		expect(within(half).getByText(/la facture passe « Complétée »/)).toBeTruthy();
		expect(within(invoice(1)).getByText(/✓ Juste \(2 sur 2/)).toBeTruthy();
		expect(said()).toBe('À revoir\u00a0: 19 sur 20. Lisez l’explication sous chaque facture.');
		const attempts = $progress.get().attempts;
		expect(Object.keys(attempts)).toHaveLength(10);
		expect(attempts['retours:f2']).toMatchObject([{ score: 1, max: 2, outcome: 'scored', objectives: ['retours'] }]);
		expect(attempts['retours:f1']).toMatchObject([{ score: 2, max: 2, outcome: 'scored' }]);
	});

	test('« Voir la solution » fills every select, explains each case and records them as revealed, once; no « Vérifier » until « Réessayer »', async () => {
		renderIt();

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((within(invoice(3)).getByLabelText('Ce que vous faites') as HTMLSelectElement).value).toBe('nouvelle');
		expect(await within(invoice(3)).findByText(/nouvelle facture, nouveau numéro/)).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Voir la solution' })).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réessayer' })));
		requestReveal('retours');
		await new Promise((r) => setTimeout(r, 10));
		expect($progress.get().attempts['retours:f3']).toMatchObject([{ score: 0, max: 2, outcome: 'revealed' }]);
		expect($progress.get().attempts['retours:f3']).toHaveLength(1);
		expect(Object.keys($progress.get().attempts)).toHaveLength(10);
	});

	test('« Vérifier » twice on the same answers records once and says the answer is already checked', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText('Réponses justes : 20 sur 20.');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect($progress.get().attempts['retours:f1']).toHaveLength(1);
	});

	test('a check after the solution, the same day, is recorded as practice and said so', async () => {
		renderIt();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));
		fillRightly();

		fireEvent.click(await screen.findByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect($progress.get().attempts['retours:f1']?.map((a) => a.outcome)).toEqual(['revealed', 'practice']);
		expect($progress.get().attempts['retours:f1']?.[1]).toMatchObject({ score: 2, max: 2 });
	});

	test('lists chosen before the island started are kept and checked', async () => {
		const firstCase = data.cases[0]!;
		await hydrateAfter(widget, (html) => {
			setSilently(html.querySelector('#retours-f1-cause') as HTMLElement, firstCase.cause);
			setSilently(html.querySelector('#retours-f1-action') as HTMLElement, 'recycler');
		});

		expect((within(invoice(1)).getByLabelText('Ce que vous faites') as HTMLSelectElement).value).toBe('recycler');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		// Nine invoices left empty: the early answers count as given (1 of 10 complete).
		expect(await screen.findByText(/9 factures incomplètes \(18 listes sans réponse\)/, { selector: '.question-warning' })).toBeTruthy();
	});

	test('the projection mode’s « révéler » signal shows the solution too', async () => {
		renderIt();

		requestReveal('retours');

		expect(await within(invoice(1)).findByText('Solution :')).toBeTruthy();
		expect((within(invoice(1)).getByLabelText('Cause') as HTMLSelectElement).value).toBe('destinataire');
	});

	test('« Réessayer » clears the answers, reshuffles the invoices and puts focus on the first list', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		const before = legends();

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(legends()).not.toEqual(before));
		expect([...legends()].sort()).toEqual([...before].sort());
		expect(screen.getAllByLabelText('Cause').every((s) => (s as HTMLSelectElement).value === '')).toBe(true);
		expect(screen.queryByText(/Réponses justes/)).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Cause')[0]));
	});
});
