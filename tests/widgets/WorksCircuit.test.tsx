// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import type { WorksCircuitData } from '../../src/lib/works-circuit';
import { WorksCircuitSchema } from '../../src/schemas/sequence-2-extra-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import WorksCircuit, { type WorksDeadline } from '../../src/widgets/works/WorksCircuit';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

const data: WorksCircuitData = WorksCircuitSchema.parse({
	actors: [
		{ id: 'titulaire', label: 'Le titulaire du marché' },
		{ id: 'moe', label: 'La maîtrise d’œuvre (MOE)' },
		{ id: 'moa', label: 'La maîtrise d’ouvrage (MOA)' },
	],
	cadres: [
		{ code: 'A4', label: 'Projet de décompte mensuel (fournisseur)' },
		{ code: 'A15', label: 'État d’acompte (MOE)' },
		{ code: 'A17', label: 'Projet de décompte général (MOE)' },
		{ code: 'A19', label: 'État d’acompte validé (MOA)' },
	],
	steps: [
		{ id: 'projet-mensuel', document: 'Projet de décompte mensuel', actor: 'titulaire', cadre: 'A4', why: 'Le titulaire dépose son projet avant la fin du mois.' },
		{ id: 'etat-acompte', document: 'État d’acompte', actor: 'moe', cadre: 'A15', why: 'Le MOE récupère le projet et dépose son état d’acompte.' },
		{ id: 'etat-valide', document: 'État d’acompte validé', actor: 'moa', cadre: 'A19', why: 'La MOA valide et transmet au service financier.' },
		{ id: 'decompte-general', document: 'Projet de décompte général', actor: 'moe', cadre: 'A17', why: 'En fin de marché, le MOE établit le projet de décompte général.' },
	],
	deadlines: [{ text: 'Le MOE traite la demande de paiement dans ce délai.', fact: 'travaux-delai-moe' }],
});
const deadlines: WorksDeadline[] = [
	{ text: 'Le MOE traite la demande de paiement dans ce délai.', value: '7 jours', source: { url: 'https://communaute.chorus-pro.gouv.fr/la-bonne-pratique', label: 'Communauté Chorus Pro' } },
];
const solved = data.steps.map((s) => s.document);

const widget = <WorksCircuit exerciseId="circuit-travaux" objectives={['travaux']} data={data} deadlines={deadlines} />;
const renderIt = () => renderAsServer(widget);
const step = (document: string) => screen.getByRole('group', { name: document });
const docs = () => [...document.querySelectorAll('.works-steps legend')].map((l) => l.textContent);
/** The live region's text; a repeated message ends with a no-break space, so that it is said again. */
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');
const pick = (document: string, label: 'Acteur qui dépose' | 'Cadre de facturation', value: string) =>
	fireEvent.change(within(step(document)).getByLabelText(label), { target: { value } });
function fillRightly() {
	for (const s of data.steps) {
		pick(s.document, 'Acteur qui dépose', s.actor);
		pick(s.document, 'Cadre de facturation', s.cadre);
	}
}
/** Bubbles each step into place with « Monter » only, as a keyboard user would. */
async function orderRightly() {
	for (const [target, text] of solved.entries()) {
		while (docs().indexOf(text) > target) {
			const before = docs().indexOf(text);
			fireEvent.click(within(step(text)).getByRole('button', { name: 'Monter' }));
			await waitFor(() => expect(docs().indexOf(text)).toBe(before - 1));
		}
	}
}

beforeEach(() => {
	setDemoMode(false);
	connectStorage(createSafeStorage(() => new FakeStorage()));
});
afterEach(() => {
	cleanup();
	setDemoMode(false);
});

describe('WorksCircuit', () => {
	test('the documents start shuffled, never solved, each with « Monter » / « Descendre » and two labelled selects', () => {
		renderIt();

		expect(docs()).not.toEqual(solved);
		expect([...docs()].sort()).toEqual([...solved].sort());
		expect(screen.getAllByLabelText('Acteur qui dépose')).toHaveLength(4);
		expect(screen.getAllByLabelText('Cadre de facturation')).toHaveLength(4);
		const first = step(docs()[0]!);
		const last = step(docs()[3]!);
		expect(within(first).getByText('Position 1 sur 4')).toBeTruthy();
		expect(within(first).getByRole('button', { name: 'Monter' }).getAttribute('aria-disabled')).toBe('true');
		expect(within(first).getByRole('button', { name: 'Descendre' }).getAttribute('aria-disabled')).toBe('false');
		expect(within(last).getByRole('button', { name: 'Descendre' }).getAttribute('aria-disabled')).toBe('true');
		expect(within(first).getByRole('option', { name: 'A15 — État d’acompte (MOE)' })).toBeTruthy();
		expect(screen.queryByText('7 jours')).toBeNull();
	});

	test('« Descendre » moves the step, announces its new position and keeps focus on the button', async () => {
		renderIt();
		const moved = docs()[0]!;
		const button = within(step(moved)).getByRole('button', { name: 'Descendre' });
		button.focus();

		fireEvent.click(button);

		await waitFor(() => expect(docs()[1]).toBe(moved));
		expect(said()).toBe(`Étape «\u00a0${moved}\u00a0» déplacée en position 2 sur 4.`);
		await waitFor(() => expect(document.activeElement).toBe(within(step(moved)).getByRole('button', { name: 'Descendre' })));
		expect(within(step(moved)).getByText('Position 2 sur 4')).toBeTruthy();
	});

	test('« Monter » on the first step moves nothing and says so', async () => {
		renderIt();
		const before = docs();

		fireEvent.click(within(step(before[0]!)).getByRole('button', { name: 'Monter' }));

		await waitFor(() => expect(said()).toBe(`L’étape «\u00a0${before[0]}\u00a0» est déjà en position 1 sur 4.`));
		expect(docs()).toEqual(before);
	});

	test('an empty select blocks « Vérifier » with the count of missing answers, and nothing is recorded', async () => {
		renderIt();
		fillRightly();
		pick('État d’acompte', 'Cadre de facturation', '');
		pick('Projet de décompte général', 'Acteur qui dépose', '');
		pick('Projet de décompte général', 'Cadre de facturation', '');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const text = 'Choisissez un acteur et un cadre pour chaque étape avant de vérifier\u00a0: 2 étapes incomplètes (3 listes sans réponse).';
		expect(await screen.findByText(text.replace(/\u00a0/g, ' '), { selector: '.question-warning' })).toBeTruthy();
		expect(said()).toBe(text);
		expect(within(step('État d’acompte')).getByLabelText('Cadre de facturation').getAttribute('aria-invalid')).toBe('true');
		expect(within(step('État d’acompte')).getByLabelText('Acteur qui dépose').getAttribute('aria-invalid')).toBeNull();
		expect(screen.queryByText(/Réponses justes/)).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('a circuit ordered with the buttons and rightly filled scores 12 out of 12, explains the deadlines, one attempt', async () => {
		renderIt();
		await orderRightly();
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 12 sur 12.')).toBeTruthy();
		expect(docs()).toEqual(solved);
		expect(within(step('État d’acompte validé')).getByText(/✓ Juste \(3 sur 3 : position juste, acteur juste, cadre juste\)/)).toBeTruthy();
		expect(within(step('État d’acompte validé')).getByText(/La MOA valide et transmet/)).toBeTruthy();
		const delays = screen.getByRole('region', { name: 'Les délais du circuit' });
		expect(within(delays).getByText('7 jours')).toBeTruthy();
		expect(within(delays).getByRole('link', { name: 'Communauté Chorus Pro' }).getAttribute('href')).toBe('https://communaute.chorus-pro.gouv.fr/la-bonne-pratique');
		expect(said()).toBe('Correct\u00a0: 12 sur 12.');
		expect($progress.get().attempts).toEqual({
			'circuit-travaux': [expect.objectContaining({ score: 12, max: 12, outcome: 'scored', objectives: ['travaux'], context: 'lesson' })],
		});
	});

	test('position, actor and cadre are judged apart, each with ✓ / ✗ in words tied to its control', async () => {
		renderIt();
		const start = docs();
		fillRightly();
		pick('État d’acompte validé', 'Acteur qui dépose', 'moe');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const inPlace = start.filter((d, i) => d === solved[i]).length;
		const score = inPlace + 4 + 3;
		expect(await screen.findByText(`Réponses justes : ${score} sur 12.`)).toBeTruthy();
		const validated = step('État d’acompte validé');
		const actor = within(validated).getByLabelText('Acteur qui dépose');
		expect(document.getElementById(actor.getAttribute('aria-describedby')!)?.textContent).toBe('✗ à revoir');
		const cadre = within(validated).getByLabelText('Cadre de facturation');
		expect(document.getElementById(cadre.getAttribute('aria-describedby')!)?.textContent).toBe('✓ juste');
		const wrongPlace = start.find((d, i) => d !== solved[i])!;
		expect(within(step(wrongPlace)).getByText('✗ position à revoir')).toBeTruthy();
		expect(within(step(wrongPlace)).getByText(/✗ À revoir \(\d sur 3 : position à revoir/)).toBeTruthy();
		expect(said()).toBe(`À revoir\u00a0: ${score} sur 12. Lisez l’explication sous chaque étape.`);
		expect($progress.get().attempts['circuit-travaux']).toMatchObject([{ score, max: 12, outcome: 'scored' }]);
	});

	test('« Voir la solution » orders the steps, fills every select, shows the deadlines and records one revealed attempt', async () => {
		renderIt();

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		await waitFor(() => expect(docs()).toEqual(solved));
		expect((within(step('État d’acompte')).getByLabelText('Cadre de facturation') as HTMLSelectElement).value).toBe('A15');
		expect((within(step('État d’acompte validé')).getByLabelText('Acteur qui dépose') as HTMLSelectElement).value).toBe('moa');
		expect(within(step('Projet de décompte général')).getByText('Solution :')).toBeTruthy();
		expect(screen.getByText('7 jours')).toBeTruthy();
		// No « Vérifier » nor « Voir la solution » until « Réessayer », which has the focus.
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réessayer' })));
		expect(screen.queryByRole('button', { name: 'Voir la solution' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();
		requestReveal('circuit-travaux');
		await new Promise((r) => setTimeout(r, 10));
		expect($progress.get().attempts).toEqual({ 'circuit-travaux': [expect.objectContaining({ score: 0, max: 12, outcome: 'revealed' })] });
	});

	test('the projection mode’s « révéler » signal shows the solution too', async () => {
		renderIt();

		requestReveal('circuit-travaux');

		expect(await within(step('État d’acompte')).findByText('Solution :')).toBeTruthy();
		expect(docs()).toEqual(solved);
	});

	test('« Réessayer » clears the selects, reshuffles into an unsolved order and puts focus on the first list', async () => {
		renderIt();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(docs()).not.toEqual(solved));
		expect(screen.getAllByLabelText('Acteur qui dépose').every((s) => (s as HTMLSelectElement).value === '')).toBe(true);
		expect(screen.queryByText('Solution :')).toBeNull();
		expect(screen.queryByText('7 jours')).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Acteur qui dépose')[0]));
	});

	test('« Vérifier » twice on the same circuit records once; a move makes it a new answer', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText(/Réponses justes : \d+ sur 12\./);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect($progress.get().attempts['circuit-travaux']).toHaveLength(1);
		fireEvent.click(within(step(docs()[0]!)).getByRole('button', { name: 'Descendre' }));
		await waitFor(() => expect(screen.queryByText(/Réponses justes/)).toBeNull());
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText(/Réponses justes : \d+ sur 12\./);
		expect($progress.get().attempts['circuit-travaux']).toHaveLength(2);
	});

	test('a check after the solution, the same day, is recorded as practice and said so', async () => {
		renderIt();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect($progress.get().attempts['circuit-travaux']?.map((a) => a.outcome)).toEqual(['revealed', 'practice']);
	});

	test('lists chosen before the island started are kept and checked', async () => {
		await hydrateAfter(widget, (html) => {
			for (const s of data.steps) {
				setSilently(html.querySelector(`#circuit-travaux-${s.id}-acteur`) as HTMLElement, s.actor);
				if (s.id !== 'etat-valide') setSilently(html.querySelector(`#circuit-travaux-${s.id}-cadre`) as HTMLElement, s.cadre);
			}
		});

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/1 étape incomplète \(1 liste sans réponse\)/, { selector: '.question-warning' })).toBeTruthy();
	});

	test('in demo mode the check works and nothing is recorded', async () => {
		setDemoMode(true);
		renderIt();
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Réponses justes : \d+ sur 12\./)).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});
});
