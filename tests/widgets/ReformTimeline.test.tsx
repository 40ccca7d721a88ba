// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { ReformTimelineSchema } from '../../src/schemas/sequence-2-extra-widgets';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import ReformTimeline, { type ReformTimelineProps } from '../../src/widgets/reform/ReformTimeline';
import { hydrateAfter, renderAsServer, setSilently } from '../support/early-input';
import { FakeStorage } from '../support/fake-storage';

const official = { url: 'https://www.impots.gouv.fr/node/14368', label: 'impots.gouv.fr' };
const press = { url: 'https://www.legifiscal.fr/actualites-fiscales/4280-plf-2026-nouveautes-facturation-electronique.html', label: 'Légifiscal' };
const M = 1_000_000;

const props: ReformTimelineProps = {
	exerciseId: 'taille',
	objectives: ['reforme'],
	thresholds: {
		microHeadcount: 10,
		microAmount: 2 * M,
		pmeHeadcount: 250,
		pmeTurnover: 50 * M,
		pmeBalance: 43 * M,
		etiHeadcount: 5_000,
		etiTurnover: 1_500 * M,
		etiBalance: 2_000 * M,
	},
	assessmentDate: '2025-01-01',
	obligations: [
		{ id: 'reception', duty: 'reception', categories: ['micro', 'pme', 'eti', 'ge'], established: true, date: '2026-09-01', text: 'Toutes les entreprises assujetties doivent pouvoir recevoir.', confidence: 'sure', source: official },
		{ id: 'emission-ge', duty: 'emission', categories: ['eti', 'ge'], established: true, date: '2026-09-01', text: 'Les GE et les ETI émettent leurs factures.', confidence: 'sure', source: official },
		{ id: 'emission-pme', duty: 'emission', categories: ['micro', 'pme'], established: true, date: '2027-09-01', text: 'Les PME et micro-entreprises émettent leurs factures.', confidence: 'likely', source: press },
		{ id: 'ereporting-non-etabli', duty: 'e-reporting', categories: ['micro', 'pme', 'eti', 'ge'], established: false, date: '2027-09-01', text: 'Les assujettis non établis font le e-reporting.', confidence: 'likely', source: press },
	],
	history: [
		{ id: 'calendrier-2022', text: 'Calendrier initial (décret de 2022).', dates: [{ date: '2024-07-01', label: 'réception par toutes les entreprises' }] },
		{ id: 'report-2023', text: 'Report annoncé sans date par la DGFiP.', dates: [] },
	],
	today: '2026-11-28',
	sources: [official],
	data: ReformTimelineSchema.parse({
		thresholds: {
			microHeadcount: 'micro-effectif',
			microAmount: 'micro-montant',
			pmeHeadcount: 'pme-effectif',
			pmeTurnover: 'pme-ca',
			pmeBalance: 'pme-bilan',
			etiHeadcount: 'eti-effectif',
			etiTurnover: 'eti-ca',
			etiBalance: 'eti-bilan',
		},
		assessmentFact: 'date-appreciation',
		obligations: [
			{ id: 'reception', duty: 'reception', categories: ['micro', 'pme', 'eti', 'ge'], established: true, dateFact: 'reception', text: 'Toutes les entreprises reçoivent.' },
			{ id: 'emission-ge', duty: 'emission', categories: ['eti', 'ge'], established: true, dateFact: 'emission-ge', text: 'Les GE et ETI émettent.' },
			{ id: 'emission-pme', duty: 'emission', categories: ['micro', 'pme'], established: true, dateFact: 'emission-pme', text: 'Les PME et micro émettent.' },
		],
		history: [
			{ id: 'calendrier-2022', text: 'Calendrier initial de 2022.' },
			{ id: 'report-2023', text: 'Report annoncé en 2023.' },
		],
		actions: [
			{ duty: 'reception', text: 'Choisir une plateforme agréée et vérifier son adresse dans l’annuaire.' },
			{ duty: 'reception', text: 'Vérifier son inscription dans l’annuaire.' },
			{ duty: 'emission', text: 'Vérifier que votre logiciel produit Factur-X, UBL ou CII.' },
			{ duty: 'e-reporting', text: 'Préparer les données de vos ventes aux particuliers.' },
		],
		cases: [
			{ id: 'boulangerie', text: 'Une boulangerie de quartier.', headcount: 6, turnover: 800_000, balanceSheet: 300_000, established: true },
			{ id: 'industriel', text: 'Un industriel régional.', headcount: 300, turnover: 80 * M, balanceSheet: 90 * M, established: true },
			{ id: 'negoce', text: 'Un négociant avec peu de salariés mais de gros volumes.', headcount: 40, turnover: 60 * M, balanceSheet: 40 * M, established: true },
		],
	}),
};

const attempts = () => $progress.get().attempts;
const group = (name: string) => screen.getByRole('group', { name });
const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const determine = () => fireEvent.click(screen.getByRole('button', { name: 'Déterminer' }));
const timelineItems = async () => within(await screen.findByRole('list', { name: 'Calendrier de vos obligations' })).getAllByRole('listitem');
const pick = (caseName: string, value: string) => fireEvent.change(within(group(caseName)).getByLabelText('Catégorie'), { target: { value } });

function figures(headcount: string, turnover: string, balance: string) {
	type(/^Effectif/, headcount);
	type(/^Chiffre d’affaires annuel/, turnover);
	type(/^Total de bilan/, balance);
}

/** The live region's text; a repeated message ends with a no-break space, so that it is said again. */
const said = () => screen.getByRole('status').textContent?.replace(/\u00a0$/, '');

beforeEach(() => {
	// Only Date is faked: the stores' re-render timers must keep running.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2026, 10, 28, 10, 0));
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('ReformTimeline: category and calendar', () => {
	test('figures of an ETI give the reasoning step by step and a timeline with « aujourd’hui » in its place; nothing is recorded', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		figures('300', '80 000 000', '90000000');

		determine();

		expect(await screen.findByRole('heading', { name: 'Catégorie\u00a0: ETI (entreprise de taille intermédiaire)' })).toBeTruthy();
		expect(screen.getByText('Effectif : 300 personnes, 250 ou plus : ce n’est pas une PME.')).toBeTruthy();
		const items = await timelineItems();
		expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2026-09-01', '2026-09-01', '2026-11-28']);
		expect(items[2]?.textContent).toBe('Aujourd’hui, 28 novembre 2026\u00a0: vous êtes ici');
		expect(items[0]?.textContent).toContain('Recevoir des factures électroniques — ✓ en vigueur depuis le 1er septembre 2026');
		expect(items[1]?.textContent).toContain('Fiabilité\u00a0: confirmé.');
		expect(said()).toBe('Catégorie\u00a0: ETI. 2 obligations en vigueur, 0 à venir.');
		expect(attempts()).toEqual({});
	});

	test('a PME: the coming duty says in how many days, « à vérifier », its source, and what to do now', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		figures('120', '60 000 000', '40 000 000');

		determine();

		const items = await timelineItems();
		expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual(['1er septembre 2026', 'Aujourd’hui, 28 novembre 2026', '1er septembre 2027']);
		expect(items[2]?.textContent).toContain('⏳ dans 277\u00a0jours (le 1er septembre 2027)');
		expect(items[2]?.textContent).toContain('Fiabilité\u00a0: probable, à vérifier.');
		expect(within(items[2] as HTMLElement).getByRole('link', { name: 'Source\u00a0: Légifiscal' }).getAttribute('href')).toBe(press.url);
		const todo = screen.getByRole('heading', { name: 'Ce que vous devez faire maintenant' }).nextElementSibling as HTMLElement;
		const duties = within(todo).getAllByRole('listitem').filter((li) => li.parentElement === todo);
		expect(duties.map((li) => li.firstElementChild?.textContent)).toEqual(['Recevoir des factures électroniques', 'Émettre des factures électroniques']);
		expect(duties[0]?.textContent).toContain('(en vigueur)\u00a0:');
		expect(within(duties[0] as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
			'Choisir une plateforme agréée et vérifier son adresse dans l’annuaire.',
			'Vérifier son inscription dans l’annuaire.',
		]);
		expect(duties[1]?.textContent).toContain('(dans 277\u00a0jours)\u00a0:');
		expect(within(duties[1] as HTMLElement).getByText('Vérifier que votre logiciel produit Factur-X, UBL ou CII.')).toBeTruthy();
	});

	test('the history is behind a disclosure button with aria-expanded', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		figures('120', '60 000 000', '40 000 000');
		determine();
		const button = await screen.findByRole('button', { name: 'Voir l’historique du calendrier' });
		expect(button.getAttribute('aria-expanded')).toBe('false');
		expect(screen.getByText('Calendrier initial (décret de 2022).').closest('[hidden]')).not.toBeNull();

		fireEvent.click(button);

		expect((await screen.findByText('Calendrier initial (décret de 2022).')).closest('[hidden]')).toBeNull();
		expect(button.getAttribute('aria-expanded')).toBe('true');
		expect(screen.getByText('1er juillet 2024').getAttribute('datetime')).toBe('2024-07-01');
	});

	test('errors: a summary with links, aria-invalid, inline messages, focus on the summary; nothing computed', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		figures('', '2,5 M€', '1000');

		determine();

		const heading = await screen.findByRole('heading', { name: 'Il y a 2 erreurs' });
		const summary = heading.parentElement as HTMLElement;
		expect(within(summary).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#taille-effectif', '#taille-ca']);
		expect(screen.getByLabelText(/^Chiffre d’affaires annuel/).getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByLabelText(/^Total de bilan/).getAttribute('aria-invalid')).toBeNull();
		expect(screen.getByText(/« 2,5 M€ » n’est pas lisible/, { selector: '.field-errors' })).toBeTruthy();
		expect((screen.getByLabelText(/^Total de bilan/) as HTMLInputElement).value).toBe('1000');
		await waitFor(() => expect(document.activeElement).toBe(summary));
		expect(screen.queryByRole('heading', { name: /^Catégorie/ })).toBeNull();
		expect(said()).toBe('Il y a 2 erreurs\u00a0: corrigez les champs signalés.');
	});

	test('a category picked directly, for a company not established in France', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		fireEvent.click(screen.getByLabelText('Je connais déjà sa catégorie'));
		fireEvent.change(await screen.findByLabelText(/^Catégorie de l’entreprise/), { target: { value: 'micro' } });
		fireEvent.click(screen.getByLabelText('L’entreprise est assujettie à la TVA et établie en France'));

		determine();

		expect(await screen.findByRole('heading', { name: 'Catégorie\u00a0: Micro-entreprise' })).toBeTruthy();
		expect(screen.getByText(/Catégorie indiquée par vous/)).toBeTruthy();
		const items = await timelineItems();
		expect(items).toHaveLength(2);
		expect(items[1]?.textContent).toContain('Transmettre les données à l’administration (e-reporting)');
		expect(screen.getByText(/Franchise en base de TVA comprise/)).toBeTruthy();
	});

	test('picking no category is an error on the select', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		fireEvent.click(screen.getByLabelText('Je connais déjà sa catégorie'));

		determine();

		expect(await screen.findByRole('link', { name: 'Choisissez la catégorie de l’entreprise.' })).toBeTruthy();
		expect(screen.getByLabelText(/^Catégorie de l’entreprise/).getAttribute('aria-invalid')).toBe('true');
	});

	test('a learner’s page has no trainer’s date control (it lives in the projection)', () => {
		renderAsServer(<ReformTimeline {...props} />);

		expect(screen.queryByLabelText(/^Date du jour/)).toBeNull();
		expect(screen.queryByRole('button', { name: 'Revenir à aujourd’hui' })).toBeNull();
	});

	test('the trainer’s date recomputes everything; « Revenir à aujourd’hui » goes back to the device’s date', async () => {
		renderAsServer(<ReformTimeline {...props} trainerDate />);
		figures('120', '60 000 000', '40 000 000');
		determine();
		await timelineItems();

		type(/^Date du jour \(formateur\)/, '2027-09-01');

		await waitFor(() => expect(screen.getByRole('listitem', { current: 'date' }).textContent).toBe('Aujourd’hui, 1er septembre 2027\u00a0: vous êtes ici'));
		const items = await timelineItems();
		expect(items[1]?.textContent).toContain('✓ en vigueur depuis aujourd’hui, le 1er septembre 2027');
		expect(items[2]).toBe(screen.getByRole('listitem', { current: 'date' }));
		expect(said()).toBe('Date du jour fixée au 1er septembre 2027\u00a0: le calendrier est recalculé.');

		fireEvent.click(screen.getByRole('button', { name: 'Revenir à aujourd’hui' }));

		await waitFor(() => expect(screen.getByRole('listitem', { current: 'date' }).textContent).toBe('Aujourd’hui, 28 novembre 2026\u00a0: vous êtes ici'));
		expect((screen.getByLabelText(/^Date du jour/) as HTMLInputElement).value).toBe('2026-11-28');
	});

	test('the browser’s date replaces the build date', async () => {
		renderAsServer(<ReformTimeline {...props} today="2026-01-01" trainerDate />);

		await waitFor(() => expect((screen.getByLabelText(/^Date du jour/) as HTMLInputElement).value).toBe('2026-11-28'));
		expect(screen.getByText(/la date de votre appareil \(28 novembre 2026\)/)).toBeTruthy();
	});

	test('lists the sources', () => {
		renderAsServer(<ReformTimeline {...props} />);

		expect(screen.getByRole('link', { name: 'impots.gouv.fr' }).getAttribute('href')).toBe(official.url);
	});
});

describe('ReformTimeline: practice', () => {
	test('shows each case with its figures, in French', () => {
		renderAsServer(<ReformTimeline {...props} />);

		expect(within(group('Entreprise 2')).getByText('Un industriel régional.')).toBeTruthy();
		expect(within(group('Entreprise 2')).getByText('80 000 000 €')).toBeTruthy();
		expect(within(group('Entreprise 2')).getByText('300 personnes')).toBeTruthy();
	});

	test('« Vérifier » gives per-case feedback with the reasoning and records one attempt per case', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		pick('Entreprise 1', 'micro');
		pick('Entreprise 2', 'pme');
		pick('Entreprise 3', 'pme');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('Entreprise 2')).findByText('✗ À revoir :')).toBeTruthy();
		expect(within(group('Entreprise 2')).getByText(/c’est une ETI, pas une PME\./)).toBeTruthy();
		expect(within(group('Entreprise 2')).getByText('Effectif : 300 personnes, 250 ou plus : ce n’est pas une PME.')).toBeTruthy();
		expect(within(group('Entreprise 3')).getByText('✓ Juste :')).toBeTruthy();
		expect(within(group('Entreprise 3')).getByText(/l’un des deux suffit/)).toBeTruthy();
		expect(within(group('Entreprise 1')).getByText(/émettre des factures électroniques à partir du 1er septembre 2027/)).toBeTruthy();
		expect(attempts()['taille:boulangerie']).toMatchObject([{ score: 1, max: 1, outcome: 'scored', objectives: ['reforme'], context: 'lesson' }]);
		expect(attempts()['taille:industriel']).toMatchObject([{ score: 0, max: 1, outcome: 'scored' }]);
		expect(attempts()['taille:negoce']).toMatchObject([{ score: 1, max: 1 }]);
		expect(said()).toBe('À revoir\u00a0: 2 sur 3 justes. Le raisonnement est détaillé sous chaque entreprise.');
	});

	test('checking with a case left unanswered records nothing', () => {
		renderAsServer(<ReformTimeline {...props} />);
		pick('Entreprise 1', 'micro');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(screen.getByText('Choisissez une catégorie pour chaque entreprise avant de vérifier : 2 sans réponse.', { selector: '.question-warning' })).toBeTruthy();
		expect(attempts()).toEqual({});
	});

	test('« Voir la solution » selects the right categories, explains them and records them as revealed', async () => {
		renderAsServer(<ReformTimeline {...props} />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect(((await within(group('Entreprise 2')).findByLabelText('Catégorie')) as HTMLSelectElement).value).toBe('eti');
		expect(within(group('Entreprise 1')).getByText('Solution :')).toBeTruthy();
		expect(attempts()['taille:industriel']).toMatchObject([{ score: 0, outcome: 'revealed' }]);
		expect(Object.keys(attempts())).toHaveLength(3);
	});

	test('a reveal request from the projection mode shows the solution', async () => {
		renderAsServer(<ReformTimeline {...props} />);

		requestReveal('taille');

		expect(await within(group('Entreprise 3')).findByText('Solution :')).toBeTruthy();
	});

	test('demo mode: the cases are checked but nothing is recorded', async () => {
		setDemoMode(true);
		renderAsServer(<ReformTimeline {...props} />);
		pick('Entreprise 1', 'micro');
		pick('Entreprise 2', 'eti');
		pick('Entreprise 3', 'pme');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await within(group('Entreprise 2')).findByText('✓ Juste :')).toBeTruthy();
		expect(attempts()).toEqual({});
	});

	test('« Réessayer » clears the answers and the feedback, and puts focus on the first company’s list', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		pick('Entreprise 1', 'micro');
		pick('Entreprise 2', 'eti');
		pick('Entreprise 3', 'pme');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		expect((within(group('Entreprise 1')).getByLabelText('Catégorie') as HTMLSelectElement).value).toBe('');
		expect(screen.queryByText('✓ Juste :')).toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(within(group('Entreprise 1')).getByLabelText('Catégorie')));
		expect(said()).toBe('Réponses effacées\u00a0: à vous.');
	});

	test('« Vérifier » twice on the same answers records once', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		pick('Entreprise 1', 'micro');
		pick('Entreprise 2', 'eti');
		pick('Entreprise 3', 'pme');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await within(group('Entreprise 2')).findByText('✓ Juste :');

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(said()).toMatch(/^Réponse déjà vérifiée/));
		expect(attempts()['taille:industriel']).toHaveLength(1);
	});

	test('after « Voir la solution » there is no « Vérifier » until « Réessayer »; a check then is practice, and said so', async () => {
		renderAsServer(<ReformTimeline {...props} />);
		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réessayer' })));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();

		fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
		pick('Entreprise 1', 'micro');
		pick('Entreprise 2', 'eti');
		pick('Entreprise 3', 'pme');
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText(/Essai d’entraînement/, { selector: '.practice-note' })).toBeTruthy();
		expect(said()).toMatch(/^Correct\s: 3 sur 3\. Essai d’entraînement/);
		expect(attempts()['taille:negoce']?.map((a) => [a.outcome, a.score])).toEqual([
			['revealed', 0],
			['practice', 1],
		]);
	});
});

describe('ReformTimeline: answers given before the island started', () => {
	test('figures typed and a box unticked early are used by « Déterminer »', async () => {
		await hydrateAfter(<ReformTimeline {...props} />, (html) => {
			setSilently(html.querySelector('#taille-effectif') as HTMLElement, '300');
			setSilently(html.querySelector('#taille-ca') as HTMLElement, '80 000 000');
			setSilently(html.querySelector('#taille-bilan') as HTMLElement, '90000000');
			setSilently(html.querySelector('[aria-describedby="taille-etablie-aide"]') as HTMLElement, false);
		});

		determine();

		expect(await screen.findByRole('heading', { name: 'Catégorie\u00a0: ETI (entreprise de taille intermédiaire)' })).toBeTruthy();
		expect(screen.getByText('Entreprise non établie en France (ou non assujettie à la TVA).')).toBeTruthy();
	});

	test('the « Je connais déjà sa catégorie » choice made early shows the category list', async () => {
		await hydrateAfter(<ReformTimeline {...props} />, (html) => {
			const radios = html.querySelectorAll<HTMLInputElement>('input[name="taille-mode"]');
			setSilently(radios[0] as HTMLElement, false);
			setSilently(radios[1] as HTMLElement, true);
		});

		expect(await screen.findByLabelText(/^Catégorie de l’entreprise/)).toBeTruthy();
		expect(screen.queryByLabelText(/^Effectif/)).toBeNull();
	});

	test('the trainer’s date typed early is taken', async () => {
		await hydrateAfter(<ReformTimeline {...props} trainerDate />, (html) => {
			setSilently(html.querySelector('#taille-date-du-jour') as HTMLElement, '2027-09-01');
		});

		await waitFor(() => expect(said()).toBe('Date du jour fixée au 1er septembre 2027\u00a0: le calendrier est recalculé.'));
	});

	test('a company classified early is kept and checked', async () => {
		await hydrateAfter(<ReformTimeline {...props} />, (html) => {
			setSilently(html.querySelector('#taille-boulangerie-categorie') as HTMLElement, 'micro');
		});

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Choisissez une catégorie pour chaque entreprise avant de vérifier : 2 sans réponse.', { selector: '.question-warning' })).toBeTruthy();
	});
});
