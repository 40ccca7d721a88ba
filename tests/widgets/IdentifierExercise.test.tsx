// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import type { JudgedItem } from '../../src/lib/identifiers';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import IdentifierExercise from '../../src/widgets/identifiers/IdentifierExercise';
import { FakeStorage } from '../support/fake-storage';

const items: JudgedItem[] = [
	{ id: 'bon', type: 'siret', value: '52817463400014', context: 'Sur votre extrait Kbis.', valid: true, explanation: 'Longueur, caractères et clé de contrôle sont bons.' },
	{ id: 'faux', type: 'siret', value: '12345678912345', context: 'Recopié à la main.', valid: false, explanation: 'La clé de contrôle (algorithme de Luhn) est fausse.' },
];
const group = (value: string) => screen.getByRole('group', { name: new RegExp(value) });

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('IdentifierExercise', () => {
	test('each number is judged with labelled radios; a wrong verdict is explained and recorded per number', async () => {
		render(<IdentifierExercise exerciseId="verif" objectives={['compte']} items={items} freeCheck={['siret']} />);
		fireEvent.click(within(group('52817463400014')).getByLabelText('Valide'));
		fireEvent.click(within(group('12345678912345')).getByLabelText('Valide'));

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('12345678912345')).findByText('✗ À revoir :')).toBeTruthy();
		expect(within(group('12345678912345')).getByText(/algorithme de Luhn/)).toBeTruthy();
		expect(within(group('52817463400014')).getByText('✓ Juste :')).toBeTruthy();
		expect($progress.get().attempts['verif:bon']?.[0]?.score).toBe(1);
		expect($progress.get().attempts['verif:faux']?.[0]?.score).toBe(0);
		expect(screen.getByRole('status').textContent).toContain('À revoir\u00a0: 1 sur 2');
	});

	test('checking with a number left unjudged records nothing', () => {
		render(<IdentifierExercise exerciseId="verif" objectives={['compte']} items={items} freeCheck={['siret']} />);
		fireEvent.click(within(group('52817463400014')).getByLabelText('Valide'));

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(screen.getByRole('status').textContent).toContain('1 sans réponse');
		expect(screen.getByText('Répondez pour chaque numéro avant de vérifier : 1 sans réponse.', { selector: '.question-warning' })).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});

	test('the free checker says why a number is wrong and records nothing', async () => {
		render(<IdentifierExercise exerciseId="verif" objectives={['banque']} items={items} freeCheck={['iban', 'rib']} />);
		fireEvent.change(screen.getByLabelText('Type de numéro'), { target: { value: 'rib' } });
		fireEvent.input(screen.getByLabelText('RIB à contrôler'), { target: { value: '30006 00001 12345678901 98' } });

		fireEvent.click(screen.getByRole('button', { name: 'Contrôler' }));

		expect(await screen.findByText('✗ RIB non valide')).toBeTruthy();
		const result = document.querySelector('.free-check-result') as HTMLElement;
		expect(within(result).getByText(/elle devrait être 89, pas 98/)).toBeTruthy();
		expect(screen.getByRole('status').textContent).toMatch(/^RIB non valide\. La clé RIB ne correspond pas/);
		expect($progress.get().attempts).toEqual({});
	});

	test('a valid IBAN is shown back in groups of 4', async () => {
		render(<IdentifierExercise exerciseId="verif" objectives={['banque']} items={items} freeCheck={['iban']} />);
		fireEvent.input(screen.getByLabelText('IBAN à contrôler'), { target: { value: 'fr7630006000011234567890189' } });

		fireEvent.click(screen.getByRole('button', { name: 'Contrôler' }));

		expect(await screen.findByText(/FR76 3000 6000 0112 3456 7890 189/)).toBeTruthy();
	});

	test('« Voir la solution » ticks the right verdicts and records them as revealed', async () => {
		render(<IdentifierExercise exerciseId="verif" objectives={['compte']} items={items} freeCheck={['siret']} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((within(group('12345678912345')).getByLabelText('Non valide') as HTMLInputElement).checked).toBe(true);
		expect($progress.get().attempts['verif:faux']?.[0]?.outcome).toBe('revealed');
	});
});

describe('IdentifierExercise on the practice kit', () => {
	const show = () => render(<IdentifierExercise exerciseId="verif" objectives={['compte']} items={items} freeCheck={['siret']} />);
	const judge = (value: string, label: string) => fireEvent.click(within(group(value)).getByLabelText(label));
	const outcomes = (id: string) => ($progress.get().attempts[id] ?? []).map((a) => a.outcome);

	test('« Vérifier » twice on the same answers records each number once', async () => {
		show();
		judge('52817463400014', 'Valide');
		judge('12345678912345', 'Non valide');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
		expect(outcomes('verif:bon')).toEqual(['scored']);
		expect(outcomes('verif:faux')).toEqual(['scored']);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer », and the next check is practice', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		judge('52817463400014', 'Valide');
		judge('12345678912345', 'Non valide');
		fireEvent.click(await screen.findByRole('button', { name: 'Vérifier' }));

		expect(outcomes('verif:bon')).toEqual(['revealed', 'practice']);
		expect(outcomes('verif:faux')).toEqual(['revealed', 'practice']);
		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » clears the verdicts and puts focus on the first number’s first answer', async () => {
		show();
		judge('52817463400014', 'Valide');
		judge('12345678912345', 'Valide');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		const first = within(group('52817463400014')).getByLabelText('Valide') as HTMLInputElement;
		await waitFor(() => expect(document.activeElement).toBe(first));
		expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		expect(screen.queryByText('✗ À revoir :')).toBeNull();
	});

	test('answers ticked and a number typed before hydration are taken over', async () => {
		const { container } = show();
		(within(group('52817463400014')).getByLabelText('Valide') as HTMLInputElement).checked = true;
		(within(group('12345678912345')).getByLabelText('Non valide') as HTMLInputElement).checked = true;
		(screen.getByLabelText('SIRET à contrôler') as HTMLInputElement).value = '12345678912345';

		expect(await adoptServerInputs(container)).toBe(3);
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		fireEvent.click(screen.getByRole('button', { name: 'Contrôler' }));

		expect(await screen.findByText('Réponses justes : 2 sur 2.')).toBeTruthy();
		expect($progress.get().attempts['verif:faux']).toMatchObject([{ score: 1, outcome: 'scored' }]);
		expect(await screen.findByText('✗ SIRET non valide')).toBeTruthy();
	});
});
