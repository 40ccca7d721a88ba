// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import { adoptServerInputs } from '../../src/widgets/kit/adopt-inputs';
import StructureBuilder from '../../src/widgets/structure/StructureBuilder';
import { FakeStorage } from '../support/fake-storage';
import { scenario } from '../support/scenario';

const group = (name: string) => screen.getByRole('group', { name });
const tick = (groupName: string, label: string | RegExp) => fireEvent.click(within(group(groupName)).getByLabelText(label));

/** The right decisions, made through the controls as a learner would. */
function answerRightly() {
	tick('Demande de Paul Durand — assistant, consulte les factures', 'Valider la demande');
	tick('Demande de J. Dupont — inconnu de l’entreprise', 'Refuser la demande');
	tick('Profils de Claire Martin', /^Factures émises modification/);
	tick('Services de Claire Martin', 'Comptabilité (code COMPTA)');
	tick('Profils de Paul Durand', /^Factures émises consultation/);
	tick('Services de Paul Durand', 'Comptabilité (code COMPTA)');
	tick('Le gestionnaire principal est parti. Que faites-vous ?', 'Demander au support de désigner un nouveau GP');
}

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('StructureBuilder', () => {
	test('says it is a simulation and marks indicative profile labels', () => {
		render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);

		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
		expect(within(group('Profils de Claire Martin')).getAllByText('(libellé indicatif)')).toHaveLength(2);
	});

	test('the right decisions give « Aucune erreur » and record 7/7', async () => {
		render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);
		answerRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✓ Aucune erreur : 7 sur 7')).toBeTruthy();
		expect($progress.get().attempts['structure']).toMatchObject([{ score: 7, max: 7, outcome: 'scored', objectives: ['compte'] }]);
	});

	test('mistakes get an error summary linking to each field, inline messages and aria-invalid', async () => {
		render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);
		answerRightly();
		tick('Demande de J. Dupont — inconnu de l’entreprise', 'Valider la demande');
		tick('Profils de Claire Martin', /^Organisation modification/);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const summary = await screen.findByRole('heading', { name: 'Il y a 2 erreurs (5 sur 7)' });
		const links = within(summary.parentElement as HTMLElement).getAllByRole('link');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['#structure-demande-r-inconnu', '#structure-profils-claire']);
		expect(within(group('Profils de Claire Martin')).getByText(/c’est trop pour son travail/)).toBeTruthy();
		expect(within(group('Profils de Claire Martin')).getByLabelText(/^Organisation modification/).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByRole('status').textContent).toBe('Il y a 2 erreurs\u00a0: 5 sur 7.');
	});

	test('« Voir la solution » ticks the careful decisions, explains them and records a revealed attempt', async () => {
		render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((within(group('Demande de J. Dupont — inconnu de l’entreprise')).getByLabelText('Refuser la demande') as HTMLInputElement).checked).toBe(true);
		expect(await screen.findByText(/Personne ne le connaît/)).toBeTruthy();
		expect($progress.get().attempts['structure']?.[0]?.outcome).toBe('revealed');
	});

	test('« Réessayer » clears every decision', async () => {
		render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);
		answerRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
		expect(screen.queryByText(/Aucune erreur/)).toBeNull();
	});
});

describe('StructureBuilder on the practice kit', () => {
	const show = () => render(<StructureBuilder exerciseId="structure" objectives={['compte']} scenario={scenario} />);
	const outcomes = () => ($progress.get().attempts['structure'] ?? []).map((a) => a.outcome);

	test('« Vérifier » twice on the same decisions records once; the summary gets focus', async () => {
		show();
		answerRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		const summary = (await screen.findByText('✓ Aucune erreur : 7 sur 7')).parentElement;
		await waitFor(() => expect(document.activeElement).toBe(summary));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
		expect(outcomes()).toEqual(['scored']);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer », and the next check is practice', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		answerRightly();
		fireEvent.click(await screen.findByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✓ Aucune erreur : 7 sur 7')).toBeTruthy();
		expect(outcomes()).toEqual(['revealed', 'practice']);
		expect(screen.getByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » puts focus on the first decision', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		const first = within(group('Demande de Paul Durand — assistant, consulte les factures')).getByLabelText('Valider la demande');
		await waitFor(() => expect(document.activeElement).toBe(first));
	});

	test('decisions ticked before hydration are taken over, boxes included', async () => {
		const { container } = show();
		const box = (groupName: string, label: string | RegExp) => within(group(groupName)).getByLabelText(label) as HTMLInputElement;
		box('Demande de Paul Durand — assistant, consulte les factures', 'Valider la demande').checked = true;
		box('Demande de J. Dupont — inconnu de l’entreprise', 'Refuser la demande').checked = true;
		box('Profils de Claire Martin', /^Factures émises modification/).checked = true;
		box('Services de Claire Martin', 'Comptabilité (code COMPTA)').checked = true;
		box('Profils de Paul Durand', /^Factures émises consultation/).checked = true;
		box('Services de Paul Durand', 'Comptabilité (code COMPTA)').checked = true;
		box('Le gestionnaire principal est parti. Que faites-vous ?', 'Demander au support de désigner un nouveau GP').checked = true;

		expect(await adoptServerInputs(container)).toBe(7);
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✓ Aucune erreur : 7 sur 7')).toBeTruthy();
		expect($progress.get().attempts['structure']).toMatchObject([{ score: 7, max: 7, outcome: 'scored' }]);
	});
});
