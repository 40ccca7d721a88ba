// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import InvoiceFormExercise from '../../src/widgets/invoice/InvoiceFormExercise';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import { FakeStorage } from '../support/fake-storage';
import { communeScenario } from '../support/invoice-scenario';

const cadres = [
	{ code: 'A1', label: 'Dépôt par un fournisseur d’une facture' },
	{ code: 'A2', label: 'Dépôt par un fournisseur d’une facture déjà payée' },
	{ code: 'A9', label: 'Dépôt par un sous-traitant d’une facture' },
];
const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function fillRightly() {
	choose(/^Cadre de facturation/, 'A1');
	type(/^Identifiant \(SIRET\)/, '67294518500011');
	type('Code service', 'ECOLES');
	type(/^Numéro de facture/, 'F-2026-118');
	type(/^Date de facture/, '2026-10-15');
	choose(/^Mode de paiement/, 'VIREMENT');
	type(/^Montant HT total/, '300,00');
	type(/^Montant de TVA/, '60,00');
	type(/^Montant TTC total/, '360,00');
	fireEvent.click(screen.getByLabelText('bon-de-livraison.pdf'));
}

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('InvoiceFormExercise', () => {
	test('shows the purchase order and the invoice as documents, and says it is a simulation', () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);

		expect(screen.getByRole('heading', { name: 'Bon de commande n° BC-2026-044' })).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Facture n° F-2026-118' })).toBeTruthy();
		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
	});

	test('« Enregistrer » leaves a draft that is not sent, and records nothing', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

		expect(await screen.findByText('Brouillon enregistré — facture non envoyée.')).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});

	test('« Valider et envoyer » on a wrong form gives an error summary with links, inline messages and aria-invalid', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		fillRightly();
		type('Code service', '');
		type(/^Montant TTC total/, '361');

		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));

		const heading = await screen.findByRole('heading', { name: 'Il y a 2 erreurs' });
		const links = within(heading.parentElement as HTMLElement).getAllByRole('link');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['#saisie-commune-codeService', '#saisie-commune-montantTTC']);
		expect(screen.getByLabelText('Code service').getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText(/Commune de Valbourg exige un code service/, { selector: '.field-error' })).toBeTruthy();
		expect((screen.getByLabelText(/^Montant HT total/) as HTMLInputElement).value).toBe('300,00');
		expect(screen.getByRole('status').textContent?.trim()).toBe('Il y a 2 erreurs dans le formulaire.');
	});

	test('a valid form asks for confirmation, then « Confirmer et envoyer » shows the portal’s message and records the score', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Confirmer et envoyer' }));

		expect(await screen.findByRole('heading', { name: /Tous les champs sont justes \(12 sur 12\)/ })).toBeTruthy();
		expect(screen.getByText(/La facture n° F-2026-118 est validée, elle est en cours de transmission au service concerné/)).toBeTruthy();
		expect($progress.get().attempts['saisie:commune']).toMatchObject([{ score: 12, max: 12, outcome: 'scored', objectives: ['depot'] }]);
	});

	test('the annuaire search finds the buyer by name, shows its parameters and fills the SIRET', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		type('Nom ou SIRET de la structure publique', 'valbourg');

		fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

		expect(await screen.findByText('2 structures trouvées.')).toBeTruthy();
		expect(screen.getByText('Service TECH — Services techniques : exige un n° d’engagement')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Choisir Commune de Valbourg' }));
		expect((screen.getByLabelText(/^Identifiant \(SIRET\)/) as HTMLInputElement).value).toBe('67294518500011');
	});

	test('a formally valid but wrong answer is sent, then each wrong field is explained', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		fillRightly();
		choose(/^Cadre de facturation/, 'A2');

		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Confirmer et envoyer' }));

		expect(await screen.findByRole('heading', { name: '✗ 1 champ à revoir (11 sur 12 justes)' })).toBeTruthy();
		expect($progress.get().attempts['saisie:commune']?.[0]).toMatchObject({ score: 11, max: 12 });
	});

	test('« Voir la solution » fills the form with the origin of each piece of data and records a revealed attempt', async () => {
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect(await screen.findByRole('heading', { name: 'Solution' })).toBeTruthy();
		expect((screen.getByLabelText('Code service') as HTMLInputElement).value).toBe('ECOLES');
		expect(screen.getByText(/Sur le bon de commande, case « Code service »/)).toBeTruthy();
		expect($progress.get().attempts['saisie:commune']?.[0]?.outcome).toBe('revealed');
	});
});

describe('InvoiceFormExercise on the practice kit', () => {
	// Rendered without server HTML, the lists' first options carry no `selected` attribute, so the
	// kit's adoption at mount takes them for early answers and replays them a few ticks later:
	// let it finish before answering, as a learner after hydration would.
	const show = async () => {
		const rendered = render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario]} />);
		await new Promise((resolve) => setTimeout(resolve, 30));
		return rendered;
	};
	const outcomes = () => ($progress.get().attempts['saisie:commune'] ?? []).map((a) => a.outcome);
	const send = async () => {
		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Confirmer et envoyer' }));
	};

	test('the confirmation takes focus; « Modifier » returns to the form without sending', async () => {
		await show();
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));
		const heading = await screen.findByRole('heading', { name: 'Confirmation d’envoi' });
		expect(heading).toBeTruthy();
		await waitFor(() => expect(document.activeElement).toBe(document.querySelector('.invoice-status')));
		fireEvent.click(screen.getByRole('button', { name: 'Modifier' }));

		expect(document.activeElement).toBe(screen.getByLabelText(/^Cadre de facturation/));
		expect(screen.queryByRole('heading', { name: 'Confirmation d’envoi' })).toBeNull();
		expect(document.querySelector('.question-warning')).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('sending the same form twice records once', async () => {
		await show();
		fillRightly();
		await send();
		await screen.findByRole('heading', { name: /Tous les champs sont justes/ });

		fireEvent.click(screen.getByRole('button', { name: 'Valider et envoyer' }));

		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
		expect(screen.queryByRole('button', { name: 'Confirmer et envoyer' })).toBeNull();
		expect(outcomes()).toEqual(['scored']);
	});

	test('after « Voir la solution » there is no « Valider et envoyer » until « Réessayer », and the next sending is practice', async () => {
		await show();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(screen.queryByRole('button', { name: 'Valider et envoyer' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		expect((screen.getByLabelText('Code service') as HTMLInputElement).value).toBe('');
		fillRightly();
		await send();

		expect(await screen.findByRole('heading', { name: /Tous les champs sont justes/ })).toBeTruthy();
		expect(outcomes()).toEqual(['revealed', 'practice']);
		expect(screen.getByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » empties the form and puts focus on the first control, the list of cases', async () => {
		await show();
		fillRightly();
		await send();

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Cas à traiter')));
		expect((screen.getByLabelText(/^Montant HT total/) as HTMLInputElement).value).toBe('');
		expect(screen.queryByRole('heading', { name: /Tous les champs sont justes/ })).toBeNull();
	});

	test('fields typed, chosen and ticked before hydration are taken over', async () => {
		const { container } = await show();
		// What the server rendered is the controls' default state: only later changes are the learner's.
		container.querySelectorAll('option').forEach((o) => (o.defaultSelected = o.selected));
		const set = (label: string | RegExp, value: string) => ((screen.getByLabelText(label) as HTMLInputElement).value = value);
		set(/^Cadre de facturation/, 'A1');
		set(/^Identifiant \(SIRET\)/, '67294518500011');
		set('Code service', 'ECOLES');
		set(/^Numéro de facture/, 'F-2026-118');
		set(/^Date de facture/, '2026-10-15');
		set(/^Mode de paiement/, 'VIREMENT');
		set(/^Montant HT total/, '300,00');
		set(/^Montant de TVA/, '60,00');
		set(/^Montant TTC total/, '360,00');
		(screen.getByLabelText('bon-de-livraison.pdf') as HTMLInputElement).checked = true;

		expect(await adoptServerInputs(container)).toBe(10);
		await send();

		expect(await screen.findByRole('heading', { name: /Tous les champs sont justes \(12 sur 12\)/ })).toBeTruthy();
		expect(outcomes()).toEqual(['scored']);
	});

	test('« Cas suivant » opens the next case as a new item: empty form, score kept in the list, focus on the list once it is the last', async () => {
		const second = { ...communeScenario, id: 'bis', title: 'Le même cas, encore' };
		render(<InvoiceFormExercise exerciseId="saisie" objectives={['depot']} cadres={cadres} scenarios={[communeScenario, second]} />);
		await new Promise((resolve) => setTimeout(resolve, 30));
		fillRightly();
		await send();
		await screen.findByRole('heading', { name: /Tous les champs sont justes/ });

		fireEvent.click(screen.getByRole('button', { name: 'Cas suivant' }));

		const list = screen.getByLabelText('Cas à traiter') as HTMLSelectElement;
		await waitFor(() => expect(document.activeElement).toBe(list));
		expect(list.value).toBe('1');
		expect(within(list).getByRole('option', { name: /^1\. .*\(fait\s: 12\/12\)$/ })).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Cas suivant' })).toBeNull();
		expect((screen.getByLabelText(/^Numéro de facture/) as HTMLInputElement).value).toBe('');
		fillRightly();
		await send();
		expect(await screen.findByRole('heading', { name: /Tous les champs sont justes/ })).toBeTruthy();
		expect(Object.keys($progress.get().attempts)).toEqual(['saisie:commune', 'saisie:bis']);
	});
});
