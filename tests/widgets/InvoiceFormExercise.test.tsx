// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import InvoiceFormExercise from '../../src/widgets/InvoiceFormExercise';
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
		expect(screen.getByRole('status').textContent).toBe('Il y a 2 erreurs dans le formulaire.');
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
