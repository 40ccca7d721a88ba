// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { connectStorage, recordAttempt, replaceProgress, setLessonCompleted } from '../../src/stores/progress';
import { emptyProgress } from '../../src/lib/progress-model';
import ProgressReport from '../../src/widgets/progress/ProgressReport';
import { FakeStorage } from '../support/fake-storage';

const objectives = [
	{ id: 'cadre', label: 'Cadre et vocabulaire', statement: 'expliquer le cadre' },
	{ id: 'compte', label: 'Compte et structure', statement: 'créer son compte' },
];
const lessons = [{ id: '01-test', title: 'Leçon test', href: '/lecons/01-test/', duration: 25 }];
const rule = { threshold: 0.8, minItems: 3 };
const evaluation = {
	rule: { passMark: 0.8, validatedRight: 2 },
	correctionUrl: '/evaluation/correction/',
	examUrls: { positionnement: '/evaluation/positionnement/', finale: '/evaluation/finale/' },
};
const itemObjectives = { q1: ['cadre'], q2: ['cadre'], q3: ['cadre'], q4: ['compte'] };
const answer = (itemId: string, score: number, max = 1, kind: 'check' | 'reveal' = 'check') =>
	recordAttempt({ itemId, objectives: ['cadre'], score, max, kind, context: 'lesson', durationMs: 1000 });
const row = (label: string) => screen.getByRole('row', { name: new RegExp(label) });

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('ProgressReport', () => {
	test('shows every objective « Non commencé » before any answer', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		expect(within(row('Cadre et vocabulaire')).getByText('○ Non commencé')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('turns an objective « En cours », then « Acquis » once 3 items reach 80 %', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		answer('q1', 1);
		answer('q2', 1);
		expect(await within(row('Cadre et vocabulaire')).findByText('◐ En cours')).toBeTruthy();

		answer('q3', 3, 5);
		expect(await within(row('Cadre et vocabulaire')).findByText('✓ Acquis')).toBeTruthy();
		expect(within(row('Cadre et vocabulaire')).getByText('score : 87 %')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('shows a retry right after a correction as not counted, and the status unchanged', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		answer('q1', 0);
		answer('q1', 1);
		answer('q2', 0, 1, 'reveal');

		const cadre = row('Cadre et vocabulaire');
		expect(await within(cadre).findByText('non comptés : 1 d’entraînement, 1 solution affichée')).toBeTruthy();
		expect(within(cadre).getByText('1 question comptée')).toBeTruthy();
		expect(within(cadre).getByText('◐ En cours')).toBeTruthy();
		expect(within(cadre).getByText('score : 0 %')).toBeTruthy();
	});

	test('takes objectives from the content: an answer stored as « cadre » on a « compte » item counts for « compte »', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		answer('q4', 1);

		expect(await within(row('Compte et structure')).findByText('◐ En cours')).toBeTruthy();
		expect(within(row('Cadre et vocabulaire')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('explains the rule under « Comment est-ce calculé ? », with the figures of the content', () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		const rule80 = screen.getByText('Comment est-ce calculé ?').closest('details');
		expect(rule80?.textContent).toContain('80\u00a0%');
		expect(rule80?.textContent).toContain('au moins 3 questions');
		expect(rule80?.textContent).toContain('même jour (heure de Paris)');
		const evaluations = screen.getByText('Comment les évaluations sont-elles calculées ?').closest('details');
		expect(evaluations?.textContent).toContain('au moins 2 bonnes réponses');
		expect(evaluations?.textContent).toContain('à partir de 80\u00a0% de bonnes réponses');
	});

	test('counts the lessons done', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		setLessonCompleted('01-test', true);

		expect(await screen.findByText(/Leçons terminées : 1 sur 1/)).toBeTruthy();
	});

	test('shows « avant » from the first positioning run and « après » with validation from the latest final run, and lists every run', () => {
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
		const avant = [q('p1', 'cadre'), q('p2', 'cadre'), q('p3', 'compte'), q('p4', 'compte')];
		const finale = [q('f1', 'cadre'), q('f2', 'cadre'), q('f3', 'cadre'), q('f4', 'compte'), q('f5', 'compte'), q('f6', 'compte')];
		replaceProgress({
			...emptyProgress('chorus-pro-micro-cours'),
			runs: [
				run('positionnement-1', 'positionnement', 1, avant, ['p1']),
				run('positionnement-2', 'positionnement', 2, avant, ['p1', 'p2', 'p3', 'p4']),
				run('finale-1', 'finale', 3, finale, ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']),
				run('finale-2', 'finale', 4, finale, ['f1', 'f2', 'f4']),
			],
		});
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} evaluation={evaluation} fileUrls={{ ids: '/cours/identifiants.json', pool: '/evaluation/banque.json' }} />);

		const cadre = row('Cadre et vocabulaire');
		expect(within(cadre).getByText('1 sur 2')).toBeTruthy();
		expect(cadre.querySelector('[data-context="apres"]')?.textContent).toBe('2 sur 3✓ Validé');
		expect(row('Compte et structure').querySelector('[data-context="apres"]')?.textContent).toBe('1 sur 3✗ Non validé');
		const listed = [...document.querySelectorAll('.evaluation-runs li')].map((li) => li.getAttribute('data-role'));
		expect(listed).toEqual(['apres', 'finale-precedente', 'entrainement', 'avant']);
		expect(screen.getAllByRole('link', { name: 'Voir la correction' })[0]?.getAttribute('href')).toBe('/evaluation/correction/?run=finale-2');
	});
});
