// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { WorksDepositSchema } from '../../src/schemas/works-deposit';
import { $progress, connectStorage } from '../../src/stores/progress';
import WorksDeposit from '../../src/widgets/works-deposit/WorksDeposit';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

// The real data of lesson 13: the first case is the titulaire's March deposit.
const data = WorksDepositSchema.parse(JSON.parse(readFileSync('content/exercises/depot-travaux.json', 'utf-8')).data);
const widget = <WorksDeposit exerciseId="depot-travaux" objectives={['travaux']} data={data} />;
const show = () => renderAsServer(widget);
const outcomes = (id = 'titulaire-mars') => ($progress.get().attempts[`depot-travaux:${id}`] ?? []).map((a) => a.outcome);
const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const deposit = () => fireEvent.click(screen.getByRole('button', { name: 'Déposer la pièce' }));
const live = () => screen.getByRole('status').textContent?.trim() ?? '';

/** The titulaire's March deposit, right unless a field is overridden. */
function fillMarch(change: Record<string, string> = {}) {
	const v = { numero: 'BS-2026-031', moa: '21960415400019', service: 'TRAV-BAT', moe: '53917284100022', ej: 'EJ-2026-0150', ht: '48 000,00', tva: '9 600,00', ttc: '57 600,00', ...change };
	fireEvent.change(screen.getByLabelText(/^Dépôt initial/), { target: { checked: true } });
	choose(/^Cadre de facturation/, 'A4');
	type(/^Numéro de la pièce/, v.numero);
	type(/^SIRET de la maîtrise d’ouvrage/, v.moa);
	type('Code service', v.service);
	type(/^SIRET du maître d’œuvre/, v.moe);
	type(/^Numéro d’engagement/, v.ej);
	type(/^Montant HT/, v.ht);
	type(/^Montant de TVA/, v.tva);
	type(/^Montant TTC/, v.ttc);
}

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('WorksDeposit', () => {
	test('shows the case’s documents, the path to « Déposer » and says it is a simulation', () => {
		show();

		expect(screen.getByRole('heading', { name: 'Fiche identité du marché n° 2026-TRAV-014 (fictive)' })).toBeTruthy();
		expect(screen.getByRole('heading', { name: /^CCAP du marché/ })).toBeTruthy();
		expect(screen.getByRole('heading', { name: /^Situation de travaux de mars 2026/ })).toBeTruthy();
		expect(screen.getByText(/Simulation — ce n’est pas le portail Chorus Pro/)).toBeTruthy();
		expect(screen.getByRole('group', { name: /Étape 1 sur 3 — Type de dépôt \(libellés indicatifs\)/ })).toBeTruthy();
	});

	test('an unsure cadre says so beside the list, in an element carrying its note', () => {
		show();
		const hint = document.getElementById('depot-travaux-titulaire-mars-cadre-aide') as HTMLElement;

		expect(hint.hasAttribute('data-fact-note')).toBe(true);
		expect(hint.textContent).toMatch(/A6, libellé exact à vérifier/);
		expect(within(screen.getByLabelText(/^Cadre de facturation/)).getByRole('option', { name: /^A6 .*\(à vérifier\)$/ })).toBeTruthy();
	});

	test('an empty deposit is refused: French error summary with links, inline errors, aria-invalid, nothing recorded', async () => {
		show();
		deposit();

		const heading = await screen.findByRole('heading', { name: 'Il y a 9 erreurs' });
		const links = within(heading.parentElement as HTMLElement).getAllByRole('link');
		expect(links[0]?.getAttribute('href')).toBe('#depot-travaux-titulaire-mars-depot-initial');
		expect(links[0]?.textContent).toMatch(/^Type de dépôt \(étape 1\)\s: Étape 1\s: indiquez s’il s’agit d’un dépôt initial/);
		expect(screen.getByLabelText(/^SIRET du maître d’œuvre/).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText('Saisissez le SIRET du maître d’œuvre (14 chiffres).', { selector: '.field-error' })).toBeTruthy();
		expect(live()).toBe('Il y a 9 erreurs\u00a0: la pièce n’est pas déposée.');
		await waitFor(() => expect(document.activeElement).toBe(document.querySelector('.wd-status')));
		expect($progress.get().attempts).toEqual({});
	});

	test('a wrong SIRET of the MOE is deposited, then its feedback says where the datum comes from and why this one is wrong', async () => {
		show();
		fillMarch({ moe: '61842739700012' });
		deposit();

		expect(await screen.findByRole('heading', { name: '✗ 1 réponse à revoir (9 sur 10 justes)' })).toBeTruthy();
		const line = screen.getByText(/SIRET du maître d’œuvre/, { selector: '.field-results strong' }).closest('li') as HTMLElement;
		expect(line.textContent).toMatch(/Fiche identité, rubrique 3 «\sMaîtrise d’œuvre\s».*C’est le SIRET du contrôleur technique/);
		expect(live()).toBe('Pièce déposée (simulation). 9 réponses justes sur 10. À revoir\u00a0: SIRET du maître d’œuvre.');
		expect($progress.get().attempts['depot-travaux:titulaire-mars']?.[0]).toMatchObject({ score: 9, max: 10, objectives: ['travaux'] });
	});
});

describe('WorksDeposit on the practice kit', () => {
	test('depositing the same answer twice records once', async () => {
		show();
		fillMarch();
		deposit();
		await screen.findByRole('heading', { name: '✓ Tout est juste (10 sur 10)' });

		deposit();

		await waitFor(() => expect(live()).toContain('Réponse déjà vérifiée'));
		expect(outcomes()).toEqual(['scored']);
	});

	test('« Voir la solution », then « Réessayer », then a deposit records revealed, then practice', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		expect(await screen.findByRole('heading', { name: 'Solution' })).toBeTruthy();
		expect((screen.getByLabelText(/^SIRET du maître d’œuvre/) as HTMLInputElement).value).toBe('53917284100022');
		expect(screen.queryByRole('button', { name: 'Déposer la pièce' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		expect((screen.getByLabelText(/^Numéro de la pièce/) as HTMLInputElement).value).toBe('');
		fillMarch();
		deposit();

		expect(await screen.findByRole('heading', { name: '✓ Tout est juste (10 sur 10)' })).toBeTruthy();
		expect(outcomes()).toEqual(['revealed', 'practice']);
		expect(screen.getByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
	});

	test('« Réessayer » empties the deposit and puts focus on the first control, the list of cases', async () => {
		show();
		fillMarch({ ht: '640000', ttc: '649600' });
		deposit();
		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Cas à traiter')));
		expect((screen.getByLabelText(/^Montant HT/) as HTMLInputElement).value).toBe('');
		expect(screen.queryByRole('heading', { name: /à revoir/ })).toBeNull();
	});

	test('the MOE’s case: association shows the dossiers; the amount asked for is explained by the sums admitted', async () => {
		show();
		fireEvent.click(screen.getByRole('button', { name: 'Cas suivant' }));
		fireEvent.click(screen.getByRole('button', { name: 'Cas suivant' }));
		await waitFor(() => expect(live()).toMatch(/^Cas 3\s: Atelier Ligne Claire/));
		fireEvent.change(screen.getByLabelText(/^Association à un dossier/), { target: { checked: true } });
		choose(/^Dossier de facturation/, 'bs-2026-031');
		choose(/^Cadre de facturation/, 'A15');
		type(/^Numéro de la pièce/, 'BS-2026-031-EA');
		type(/^SIRET de la maîtrise d’ouvrage/, '21960415400019');
		type(/^Numéro d’engagement/, 'EJ-2026-0150');
		type(/^Montant HT/, '48000');
		type(/^Montant de TVA/, '9600');
		type(/^Montant TTC/, '57600');
		deposit();

		expect(await screen.findByRole('heading', { name: '✗ 3 réponses à revoir (6 sur 9 justes)' })).toBeTruthy();
		expect(screen.getByText(/jamais un motif de refus/, { selector: '.wd-pitfall' })).toBeTruthy();
		expect(outcomes('moe-etat-acompte')).toEqual(['scored']);
	});

	test('answers given before hydration (a radio, lists, text) are taken over', async () => {
		await hydrateAfter(widget, (container) => {
			const get = (label: RegExp) => within(container).getByLabelText(label);
			setSilently(get(/^Dépôt initial/), true);
			setSilently(get(/^Cadre de facturation/), 'A4');
			setSilently(get(/^Numéro de la pièce/), 'BS-2026-031');
			setSilently(get(/^SIRET de la maîtrise d’ouvrage/), '21960415400019');
			setSilently(get(/^Code service/), 'TRAV-BAT');
			setSilently(get(/^SIRET du maître d’œuvre/), '53917284100022');
			setSilently(get(/^Numéro d’engagement/), 'EJ-2026-0150');
			setSilently(get(/^Montant HT/), '48 000,00');
			setSilently(get(/^Montant de TVA/), '9 600,00');
			setSilently(get(/^Montant TTC/), '57 600,00');
		});
		deposit();

		expect(await screen.findByRole('heading', { name: '✓ Tout est juste (10 sur 10)' })).toBeTruthy();
		expect(outcomes()).toEqual(['scored']);
	});
});
