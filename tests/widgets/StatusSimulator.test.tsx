// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { StatusSimulatorData } from '../../src/lib/status-simulator';
import { createSafeStorage } from '../../src/lib/storage';
import { StatusSimulatorSchema } from '../../src/schemas/sequence-2-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import StatusSimulator from '../../src/widgets/status/StatusSimulator';
import { FakeStorage } from '../support/fake-storage';

const step = (status: string, label: string, day: number, event: string, prompt: string, right: string, wrong: string, popup = false) => ({
	status,
	label,
	day,
	event,
	popup,
	question: {
		prompt,
		options: [
			{ id: 'juste', text: right, correct: true, why: `Oui : ${right.toLowerCase()}.` },
			{ id: 'faux', text: wrong, correct: false, why: `Non : ${wrong.toLowerCase()} ne convient pas.` },
		],
	},
});

const data: StatusSimulatorData = StatusSimulatorSchema.parse({
	scenarios: [
		{
			id: 'rejet',
			title: 'Une facture rejetée',
			intro: 'Vous déposez la facture F-2026-118 pour la mairie de Lons.',
			steps: [
				step('DEPOSEE', 'Déposée', 0, 'Chorus Pro intègre votre facture.', 'Que prouve ce statut ?', 'La date de dépôt', 'Le paiement'),
				step('MISE_A_DISPOSITION', 'Mise à disposition', 1, 'La mairie a reçu la facture.', 'Que faites-vous ?', 'J’attends', 'Je redépose'),
				step('REJETEE', 'Rejetée', 3, 'La mairie rejette : « cadre erroné ».', 'Et maintenant ?', 'Nouvelle facture, nouveau numéro', 'Même numéro', true),
			],
		},
		{
			id: 'recyclage',
			title: 'Une facture à recycler',
			intro: 'Le code service saisi n’existe pas chez le destinataire.',
			steps: [
				step('DEPOSEE', 'Déposée', 0, 'Chorus Pro intègre votre facture.', 'Que prouve ce statut ?', 'La date de dépôt', 'Le paiement'),
				step('A_RECYCLER', 'À recycler', 2, 'Le destinataire signale un code service inconnu.', 'Que faites-vous ?', 'Corriger et renvoyer', 'Nouvelle facture'),
				step('MISE_A_DISPOSITION', 'Mise à disposition', 3, 'La facture corrigée est reçue.', 'Et maintenant ?', 'J’attends', 'Je relance'),
			],
		},
	],
});

const renderSim = () => render(<StatusSimulator exerciseId="sim" objectives={['suivi']} data={data} acknowledgeAfterDays={7} />);
const question = (prompt: string) => screen.getByRole('group', { name: prompt });
const button = (name: string) => screen.getByRole('button', { name });
const timeline = () => within(screen.getByRole('figure', { name: 'Statuts de la facture' })).getAllByRole('listitem');

/** Ticks `choice` in the step's question and checks it. */
async function answer(prompt: string, choice: string) {
	fireEvent.click(within(question(prompt)).getByLabelText(choice));
	fireEvent.click(button('Vérifier'));
	await within(question(prompt)).findByText(/^[✓✗] (Juste|À revoir) :$/);
}

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => {
	cleanup();
	setDemoMode(false);
});

describe('StatusSimulator', () => {
	test('starts on the first status: simulation notice, timeline with « vous êtes ici », certificat de dépôt', () => {
		renderSim();

		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Étape 1 sur 3 (J+0)\u00a0: Déposée' })).toBeTruthy();
		expect(timeline()).toHaveLength(1);
		expect(timeline()[0]?.textContent).toContain('statut actuel\u00a0: vous êtes ici');
		expect(timeline()[0]?.getAttribute('aria-current')).toBe('step');
		expect(screen.getByText(/téléchargeable/).textContent).toBe('Chorus Pro délivre alors un certificat de dépôt, téléchargeable\u00a0: il donne une date de dépôt opposable au client.');
	});

	test('checking without an answer asks for one and records nothing', async () => {
		renderSim();

		fireEvent.click(button('Vérifier'));

		expect(await screen.findByText('Choisissez une réponse avant de vérifier.', { selector: '.question-warning' })).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Étape suivante' })).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('a wrong answer is explained; the next step gets focus and its status is announced', async () => {
		renderSim();
		await answer('Que prouve ce statut ?', 'Le paiement');
		expect(within(question('Que prouve ce statut ?')).getByText('Non : le paiement ne convient pas.')).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('✗ À revoir\u00a0: Non : le paiement ne convient pas.');

		fireEvent.click(button('Étape suivante'));

		const heading = await screen.findByRole('heading', { name: 'Étape 2 sur 3 (J+1)\u00a0: Mise à disposition' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(screen.getByRole('status').textContent?.trim()).toBe('Étape 2 sur 3, J+1 — nouveau statut\u00a0: Mise à disposition.');
		expect(timeline().map((li) => li.textContent)).toEqual([
			expect.stringMatching(/^J\+0.*Déposée$/),
			expect.stringMatching(/^J\+1.*Mise à disposition — statut actuel\s: vous êtes ici$/),
		]);
	});

	test('the login pop-up is a labelled mock whose buttons are not controls', async () => {
		renderSim();
		await answer('Que prouve ce statut ?', 'La date de dépôt');
		fireEvent.click(button('Étape suivante'));
		await answer('Que faites-vous ?', 'J’attends');
		fireEvent.click(button('Étape suivante'));

		const popup = await screen.findByRole('figure', { name: /La fenêtre qui s’ouvre à votre connexion/ });

		expect(within(popup).getByText('Simulation — ce n’est pas le portail Chorus Pro')).toBeTruthy();
		expect(within(popup).getByText('Tout acquitter et fermer')).toBeTruthy();
		expect(within(popup).getByText('Acquitter les factures sélectionnées')).toBeTruthy();
		expect(within(popup).getByText(/Après 7 jours, l’acquittement devient obligatoire/)).toBeTruthy();
		expect(within(popup).queryAllByRole('button')).toHaveLength(0);
	});

	test('a full run ends on « 2 bonnes réponses sur 3 », recorded once from the first answers; the solution read afterwards is recorded as shown', async () => {
		renderSim();
		await answer('Que prouve ce statut ?', 'Le paiement');
		await answer('Que prouve ce statut ?', 'La date de dépôt');
		fireEvent.click(button('Étape suivante'));
		await answer('Que faites-vous ?', 'J’attends');
		fireEvent.click(button('Étape suivante'));
		await answer('Et maintenant ?', 'Nouvelle facture, nouveau numéro');

		fireEvent.click(button('Voir le bilan'));

		const heading = await screen.findByRole('heading', { name: 'Bilan\u00a0: 2 bonnes réponses sur 3' });
		await waitFor(() => expect(document.activeElement).toBe(heading.parentElement));
		expect(screen.getByText(/la bonne réponse était « La date de dépôt »/)).toBeTruthy();
		expect(timeline()).toHaveLength(3);
		expect($progress.get().attempts['sim:rejet']).toMatchObject([{ score: 2, max: 3, outcome: 'scored', objectives: ['suivi'], context: 'lesson' }]);

		fireEvent.click(button('Voir la solution'));
		await screen.findByRole('heading', { name: 'Solution, étape par étape' });
		// The kit's rule for every widget: « Voir la solution » records « revealed » once.
		expect($progress.get().attempts['sim:rejet']?.map((a) => a.outcome)).toEqual(['scored', 'revealed']);
	});

	test('« Voir la solution » shows every step’s right answer and records it once as revealed', async () => {
		renderSim();

		fireEvent.click(button('Voir la solution'));
		requestReveal('sim');

		const solution = (await screen.findByRole('heading', { name: 'Solution, étape par étape' })).parentElement as HTMLElement;
		expect(within(solution).getAllByRole('listitem')).toHaveLength(3);
		expect(within(solution).getByText('✓ Nouvelle facture, nouveau numéro.')).toBeTruthy();
		expect(within(solution).getByText(/certificat de dépôt/)).toBeTruthy();
		expect($progress.get().attempts['sim:rejet']).toMatchObject([{ score: 0, max: 3, outcome: 'revealed' }]);
	});

	test('the projection mode’s « révéler » signal shows the solution', async () => {
		renderSim();

		requestReveal('sim');

		expect(await screen.findByRole('heading', { name: 'Solution, étape par étape' })).toBeTruthy();
	});

	test('« Recommencer » goes back to the first step', async () => {
		renderSim();
		await answer('Que prouve ce statut ?', 'La date de dépôt');
		fireEvent.click(button('Étape suivante'));
		await screen.findByRole('heading', { name: /^Étape 2 sur 3/ });

		fireEvent.click(button('Recommencer'));

		const heading = await screen.findByRole('heading', { name: 'Étape 1 sur 3 (J+0)\u00a0: Déposée' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(timeline()).toHaveLength(1);
		expect((within(question('Que prouve ce statut ?')).getByLabelText('La date de dépôt') as HTMLInputElement).checked).toBe(false);
	});

	test('another scenario is chosen in a labelled list and recorded under its own id', async () => {
		renderSim();

		fireEvent.change(screen.getByLabelText('Scénario'), { target: { value: 'recyclage' } });
		expect(await screen.findByText('Le code service saisi n’existe pas chez le destinataire.')).toBeTruthy();
		await answer('Que prouve ce statut ?', 'La date de dépôt');
		fireEvent.click(button('Étape suivante'));
		await answer('Que faites-vous ?', 'Corriger et renvoyer');
		fireEvent.click(button('Étape suivante'));
		await answer('Et maintenant ?', 'J’attends');
		fireEvent.click(button('Voir le bilan'));

		expect(await screen.findByRole('heading', { name: 'Bilan\u00a0: 3 bonnes réponses sur 3' })).toBeTruthy();
		expect(Object.keys($progress.get().attempts)).toEqual(['sim:recyclage']);
	});

	test('in demo mode the run works and nothing is recorded', async () => {
		setDemoMode(true);
		renderSim();

		fireEvent.click(button('Voir la solution'));

		expect(await screen.findByRole('heading', { name: 'Solution, étape par étape' })).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});
});

describe('StatusSimulator on the practice kit', () => {
	const outcomes = () => ($progress.get().attempts['sim:rejet'] ?? []).map((a) => a.outcome);
	/** Answers the three steps of « rejet » rightly, up to the last step's check. */
	async function runRightly() {
		await answer('Que prouve ce statut ?', 'La date de dépôt');
		fireEvent.click(button('Étape suivante'));
		await answer('Que faites-vous ?', 'J’attends');
		fireEvent.click(button('Étape suivante'));
		await answer('Et maintenant ?', 'Nouvelle facture, nouveau numéro');
	}

	test('« Voir le bilan » before the last step is checked says so and records nothing', async () => {
		renderSim();

		fireEvent.click(button('Voir le bilan'));

		expect(await screen.findByText(/Le bilan vient à la fin/, { selector: '.question-warning' })).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});

	test('« Voir le bilan » twice records the run once', async () => {
		renderSim();
		await runRightly();

		fireEvent.click(button('Voir le bilan'));
		await screen.findByRole('heading', { name: 'Bilan\u00a0: 3 bonnes réponses sur 3' });
		fireEvent.click(button('Voir le bilan'));

		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
		expect(outcomes()).toEqual(['scored']);
	});

	test('after « Voir la solution » there is no « Voir le bilan » until « Réessayer », and the next run is practice', async () => {
		renderSim();
		fireEvent.click(button('Voir la solution'));
		expect(screen.queryByRole('button', { name: 'Voir le bilan' })).toBeNull();

		fireEvent.click(button('Réessayer'));
		await screen.findByRole('heading', { name: 'Étape 1 sur 3 (J+0)\u00a0: Déposée' });
		await runRightly();
		fireEvent.click(button('Voir le bilan'));

		expect(await screen.findByRole('heading', { name: 'Bilan\u00a0: 3 bonnes réponses sur 3' })).toBeTruthy();
		expect(outcomes()).toEqual(['revealed', 'practice']);
		expect(screen.getByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » after the bilan starts the scenario over and puts focus on the first control', async () => {
		renderSim();
		await runRightly();
		fireEvent.click(button('Voir le bilan'));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Scénario')));
		expect(await screen.findByRole('heading', { name: 'Étape 1 sur 3 (J+0)\u00a0: Déposée' })).toBeTruthy();
		expect(timeline()).toHaveLength(1);
	});

	test('choosing another scenario after a bilan starts a new item there', async () => {
		renderSim();
		await runRightly();
		fireEvent.click(button('Voir le bilan'));
		await screen.findByRole('heading', { name: /^Bilan/ });

		fireEvent.change(screen.getByLabelText('Scénario'), { target: { value: 'recyclage' } });

		expect(await screen.findByText('Le code service saisi n’existe pas chez le destinataire.')).toBeTruthy();
		expect(screen.queryByRole('heading', { name: /^Bilan/ })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
	});

	test('an answer ticked before hydration is taken over', async () => {
		const { container } = renderSim();
		// What the server rendered is the controls' default state: only later changes are the learner's.
		container.querySelectorAll('option').forEach((o) => (o.defaultSelected = o.selected));
		(within(question('Que prouve ce statut ?')).getByLabelText('La date de dépôt') as HTMLInputElement).checked = true;

		expect(await adoptServerInputs(container)).toBe(1);
		fireEvent.click(button('Vérifier'));

		expect(await within(question('Que prouve ce statut ?')).findByText('✓ Juste :')).toBeTruthy();
	});
});
