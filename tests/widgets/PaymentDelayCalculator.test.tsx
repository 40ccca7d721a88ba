// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import PaymentDelayCalculator, { type PaymentDelayProps } from '../../src/widgets/payment-delay/PaymentDelayCalculator';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

const src = { url: 'https://example.org/source', label: 'Source de test' };
const props: PaymentDelayProps = {
	exerciseId: 'delai',
	objectives: ['suivi'],
	buyerTypes: [
		{ id: 'etat-collectivites', label: 'État et collectivités territoriales', days: 30, source: src },
		{ id: 'hopital', label: 'Établissement public de santé', days: 50, source: src },
		{ id: 'entreprise-publique', label: 'Entreprise publique', days: 60, source: src },
	],
	rates: [
		{ from: '2026-01-01', rate: 10.15, confidence: 'sure', source: { url: 'https://example.org/taux-2026-1', label: 'Taux du 1er semestre 2026' } },
		{ from: '2026-07-01', rate: 10.4, confidence: 'likely', source: { url: 'https://example.org/taux-2026-2', label: 'Taux du 2e semestre 2026' } },
	],
	indemnity: 40,
	interruptionDays: 30,
	data: {
		buyerTypes: [
			{ id: 'etat-collectivites', label: 'État et collectivités territoriales', delayFact: 'delai-30' },
			{ id: 'hopital', label: 'Établissement public de santé', delayFact: 'delai-50' },
			{ id: 'entreprise-publique', label: 'Entreprise publique', delayFact: 'delai-60' },
		],
		rateFacts: ['taux-2026-1', 'taux-2026-2'],
		indemnityFact: 'indemnite',
		interruptionFact: 'interruption',
		cases: [
			// 20 Oct + 30 = 19 Nov; paid 1 Dec: 12 days; 3 000 × 10,40 % × 12 / 365 = 10,26 €.
			{ id: 'mairie', text: 'La mairie reçoit votre facture de 3 000 € TTC le 20 octobre 2026 et paie le 1er décembre 2026.', buyerType: 'etat-collectivites', receiptDate: '2026-10-20', paymentDate: '2026-12-01', amountTTC: 3000 },
			// 10 Mar + 50 = 29 Apr; paid 29 May: 30 days; 12 345,67 × 10,15 % × 30 / 365 = 102,99 €.
			{ id: 'hopital', text: 'Le centre hospitalier reçoit votre facture de 12 345,67 € TTC le 10 mars 2026 et paie le 29 mai 2026.', buyerType: 'hopital', receiptDate: '2026-03-10', paymentDate: '2026-05-29', amountTTC: 12345.67 },
		],
	},
};

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: RegExp, value: string) => fireEvent.input(field(label), { target: { value } });
const calculate = () => fireEvent.click(screen.getByRole('button', { name: 'Calculer' }));
const group = (name: string) => screen.getByRole('group', { name });
const attempts = () => $progress.get().attempts;
const answer = (name: string, due: string, interest: string) => {
	fireEvent.input(within(group(name)).getByLabelText('Date d’échéance'), { target: { value: due } });
	fireEvent.input(within(group(name)).getByLabelText('Intérêts moratoires (€)'), { target: { value: interest } });
};

function fillMonthEndCase() {
	fireEvent.change(screen.getByLabelText(/^Type d’acheteur public/), { target: { value: 'etat-collectivites' } });
	type(/^Date de réception de la facture/, '2026-10-20');
	type(/^Date du paiement effectif/, '2026-12-01');
	type(/^Montant TTC payé en retard/, '3 000,00');
}

/** The live region's text; a repeated message ends with a no-break space, so that it is said again. */
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
});
afterEach(() => cleanup());

// Testing Library collapses the no-break spaces of « 1 234,56 € » into plain spaces before matching.
describe('PaymentDelayCalculator: the calculator', () => {
	test('computes due date, lateness, interest and indemnity, shows the arithmetic and records nothing', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();

		calculate();

		const result = await screen.findByRole('region', { name: 'Résultat' });
		expect(within(result).getByText('19 novembre 2026').getAttribute('datetime')).toBe('2026-11-19');
		expect(within(result).getByText('12 jours')).toBeTruthy();
		expect(within(result).getByText('Intérêts moratoires : 3 000,00 € × 10,40 % × 12 / 365 = 10,26 €.')).toBeTruthy();
		expect(within(result).getByText('50,26 €')).toBeTruthy();
		expect(said()).toBe('Échéance\u00a0: 19 novembre 2026. Retard\u00a0: 12\u00a0jours. Intérêts et indemnité\u00a0: 50,26\u00a0€.');
		expect(attempts()).toEqual({});
	});

	test('prefills the rate of the semester in which interest starts, with its date, source and « À vérifier »', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();

		const rate = field(/^Taux des intérêts moratoires/);
		expect(rate.value).toBe('10,40');
		const hint = document.getElementById(rate.getAttribute('aria-describedby') ?? '') as HTMLElement;
		expect(hint.textContent).toMatch(/en vigueur au 1er juillet 2026/);
		expect(within(hint).getByText('À vérifier :')).toBeTruthy();
		expect(within(hint).getByRole('link', { name: 'Source\u00a0: Taux du 2e semestre 2026' }).getAttribute('href')).toBe('https://example.org/taux-2026-2');

		// Due on 29 June: interest starts on 30 June, in the first semester (a sure rate).
		type(/^Date de réception de la facture/, '2026-05-30');
		expect((await screen.findByDisplayValue('10,15')).id).toBe(rate.id);
		expect(within(hint).queryByText('À vérifier :')).toBeNull();
	});

	test('a rate typed by the learner is kept and used, and the proposed one can be taken back', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();
		type(/^Taux des intérêts moratoires/, '10,5');

		calculate();

		expect(await screen.findByText('Intérêts moratoires : 3 000,00 € × 10,50 % × 12 / 365 = 10,36 €.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: /^Reprendre le taux proposé/ }));
		expect(field(/^Taux des intérêts moratoires/).value).toBe('10,40');
	});

	test('amounts typed « 1234.56 » are accepted', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();
		type(/^Montant TTC payé en retard/, '1234.56');

		calculate();

		// 1 234,56 × 10,40 % × 12 / 365 = 1 540,73 / 365 = 4,2212 → 4,22 €.
		expect(await screen.findByText('Intérêts moratoires : 1 234,56 € × 10,40 % × 12 / 365 = 4,22 €.')).toBeTruthy();
	});

	test('errors: a summary « Il y a N erreurs » linking to each field, inline messages, aria-invalid, focus on the summary, right fields kept', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		type(/^Date de réception de la facture/, '2026-10-20');
		type(/^Montant TTC payé en retard/, 'trois mille');

		calculate();

		const heading = await screen.findByRole('heading', { name: 'Il y a 3 erreurs' });
		const summary = heading.parentElement as HTMLElement;
		const links = within(summary).getAllByRole('link');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['#delai-acheteur', '#delai-paiement', '#delai-montant']);
		expect(links[2]?.textContent).toMatch(/n’est pas un montant lisible/);
		const amount = field(/^Montant TTC payé en retard/);
		expect(amount.getAttribute('aria-invalid')).toBe('true');
		expect(amount.getAttribute('aria-describedby')).toContain('delai-montant-erreur');
		expect(document.getElementById('delai-montant-erreur')?.textContent).toMatch(/^Erreur\s: ✗ «\strois mille\s»/);
		await new Promise((r) => setTimeout(r, 10));
		expect(document.activeElement).toBe(summary);
		expect(field(/^Date de réception de la facture/).value).toBe('2026-10-20');
		expect(amount.value).toBe('trois mille');
		expect(said()).toBe('Il y a 3 erreurs\u00a0: corrigez les champs signalés.');

		fireEvent.click(links[0] as HTMLElement);
		expect(document.activeElement?.id).toBe('delai-acheteur');
	});

	test('a payment before receipt is an error on the payment date', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();
		type(/^Date du paiement effectif/, '2026-10-01');

		calculate();

		expect(await screen.findByRole('heading', { name: 'Il y a 1 erreur' })).toBeTruthy();
		expect(field(/^Date du paiement effectif/).getAttribute('aria-invalid')).toBe('true');
	});

	test('the interruption checkbox reveals two dates; documents before the interruption are refused', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();
		expect(screen.queryByLabelText(/^Début de l’interruption/)).toBeNull();

		fireEvent.click(screen.getByLabelText(/Le délai a été interrompu/));
		type(/^Début de l’interruption/, '2026-11-02');
		type(/^Réception de toutes les pièces demandées/, '2026-10-30');
		calculate();

		expect(await screen.findByRole('heading', { name: 'Il y a 1 erreur' })).toBeTruthy();
		expect(field(/^Réception de toutes les pièces demandées/).getAttribute('aria-invalid')).toBe('true');

		// 20 Oct → 2 Nov: 13 days, balance 17 < 30; documents on 6 Nov + 30 = 6 Dec: paid 1 Dec on time.
		type(/^Réception de toutes les pièces demandées/, '2026-11-06');
		calculate();
		const result = await screen.findByRole('region', { name: 'Résultat' });
		expect(within(result).getByText('6 décembre 2026')).toBeTruthy();
		expect(within(result).getByText('aucun : payé à temps')).toBeTruthy();
	});

	test('no rate known for the semester: the hint says so and « Calculer » asks for one', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fillMonthEndCase();
		type(/^Date de réception de la facture/, '2026-12-10');
		type(/^Date du paiement effectif/, '2027-01-20');

		calculate();

		expect(await screen.findByRole('link', { name: /Aucun taux connu pour le semestre commençant le 1er janvier 2027/ })).toBeTruthy();
		expect(field(/^Taux des intérêts moratoires/).getAttribute('aria-invalid')).toBe('true');
	});
});

describe('PaymentDelayCalculator: answers given before the island started', () => {
	test('the calculator keeps the list, dates, box and amount typed early, and computes with them', async () => {
		await hydrateAfter(<PaymentDelayCalculator {...props} />, (html) => {
			setSilently(html.querySelector('#delai-acheteur') as HTMLElement, 'etat-collectivites');
			setSilently(html.querySelector('#delai-reception') as HTMLElement, '2026-10-20');
			setSilently(html.querySelector('#delai-paiement') as HTMLElement, '2026-12-01');
			setSilently(html.querySelector('#delai-montant') as HTMLElement, '3 000,00');
			setSilently(html.querySelector('input[type="checkbox"]') as HTMLElement, true);
		});

		// The box ticked early shows the interruption's dates: the island knows it is ticked.
		expect(await screen.findByLabelText(/^Début de l’interruption/)).toBeTruthy();
		fireEvent.click(screen.getByLabelText(/Le délai a été interrompu/));
		// Buyer and dates were adopted: the semester's rate is proposed.
		expect(field(/^Taux des intérêts moratoires/).value).toBe('10,40');
		calculate();

		const result = await screen.findByRole('region', { name: 'Résultat' });
		expect(within(result).getByText('Intérêts moratoires : 3 000,00 € × 10,40 % × 12 / 365 = 10,26 €.')).toBeTruthy();
	});

	test('a case answered early is kept and checked', async () => {
		await hydrateAfter(<PaymentDelayCalculator {...props} />, (html) => {
			setSilently(html.querySelector('#delai-mairie-echeance') as HTMLElement, '2026-11-19');
			setSilently(html.querySelector('#delai-mairie-interets') as HTMLElement, '10,26');
		});

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		// Only the second case is missing: the first one's early answers count.
		expect(await screen.findByText(/ : 1 cas incomplet ou illisible\./, { selector: '.question-warning' })).toBeTruthy();
		answer('Cas 2', '2026-04-29', '102,99');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		expect(await within(group('Cas 1')).findByText('✓ Juste :')).toBeTruthy();
	});
});

describe('PaymentDelayCalculator: the practice cases', () => {

	test('shows each case’s text; right and wrong answers get feedback with the arithmetic, one attempt per case', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		expect(within(group('Cas 1')).getByText(/La mairie reçoit votre facture/)).toBeTruthy();
		const rates = screen.getByRole('table', { name: 'Taux connus, semestre par semestre' });
		const row = within(rates).getByText('1er juillet 2026').closest('tr') as HTMLElement;
		expect(row.textContent).toBe('1er juillet 202610,40\u00a0% (à vérifier)Taux du 2e semestre 2026');
		answer('Cas 1', '2026-11-19', '10,26');
		answer('Cas 2', '2026-04-30', '102.99');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('Cas 1')).findByText('✓ Juste :')).toBeTruthy();
		expect(within(group('Cas 2')).getByText('✗ À revoir :')).toBeTruthy();
		expect(within(group('Cas 2')).getByText(/l’échéance est le 29 avril 2026, pas le 30 avril 2026 ; les intérêts sont justes/)).toBeTruthy();
		expect(within(group('Cas 2')).getByText('Intérêts moratoires : 12 345,67 € × 10,15 % × 30 / 365 = 102,99 €.')).toBeTruthy();
		expect(attempts()['delai:mairie']).toMatchObject([{ score: 1, max: 1, outcome: 'scored', objectives: ['suivi'] }]);
		expect(attempts()['delai:hopital']).toMatchObject([{ score: 0, max: 1, outcome: 'scored' }]);
		expect(said()).toBe('À revoir\u00a0: 1 cas justes sur 2. Le calcul est détaillé sous chaque cas.');
	});

	test('an answer off by one cent is wrong', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		answer('Cas 1', '2026-11-19', '10,25');
		answer('Cas 2', '2026-04-29', '102,99');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('Cas 1')).findByText(/les intérêts sont de 10,26 €, pas 10,25 €/)).toBeTruthy();
		expect(attempts()['delai:mairie']?.[0]?.score).toBe(0);
		expect(attempts()['delai:hopital']?.[0]?.score).toBe(1);
	});

	test('checking with a case left blank records nothing', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		answer('Cas 1', '2026-11-19', '10,26');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/1 cas incomplet ou illisible/, { selector: '.question-warning' })).toBeTruthy();
		expect(attempts()).toEqual({});
	});

	test('« Voir la solution » fills the answers, explains them and records them as revealed', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect((within(group('Cas 2')).getByLabelText('Date d’échéance') as HTMLInputElement).value).toBe('2026-04-29');
		expect((await within(group('Cas 2')).findByLabelText('Intérêts moratoires (€)') as HTMLInputElement).value).toBe('102,99');
		expect(within(group('Cas 1')).getByText('Solution :')).toBeTruthy();
		expect(attempts()['delai:mairie']).toMatchObject([{ score: 0, outcome: 'revealed' }]);
		expect(attempts()['delai:hopital']).toMatchObject([{ score: 0, outcome: 'revealed' }]);
	});

	test('a reveal request from the projection mode shows the solution', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);

		requestReveal('delai');

		expect(await within(group('Cas 1')).findByText('Solution :')).toBeTruthy();
	});

	test('demo mode: the cases are checked but nothing is recorded', async () => {
		setDemoMode(true);
		renderAsServer(<PaymentDelayCalculator {...props} />);
		answer('Cas 1', '2026-11-19', '10,26');
		answer('Cas 2', '2026-04-29', '102,99');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('Cas 2')).findByText('✓ Juste :')).toBeTruthy();
		expect(attempts()).toEqual({});
	});

	test('« Réessayer » clears the answers and puts focus on the first case’s first field', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		answer('Cas 1', '2026-11-19', '10,26');
		answer('Cas 2', '2026-04-29', '102,99');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		expect((within(group('Cas 1')).getByLabelText('Intérêts moratoires (€)') as HTMLInputElement).value).toBe('');
		expect(screen.queryByText('✓ Juste :')).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(within(group('Cas 1')).getByLabelText('Date d’échéance')));
		expect(said()).toBe('Réponses effacées\u00a0: à vous.');
	});

	test('« Vérifier » twice on the same answers records once', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		answer('Cas 1', '2026-11-19', '10,26');
		answer('Cas 2', '2026-04-29', '102,99');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await within(group('Cas 2')).findByText('✓ Juste :');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect(attempts()['delai:mairie']).toHaveLength(1);
		expect(attempts()['delai:hopital']).toHaveLength(1);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer »; a check then is practice, and said so', async () => {
		renderAsServer(<PaymentDelayCalculator {...props} />);
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réessayer' })));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		answer('Cas 1', '2026-11-19', '10,26');
		answer('Cas 2', '2026-04-29', '102,99');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect(said()).toMatch(/^Correct\s: 2 sur 2\. Essai d’entraînement/);
		expect(attempts()['delai:mairie']?.map((a) => [a.outcome, a.score])).toEqual([
			['revealed', 0],
			['practice', 1],
		]);
	});
});
