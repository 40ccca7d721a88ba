// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h, hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { setLearnerEmployer } from '../../src/stores/learner-identity';
import { $progress, connectStorage } from '../../src/stores/progress';
import { setDemoMode } from '../../src/stores/session';
import LearnerEmployer from '../../src/widgets/progress/LearnerEmployer';
import { FakeStorage } from '../support/fake-storage';

let storage: FakeStorage;
const field = () => screen.getByLabelText('Votre employeur (facultatif)') as HTMLInputElement;
const stored = () => JSON.parse(storage.getItem('chorus-pro-micro-cours:progression') ?? '{}');

beforeEach(() => {
	storage = new FakeStorage();
	connectStorage(createSafeStorage(() => storage));
	setDemoMode(false);
});
afterEach(() => cleanup());

describe('LearnerEmployer', () => {
	test('says the employer appears on the attestation and stays in this browser', () => {
		render(<LearnerEmployer />);

		const hint = document.getElementById(field().getAttribute('aria-describedby') ?? '');
		expect(hint?.textContent).toContain('Il figure sur l’attestation');
		expect(hint?.textContent).toContain('Il reste dans ce navigateur.');
	});

	test('saves a company name as typed, trimmed, and writes it to storage', () => {
		render(<LearnerEmployer />);

		fireEvent.input(field(), { target: { value: ' Dupont & Fils (SARL) ' } });

		expect($progress.get().learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(stored().learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(field().getAttribute('aria-invalid')).toBeNull();
	});

	test('refuses markup with a French message tied to the field, and saves nothing', () => {
		render(<LearnerEmployer />);
		fireEvent.input(field(), { target: { value: 'Mairie de Lyon' } });

		fireEvent.input(field(), { target: { value: 'Mairie <script>' } });

		expect(field().getAttribute('aria-invalid')).toBe('true');
		const error = screen.getByText(/cet employeur n’est pas enregistré\.$/);
		expect(field().getAttribute('aria-describedby')).toContain(error.id);
		expect(error.textContent).toBe(
			'Lettres, chiffres, espaces, apostrophes, points, tirets, virgules, parenthèses, barres obliques et «\u00a0&\u00a0» seulement, 120 caractères au plus\u00a0: cet employeur n’est pas enregistré.'
		);
		expect($progress.get().learnerEmployer).toBe('Mairie de Lyon');
		expect(stored().learnerEmployer).toBe('Mairie de Lyon');
	});

	test('an emptied field removes the employer', () => {
		setLearnerEmployer('Mairie de Lyon');
		render(<LearnerEmployer />);

		fireEvent.input(field(), { target: { value: '' } });

		expect('learnerEmployer' in $progress.get()).toBe(false);
	});

	test('shows the employer already stored', async () => {
		setLearnerEmployer('Syndicat des eaux');

		render(<LearnerEmployer />);

		await waitFor(() => expect(field().value).toBe('Syndicat des eaux'));
	});

	test('an employer typed before hydration is adopted and saved', async () => {
		const container = document.createElement('div');
		document.body.append(container);
		container.innerHTML = renderToString(h(LearnerEmployer, {}));
		container.querySelector<HTMLInputElement>('#employeur-apprenant')!.value = 'Conseil départemental';

		hydrate(h(LearnerEmployer, {}), container);

		await waitFor(() => expect($progress.get().learnerEmployer).toBe('Conseil départemental'));
		expect(container.querySelector<HTMLInputElement>('#employeur-apprenant')!.value).toBe('Conseil départemental');
		container.remove();
	});
});
