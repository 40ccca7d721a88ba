// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CadreChooserData, CadreLessonLinks } from '../../src/lib/cadre-chooser';
import { createSafeStorage } from '../../src/lib/storage';
import { CadreChooserSchema } from '../../src/schemas/sequence-2-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import CadreChooser from '../../src/widgets/cadre/CadreChooser';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import { FakeStorage } from '../support/fake-storage';

const data: CadreChooserData = CadreChooserSchema.parse({
	start: 'qui',
	nodes: [
		{
			id: 'qui',
			question: 'Vous déposez…',
			options: [
				{ text: 'une facture de fournisseur', next: 'quoi' },
				{ text: 'une facture de sous-traitant payé directement', result: { code: 'A9', label: 'Dépôt par un sous-traitant d’une facture', note: 'Le titulaire valide : désignez sa structure comme valideuse.' } },
				{ text: 'une facture de cotraitant', result: { code: 'A12', label: 'Dépôt par un cotraitant d’une facture', note: 'Le mandataire valide.' } },
			],
		},
		{
			id: 'quoi',
			question: 'Quel document déposez-vous ?',
			options: [
				{ text: 'une facture de fournitures ou de services, pas encore payée', result: { code: 'A1', label: 'Dépôt par un fournisseur d’une facture', note: 'Le cas le plus courant.' } },
				{ text: 'une facture déjà payée', result: { code: 'A2', label: 'Dépôt par un fournisseur d’une facture déjà payée' } },
				{ text: 'un projet de décompte mensuel de travaux', result: { code: 'A4', label: 'Dépôt par un fournisseur d’un projet de décompte mensuel', seeLesson: { lesson: '09-factures-travaux', section: 'cadres' } } },
			],
		},
	],
	situations: [
		{ id: 'mairie', text: 'Vous livrez des fournitures à une mairie, qui paiera à réception.', expected: 'A1', why: 'Facture simple du titulaire : A1.' },
		{ id: 'sous-traitant', text: 'Vous êtes sous-traitant admis au paiement direct.', expected: 'A9', why: 'Le titulaire valide la facture du sous-traitant.' },
		{ id: 'cotraitant', text: 'Vous êtes cotraitant d’un groupement.', expected: 'A12', why: 'Le mandataire valide la facture du cotraitant.' },
		{ id: 'carte', text: 'La commande a été réglée par carte d’achat.', expected: 'A2', why: 'La facture est déjà payée : A2.' },
	],
});
const links: CadreLessonLinks = { '09-factures-travaux#cadres': null };

const attempts = () => $progress.get().attempts;
const status = () => screen.getByRole('status');
const answer = (question: string, option: string) => {
	fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(option));
	fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
};
const choose = (situation: string | RegExp, code: string) => fireEvent.change(screen.getByLabelText(situation), { target: { value: code } });
const show = (lessonLinks: CadreLessonLinks = links) => render(<CadreChooser exerciseId="cadres" objectives={['depot']} data={data} lessonLinks={lessonLinks} />);

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
});
afterEach(() => cleanup());

describe('CadreChooser — the guide', () => {
	test('one question at a time, the answers listed, the cadre with its label and note; focus and announcement follow; nothing recorded', async () => {
		show();
		expect(screen.getByRole('group', { name: 'Vous déposez…' })).toBeTruthy();

		answer('Vous déposez…', 'une facture de fournisseur');

		const next = await screen.findByRole('group', { name: 'Quel document déposez-vous ?' });
		await waitFor(() => expect(document.activeElement).toBe(next.querySelector('legend')));
		expect(status().textContent).toBe('Question suivante\u00a0: Quel document déposez-vous ?');
		const path = screen.getByRole('list', { name: 'Vos réponses' });
		expect(within(path).getByRole('listitem').textContent).toContain('Vous déposez…\u00a0: une facture de fournisseur');

		answer('Quel document déposez-vous ?', 'une facture de fournitures ou de services, pas encore payée');

		const heading = await screen.findByRole('heading', { name: 'Cadre à choisir\u00a0: A1 — Dépôt par un fournisseur d’une facture' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(within(heading.parentElement as HTMLElement).getByText('Le cas le plus courant.')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Continuer' })).toBeNull();
		expect(within(screen.getByRole('list', { name: 'Vos réponses' })).getAllByRole('listitem')).toHaveLength(2);
		expect(status().textContent).toBe('Résultat\u00a0: cadre A1 — Dépôt par un fournisseur d’une facture. Le cas le plus courant.');
		expect(attempts()).toEqual({});
	});

	test('« Continuer » without an answer says so and stays on the question', async () => {
		show();

		fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));

		expect(await screen.findByText('Choisissez une réponse avant de continuer.', { selector: '.question-warning' })).toBeTruthy();
		expect(status().textContent).toBe('Choisissez une réponse avant de continuer.');
		expect(screen.getByRole('group', { name: 'Vous déposez…' })).toBeTruthy();
	});

	test('« Modifier » goes back to an earlier question with its answer ticked; another answer leads elsewhere', async () => {
		show();
		answer('Vous déposez…', 'une facture de fournisseur');
		answer('Quel document déposez-vous ?', 'une facture déjà payée');
		await screen.findByRole('heading', { name: /A2 — Dépôt par un fournisseur d’une facture déjà payée/ });

		fireEvent.click(screen.getByRole('button', { name: 'Modifier la réponse à «\u00a0Vous déposez…\u00a0»' }));

		const first = await screen.findByRole('group', { name: 'Vous déposez…' });
		expect((within(first).getByLabelText('une facture de fournisseur') as HTMLInputElement).checked).toBe(true);
		await waitFor(() => expect(document.activeElement).toBe(first.querySelector('legend')));
		expect(screen.queryByRole('list', { name: 'Vos réponses' })).toBeNull();
		expect(status().textContent).toBe('Retour à la question\u00a0: Vous déposez…');

		answer('Vous déposez…', 'une facture de sous-traitant payé directement');

		const heading = await screen.findByRole('heading', { name: 'Cadre à choisir\u00a0: A9 — Dépôt par un sous-traitant d’une facture' });
		expect(within(heading.parentElement as HTMLElement).getByText(/désignez sa structure comme valideuse/)).toBeTruthy();
	});

	test('a works result points to the works lesson: plain text while it is in preparation, a link once written', async () => {
		show();
		answer('Vous déposez…', 'une facture de fournisseur');
		answer('Quel document déposez-vous ?', 'un projet de décompte mensuel de travaux');

		expect(await screen.findByText('Voir la leçon sur les factures de travaux, en préparation.')).toBeTruthy();
		expect(screen.queryByRole('link')).toBeNull();
		cleanup();

		show({ '09-factures-travaux#cadres': '/lecons/09-factures-travaux/#cadres' });
		answer('Vous déposez…', 'une facture de fournisseur');
		answer('Quel document déposez-vous ?', 'un projet de décompte mensuel de travaux');

		const link = await screen.findByRole('link', { name: 'Voir la leçon sur les factures de travaux' });
		expect(link.getAttribute('href')).toBe('/lecons/09-factures-travaux/#cadres');
	});

	test('« Recommencer » goes back to the first question with nothing ticked', async () => {
		show();
		answer('Vous déposez…', 'une facture de cotraitant');
		await screen.findByRole('heading', { name: /A12/ });

		fireEvent.click(screen.getByRole('button', { name: 'Recommencer' }));

		const first = await screen.findByRole('group', { name: 'Vous déposez…' });
		expect(within(first).getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		await waitFor(() => expect(document.activeElement).toBe(first.querySelector('legend')));
		expect(status().textContent).toBe('Guide recommencé. Première question\u00a0: Vous déposez…');
		expect(screen.queryByRole('button', { name: 'Recommencer' })).toBeNull();
	});
});

describe('CadreChooser — practice', () => {
	test('each situation offers the cadres the guide reaches, « code — label », in number order', () => {
		show();

		const options = within(screen.getByLabelText(/fournitures à une mairie/)).getAllByRole('option');

		expect(options.map((o) => o.textContent)).toEqual([
			'— Choisir un cadre —',
			'A1 — Dépôt par un fournisseur d’une facture',
			'A2 — Dépôt par un fournisseur d’une facture déjà payée',
			'A4 — Dépôt par un fournisseur d’un projet de décompte mensuel',
			'A9 — Dépôt par un sous-traitant d’une facture',
			'A12 — Dépôt par un cotraitant d’une facture',
		]);
	});

	test('« Vérifier » gives ✓/✗ and the reason per situation, a score line, and records one attempt per situation', async () => {
		show();
		choose(/fournitures à une mairie/, 'A1');
		choose(/sous-traitant admis/, 'A12');
		choose(/cotraitant d’un groupement/, 'A12');
		choose(/carte d’achat/, 'A2');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 3 sur 4.')).toBeTruthy();
		const wrong = screen.getByLabelText(/sous-traitant admis/).closest('li') as HTMLElement;
		expect(within(wrong).getByText('✗ À revoir :')).toBeTruthy();
		expect(wrong.textContent).toContain('la réponse attendue est A9 — Dépôt par un sous-traitant d’une facture. Le titulaire valide');
		expect(within(screen.getByLabelText(/fournitures à une mairie/).closest('li') as HTMLElement).getByText('✓ Juste :')).toBeTruthy();
		expect(status().textContent).toBe('À revoir\u00a0: 3 sur 4 justes. Lisez l’explication sous chaque situation.');
		expect(attempts()['cadres:mairie']).toMatchObject([{ score: 1, max: 1, outcome: 'scored', objectives: ['depot'], context: 'lesson' }]);
		expect(attempts()['cadres:sous-traitant']).toMatchObject([{ score: 0, max: 1, outcome: 'scored' }]);
		expect(Object.keys(attempts())).toHaveLength(4);
	});

	test('a missing answer blocks « Vérifier » with a visible message and records nothing', async () => {
		show();
		choose(/fournitures à une mairie/, 'A1');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const text = 'Choisissez un cadre pour chaque situation avant de vérifier\u00a0: 3 sans réponse.';
		expect(await screen.findByText(text.replace(/\u00a0/g, ' '), { selector: '.question-warning' })).toBeTruthy();
		expect(status().textContent).toBe(text);
		expect(screen.getByLabelText(/carte d’achat/).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByLabelText(/fournitures à une mairie/).getAttribute('aria-invalid')).toBeNull();
		expect(attempts()).toEqual({});
	});

	test('« Voir la solution » selects the expected cadres, explains them and records them as revealed; « Réessayer » clears', async () => {
		show();

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((screen.getByLabelText(/cotraitant d’un groupement/) as HTMLSelectElement).value).toBe('A12');
		expect(await screen.findByText(/Le mandataire valide la facture du cotraitant/)).toBeTruthy();
		expect(attempts()['cadres:cotraitant']).toMatchObject([{ score: 0, max: 1, outcome: 'revealed' }]);

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect((screen.getByLabelText(/cotraitant d’un groupement/) as HTMLSelectElement).value).toBe(''));
		expect(screen.queryByText(/Le mandataire valide la facture du cotraitant/)).toBeNull();
	});

	test('the projection mode’s « révéler » signal shows the solution', async () => {
		show();

		requestReveal('cadres');

		expect(await screen.findByText(/La facture est déjà payée : A2/)).toBeTruthy();
		expect(attempts()['cadres:carte']?.[0]?.outcome).toBe('revealed');
	});

	test('in demo mode nothing is recorded', async () => {
		setDemoMode(true);
		show();
		choose(/fournitures à une mairie/, 'A1');
		choose(/sous-traitant admis/, 'A9');
		choose(/cotraitant d’un groupement/, 'A12');
		choose(/carte d’achat/, 'A2');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 4 sur 4.')).toBeTruthy();
		expect(attempts()).toEqual({});
	});
});

describe('CadreChooser — practice on the kit', () => {
	const outcomes = (id: string) => (attempts()[id] ?? []).map((a) => a.outcome);
	const chooseAll = () => {
		choose(/fournitures à une mairie/, 'A1');
		choose(/sous-traitant admis/, 'A9');
		choose(/cotraitant d’un groupement/, 'A12');
		choose(/carte d’achat/, 'A2');
	};

	test('« Vérifier » twice on the same cadres records each situation once', async () => {
		show();
		chooseAll();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(status().textContent).toContain('Réponse déjà vérifiée'));
		expect(outcomes('cadres:mairie')).toEqual(['scored']);
		expect(Object.values(attempts()).flat()).toHaveLength(4);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer », and the next check is practice', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		chooseAll();
		fireEvent.click(await screen.findByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 4 sur 4.')).toBeTruthy();
		expect(outcomes('cadres:carte')).toEqual(['revealed', 'practice']);
		expect(screen.getByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » puts focus on the first situation’s list', async () => {
		show();
		chooseAll();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/fournitures à une mairie/)));
	});

	test('cadres chosen and a guide answer ticked before hydration are taken over', async () => {
		const { container } = show();
		(screen.getByLabelText(/fournitures à une mairie/) as HTMLSelectElement).value = 'A1';
		(screen.getByLabelText(/sous-traitant admis/) as HTMLSelectElement).value = 'A9';
		(screen.getByLabelText(/cotraitant d’un groupement/) as HTMLSelectElement).value = 'A12';
		(screen.getByLabelText(/carte d’achat/) as HTMLSelectElement).value = 'A2';
		(within(screen.getByRole('group', { name: 'Vous déposez…' })).getByLabelText('une facture de cotraitant') as HTMLInputElement).checked = true;

		expect(await adoptServerInputs(container)).toBe(5);
		fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByRole('heading', { name: /Cadre à choisir\s: A12/ })).toBeTruthy();
		expect(await screen.findByText('Réponses justes : 4 sur 4.')).toBeTruthy();
		expect(outcomes('cadres:carte')).toEqual(['scored']);
	});
});
