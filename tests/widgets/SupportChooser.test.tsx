// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SupportChooserData } from '../../src/lib/support-chooser';
import { createSafeStorage } from '../../src/lib/storage';
import { SupportChooserSchema } from '../../src/schemas/sequence-2-extra-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import SupportChooser from '../../src/widgets/support/SupportChooser';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

const kinds = [
	{ text: 'Vous ne parvenez plus à vous connecter au portail', channel: 'ticket', mode: 'deconnecte', why: 'Sans connexion, le ticket se crée en mode déconnecté.' },
	{ text: 'Vous voulez le statut d’une facture dont vous avez le numéro', channel: 'claudia', mode: 'connecte', why: 'ClaudIA donne le suivi d’une facture à partir de son numéro.' },
	{ text: 'Votre gestionnaire principal est parti sans transférer son rôle', channel: 'ticket', mode: 'connecte', why: 'Seul le support désigne un nouveau gestionnaire, sur ticket.' },
	{ text: 'Un message d’erreur bloque votre dépôt et vous voulez un humain', channel: 'chat', mode: 'connecte', why: 'Le chat avec un agent répond en direct aux heures ouvrées.' },
] as const;

const data: SupportChooserData = SupportChooserSchema.parse({
	channels: [
		{ id: 'claudia', label: 'ClaudIA, l’assistante virtuelle' },
		{ id: 'chat', label: 'Chat avec un agent' },
		{ id: 'ticket', label: 'Demande d’aide (ticket)' },
	],
	modes: [
		{ id: 'connecte', label: 'Mode connecté' },
		{ id: 'deconnecte', label: 'Mode déconnecté' },
	],
	situations: Array.from({ length: 8 }, (_, i) => ({ id: `s${i + 1}`, ...kinds[i % 4]!, text: `${kinds[i % 4]!.text} (cas ${i + 1}).` })),
});

const widget = <SupportChooser exerciseId="support-canaux" objectives={['support']} data={data} />;
const renderIt = () => renderAsServer(widget);
const situation = (n: number) => screen.getByRole('group', { name: new RegExp(`\\(cas ${n}\\)\\.$`) });
const pick = (n: number, label: 'Canal' | 'Mode', value: string) => fireEvent.change(within(situation(n)).getByLabelText(label), { target: { value } });
function fillRightly() {
	data.situations.forEach((s, i) => {
		pick(i + 1, 'Canal', s.channel);
		pick(i + 1, 'Mode', s.mode);
	});
}
const legends = () => [...document.querySelectorAll('legend')].map((l) => l.textContent);
/** The live region's text; a repeated message ends with a no-break space, so that it is said again. */
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');

beforeEach(() => {
	setDemoMode(false);
	connectStorage(createSafeStorage(() => new FakeStorage()));
});
afterEach(() => {
	cleanup();
	setDemoMode(false);
});

describe('SupportChooser', () => {
	test('each situation is a group named by its text, with the « Canal » and « Mode » lists, shuffled', () => {
		renderIt();

		expect(screen.getAllByLabelText('Canal')).toHaveLength(8);
		expect(screen.getAllByLabelText('Mode')).toHaveLength(8);
		expect(within(situation(1)).getByRole('option', { name: 'Mode déconnecté' })).toBeTruthy();
		expect(within(situation(1)).getByRole('option', { name: 'Demande d’aide (ticket)' })).toBeTruthy();
		expect(legends()).not.toEqual(data.situations.map((s) => s.text));
	});

	test('an empty select blocks « Vérifier » with the count of missing answers, and nothing is recorded', async () => {
		renderIt();
		fillRightly();
		pick(2, 'Mode', '');
		pick(3, 'Canal', '');
		pick(3, 'Mode', '');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const text = 'Choisissez un canal et un mode pour chaque situation avant de vérifier\u00a0: 2 situations incomplètes (3 listes sans réponse).';
		expect(await screen.findByText(text.replace(/\u00a0/g, ' '), { selector: '.question-warning' })).toBeTruthy();
		expect(said()).toBe(text);
		expect(within(situation(2)).getByLabelText('Mode').getAttribute('aria-invalid')).toBe('true');
		expect(within(situation(2)).getByLabelText('Canal').getAttribute('aria-invalid')).toBeNull();
		expect($progress.get().attempts).toEqual({});
	});

	test('per-pair feedback: channel and mode judged apart, a score line, one attempt per situation out of 2', async () => {
		renderIt();
		fillRightly();
		pick(1, 'Mode', 'connecte');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 15 sur 16.')).toBeTruthy();
		const half = situation(1);
		expect(within(half).getByText('✓ juste')).toBeTruthy();
		expect(within(half).getByText('✗ à revoir')).toBeTruthy();
		expect(within(half).getByLabelText('Mode').getAttribute('aria-describedby')).toBe('support-canaux-s1-mode-mark');
		expect(within(half).getByText(/✗ À revoir \(1 sur 2 : canal juste, mode à revoir\)/)).toBeTruthy();
		expect(within(half).getByText(/le ticket se crée en mode déconnecté/)).toBeTruthy();
		expect(within(situation(2)).getByText(/✓ Juste \(2 sur 2/)).toBeTruthy();
		expect(said()).toBe('À revoir\u00a0: 15 sur 16. Lisez l’explication sous chaque situation.');
		const attempts = $progress.get().attempts;
		expect(Object.keys(attempts)).toHaveLength(8);
		expect(attempts['support-canaux:s1']).toMatchObject([{ score: 1, max: 2, outcome: 'scored', objectives: ['support'], context: 'lesson' }]);
		expect(attempts['support-canaux:s2']).toMatchObject([{ score: 2, max: 2, outcome: 'scored' }]);
	});

	test('changing an answer after checking removes the stale feedback', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText('Réponses justes : 16 sur 16.');

		pick(4, 'Canal', 'claudia');

		await waitFor(() => expect(screen.queryByText(/Réponses justes/)).toBeNull());
		expect(within(situation(4)).queryByText('✓ juste')).toBeNull();
	});

	test('« Voir la solution » fills every select, explains each situation and records them as revealed, once', async () => {
		renderIt();

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((within(situation(1)).getByLabelText('Mode') as HTMLSelectElement).value).toBe('deconnecte');
		expect((within(situation(4)).getByLabelText('Canal') as HTMLSelectElement).value).toBe('chat');
		expect(await within(situation(2)).findByText('Solution :')).toBeTruthy();
		// No « Vérifier » nor « Voir la solution » until « Réessayer »; a projection request shows the same thing.
		expect(screen.queryByRole('button', { name: 'Voir la solution' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();
		requestReveal('support-canaux');
		await new Promise((r) => setTimeout(r, 10));
		expect($progress.get().attempts['support-canaux:s1']).toEqual([expect.objectContaining({ score: 0, max: 2, outcome: 'revealed' })]);
		expect(Object.keys($progress.get().attempts)).toHaveLength(8);
	});

	test('the projection mode’s « révéler » signal shows the solution too', async () => {
		renderIt();

		requestReveal('support-canaux');

		expect(await within(situation(3)).findByText('Solution :')).toBeTruthy();
		expect((within(situation(3)).getByLabelText('Canal') as HTMLSelectElement).value).toBe('ticket');
	});

	test('« Réessayer » clears the answers, reshuffles the situations and puts focus on the first list', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		const before = legends();

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(legends()).not.toEqual(before));
		expect([...legends()].sort()).toEqual([...before].sort());
		expect(screen.getAllByLabelText('Canal').every((s) => (s as HTMLSelectElement).value === '')).toBe(true);
		expect(screen.queryByText(/Réponses justes/)).toBeNull();
		expect(said()).toBe('Réponses effacées et situations mélangées\u00a0: à vous.');
		await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Canal')[0]));
	});

	test('« Vérifier » twice on the same answers records once and says the answer is already checked', async () => {
		renderIt();
		fillRightly();
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText('Réponses justes : 16 sur 16.');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect($progress.get().attempts['support-canaux:s1']).toHaveLength(1);
	});

	test('a check after the solution, the same day, is recorded as practice and said so', async () => {
		renderIt();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));
		await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Canal')[0]));
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect(said()).toMatch(/^Correct\s: 16 sur 16\. Essai d’entraînement/);
		expect($progress.get().attempts['support-canaux:s4']?.map((a) => [a.outcome, a.score])).toEqual([
			['revealed', 0],
			['practice', 2],
		]);
	});

	test('lists chosen before the island started are kept and checked', async () => {
		await hydrateAfter(widget, (html) => {
			setSilently(html.querySelector('#support-canaux-s4-canal') as HTMLElement, 'chat');
			setSilently(html.querySelector('#support-canaux-s4-mode') as HTMLElement, 'connecte');
		});

		expect((within(situation(4)).getByLabelText('Canal') as HTMLSelectElement).value).toBe('chat');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/7 situations incomplètes \(14 listes sans réponse\)/, { selector: '.question-warning' })).toBeTruthy();
	});

	test('in demo mode the check works and nothing is recorded', async () => {
		setDemoMode(true);
		renderIt();
		fillRightly();

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Réponses justes : 16 sur 16.')).toBeTruthy();
		expect($progress.get().attempts).toEqual({});
	});
});
