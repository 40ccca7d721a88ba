// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/config';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import PasswordChecker from '../../src/widgets/password/PasswordChecker';
import { FakeStorage } from '../support/fake-storage';

let storage: FakeStorage;
const props = {
	exerciseId: 'mot-de-passe',
	objectives: ['compte'],
	rule: { minLength: 12, minCharacterTypes: 3 },
	unsure: true,
	source: { url: 'https://example.org/regle', label: 'programme de formation' },
};
const type = (value: string) => fireEvent.input(screen.getByLabelText('Mot de passe à tester'), { target: { value } });

beforeEach(() => {
	storage = new FakeStorage();
	connectStorage(createSafeStorage(() => storage));
});
afterEach(() => cleanup());

describe('PasswordChecker', () => {
	test('says the rule is the training’s and is « à vérifier »', () => {
		render(<PasswordChecker {...props} />);

		expect(screen.getByText('À vérifier :')).toBeTruthy();
		expect(screen.getByText(/Règle enseignée par la formation/)).toBeTruthy();
	});

	test('explains live which conditions are met', async () => {
		render(<PasswordChecker {...props} />);

		type('facture2026');

		expect(screen.getByText(/Au moins 12 caractères : vous en avez 11\./)).toBeTruthy();
		expect(screen.getByText(/vous en avez 2 \(minuscules, chiffres\)/)).toBeTruthy();
		// Announced once typing pauses, not at every key.
		expect(screen.getByRole('status').textContent).toBe('');
		await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Pas encore conforme\. 11 caractères sur 12 au moins/), { timeout: 2000 });
	});

	test('a compliant password is recorded 1/1, and the password itself is never stored', async () => {
		render(<PasswordChecker {...props} />);
		type('Factures-Chorus-2026');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Correct : ce mot de passe respecte la règle/, { selector: '.feedback p' })).toBeTruthy();
		expect($progress.get().attempts['mot-de-passe']).toMatchObject([{ score: 1, max: 1, outcome: 'scored' }]);
		expect(storage.getItem(STORAGE_KEY)).not.toContain('Factures-Chorus-2026');
	});

	test('a short password is recorded 0/1 with the reason', async () => {
		render(<PasswordChecker {...props} />);
		type('Court1!');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/il faut au moins 12 caractères/, { selector: '.feedback p' })).toBeTruthy();
		expect($progress.get().attempts['mot-de-passe']?.[0]?.score).toBe(0);
	});

	test('checking an empty field asks for a password and records nothing', async () => {
		render(<PasswordChecker {...props} />);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Tapez un mot de passe dans le champ avant de vérifier.', { selector: '.question-warning' })).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('Tapez un mot de passe dans le champ avant de vérifier.');
		expect(document.querySelector('.feedback')).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('the show button toggles the field type and its pressed state', () => {
		render(<PasswordChecker {...props} />);
		const button = screen.getByRole('button', { name: 'Afficher le mot de passe' });

		fireEvent.click(button);

		expect(button.getAttribute('aria-pressed')).toBe('true');
		expect((screen.getByLabelText('Mot de passe à tester') as HTMLInputElement).type).toBe('text');
	});

	test('« Voir la solution » shows a compliant example and records it as revealed', async () => {
		render(<PasswordChecker {...props} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect(await screen.findByText(/Exemple conforme \(à ne pas réutiliser\)/, { selector: '.feedback p' })).toBeTruthy();
		expect($progress.get().attempts['mot-de-passe']?.[0]?.outcome).toBe('revealed');
	});
});

describe('PasswordChecker on the practice kit', () => {
	const outcomes = () => ($progress.get().attempts['mot-de-passe'] ?? []).map((a) => a.outcome);
	const field = () => screen.getByLabelText('Mot de passe à tester') as HTMLInputElement;

	test('« Vérifier » twice on the same password records once', async () => {
		render(<PasswordChecker {...props} />);
		type('Court1!');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
		expect(outcomes()).toEqual(['scored']);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer », and the next check is practice', async () => {
		render(<PasswordChecker {...props} />);
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		type('Factures-Chorus-2026');
		fireEvent.click(await screen.findByRole('button', { name: 'Vérifier' }));

		expect(outcomes()).toEqual(['revealed', 'practice']);
		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » empties the field and puts focus in it', async () => {
		render(<PasswordChecker {...props} />);
		type('Court1!');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(field()));
		expect(field().value).toBe('');
		expect(document.querySelector('.feedback')).toBeNull();
	});

	test('a password typed before hydration is taken over', async () => {
		const { container } = render(<PasswordChecker {...props} />);
		field().value = 'Factures-Chorus-2026';

		expect(await adoptServerInputs(container)).toBe(1);
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Correct : ce mot de passe respecte la règle/, { selector: '.feedback p' })).toBeTruthy();
		expect($progress.get().attempts['mot-de-passe']).toMatchObject([{ score: 1, outcome: 'scored' }]);
	});
});
