// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyProgress } from '../../src/lib/progress-model';
import { createSafeStorage } from '../../src/lib/storage';
import { setLearnerEmployer } from '../../src/stores/learner-identity';
import { connectStorage, replaceProgress, setLearnerName } from '../../src/stores/progress';
import { setDemoMode } from '../../src/stores/session';
import ProgressReport from '../../src/widgets/progress/ProgressReport';
import { FakeStorage } from '../support/fake-storage';

// The export itself is download.ts's (tested through the browser): here, that the button calls it.
const download = vi.hoisted(() => vi.fn(async () => 'progression-ana-martin-2026-12-04.json'));
vi.mock('../../src/widgets/progress/download', () => ({ downloadProgress: download, downloadText: vi.fn() }));

const objectives = [
	{ id: 'cadre', label: 'Cadre et vocabulaire', statement: 'expliquer le cadre' },
	{ id: 'compte', label: 'Compte et structure', statement: 'créer son compte' },
	{ id: 'banque', label: 'Coordonnées bancaires', statement: 'saisir des coordonnées bancaires' },
];
const lessons = [{ id: '01-test', title: 'Leçon test', href: '/lecons/01-test/', duration: 25 }];
const evaluation = {
	rule: { passMark: 0.8, validatedRight: 2 },
	correctionUrl: '/evaluation/correction/',
	examUrls: { positionnement: '/evaluation/positionnement/', finale: '/evaluation/finale/' },
};
const renderReport = () =>
	render(
		<ProgressReport
			objectives={objectives}
			lessons={lessons}
			rule={{ threshold: 0.8, minItems: 3 }}
			itemObjectives={{}}
			evaluation={evaluation}
			fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }}
		/>
	);
const section = () => screen.getByRole('region', { name: 'Mon attestation' });
const verdicts = () => Object.fromEntries([...section().querySelectorAll('li[data-objective]')].map((li) => [li.getAttribute('data-objective'), li.querySelector('strong')?.textContent]));

// Runs built as in ProgressReport.test.tsx.
const q = (id: string, objective: string) => ({ id, objective });
const run = (id: string, kind: 'positionnement' | 'finale', day: number, questions: { id: string; objective: string }[], right: string[]) => ({
	id,
	kind,
	number: Number(id.split('-')[1]),
	bank: 'v1',
	questions,
	startedAt: `2026-12-0${day}T09:00:00.000Z`,
	answers: {},
	completedAt: `2026-12-0${day}T09:30:00.000Z`,
	results: Object.fromEntries(questions.map((x) => [x.id, { score: right.includes(x.id) ? 1 : 0, max: 1 }])),
});

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
	download.mockClear();
});
afterEach(() => cleanup());

describe('MyAttestation on « Mon parcours »', () => {
	test('before any final evaluation: every objective « Non évalué », the name missing with a link to its field, a link to the final evaluation', () => {
		renderReport();

		expect(verdicts()).toEqual({ cadre: '○\u00a0Non évalué', compte: '○\u00a0Non évalué', banque: '○\u00a0Non évalué' });
		expect(within(section()).getByText(/votre nom n’est pas encore saisi/)).toBeTruthy();
		expect(within(section()).getByRole('link', { name: 'saisir votre nom' }).getAttribute('href')).toBe('#nom-apprenant');
		expect(within(section()).getByRole('link', { name: 'Passer l’évaluation finale' }).getAttribute('href')).toBe('/evaluation/finale/');
		expect(within(section()).queryByText('Employeur')).toBeNull();
		expect(section().textContent).toContain('établie, datée et signée par votre organisme de formation');
	});

	test('the link to the name moves focus to the field', () => {
		renderReport();

		fireEvent.click(within(section()).getByRole('link', { name: 'saisir votre nom' }));

		expect(document.activeElement?.id).toBe('nom-apprenant');
	});

	test('shows the name and employer typed, and each objective as the « après » column decides it', async () => {
		const avant = [q('p1', 'cadre'), q('p2', 'compte')];
		const finale = [q('f1', 'cadre'), q('f2', 'cadre'), q('f3', 'cadre'), q('f4', 'compte'), q('f5', 'compte'), q('f6', 'compte')];
		replaceProgress({
			...emptyProgress('chorus-pro-micro-cours'),
			runs: [
				run('positionnement-1', 'positionnement', 1, avant, ['p1']),
				// An earlier final validated everything: the latest one counts, as in the table.
				run('finale-1', 'finale', 3, finale, ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']),
				run('finale-2', 'finale', 4, finale, ['f1', 'f2', 'f4']),
			],
		});
		setLearnerName('Ana Martin');
		setLearnerEmployer('Dupont & Fils (SARL)');
		renderReport();

		expect(verdicts()).toEqual({ cadre: '✓\u00a0Validé', compte: '✗\u00a0Non validé', banque: '○\u00a0Non évalué' });
		// The same verdicts as the objectives table's « Évaluation finale (après) » column.
		const apres = (label: string) => screen.getByRole('row', { name: new RegExp(label) }).querySelector('[data-context="apres"]')?.textContent;
		expect(apres('Cadre et vocabulaire')).toBe('2 sur 3✓ Validé');
		expect(apres('Compte et structure')).toBe('1 sur 3✗ Non validé');
		expect(apres('Coordonnées bancaires')).toBe('—');
		expect(section().querySelector('[data-attestation="nom"]')?.textContent).toBe('Ana Martin');
		expect(section().querySelector('[data-attestation="employeur"]')?.textContent).toBe('Dupont & Fils (SARL)');
		expect(section().querySelector('[data-attestation="evaluation"]')?.textContent).toBe('passée le 4 décembre 2026\u00a0: 3 bonnes réponses sur 6 (50\u00a0%)');
		expect(within(section()).queryByRole('link', { name: 'Passer l’évaluation finale' })).toBeNull();
	});

	test('« Exporter le fichier pour mon organisme » runs the export and says where the file went', async () => {
		renderReport();

		fireEvent.click(within(section()).getByRole('button', { name: 'Exporter le fichier pour mon organisme' }));

		// The export's code loads on the click (issue 18).
		await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1));
		expect(await within(section()).findByRole('status')).toHaveProperty('textContent', 'Fichier «\u00a0progression-ana-martin-2026-12-04.json\u00a0» enregistré dans vos téléchargements.');
	});

	test('« Exporter ma progression » runs the same export', async () => {
		renderReport();

		fireEvent.click(screen.getByRole('button', { name: 'Exporter ma progression' }));

		await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1));
	});
});
