// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { connectStorage, recordAttempt, setLessonCompleted } from '../../src/stores/progress';
import ProgressReport from '../../src/widgets/progress/ProgressReport';
import { FakeStorage } from '../support/fake-storage';

const objectives = [
	{ id: 'cadre', label: 'Cadre et vocabulaire', statement: 'expliquer le cadre' },
	{ id: 'compte', label: 'Compte et structure', statement: 'créer son compte' },
];
const lessons = [{ id: '01-test', title: 'Leçon test', href: '/lecons/01-test/', duration: 25 }];
const rule = { threshold: 0.8, minItems: 3 };
const itemObjectives = { q1: ['cadre'], q2: ['cadre'], q3: ['cadre'], q4: ['compte'] };
const answer = (itemId: string, score: number, max = 1, kind: 'check' | 'reveal' = 'check') =>
	recordAttempt({ itemId, objectives: ['cadre'], score, max, kind, context: 'lesson', durationMs: 1000 });
const row = (label: string) => screen.getByRole('row', { name: new RegExp(label) });

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('ProgressReport', () => {
	test('shows every objective « Non commencé » before any answer', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

		expect(within(row('Cadre et vocabulaire')).getByText('○ Non commencé')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('turns an objective « En cours », then « Acquis » once 3 items reach 80 %', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

		answer('q1', 1);
		answer('q2', 1);
		expect(await within(row('Cadre et vocabulaire')).findByText('◐ En cours')).toBeTruthy();

		answer('q3', 3, 5);
		expect(await within(row('Cadre et vocabulaire')).findByText('✓ Acquis')).toBeTruthy();
		expect(within(row('Cadre et vocabulaire')).getByText('score : 87 %')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('shows a retry right after a correction as not counted, and the status unchanged', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

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
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

		answer('q4', 1);

		expect(await within(row('Compte et structure')).findByText('◐ En cours')).toBeTruthy();
		expect(within(row('Cadre et vocabulaire')).getByText('○ Non commencé')).toBeTruthy();
	});

	test('explains the rule under « Comment est-ce calculé ? », with the figures of the content', () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

		const rule80 = screen.getByText('Comment est-ce calculé ?').closest('details');
		expect(rule80?.textContent).toContain('80 %');
		expect(rule80?.textContent).toContain('au moins 3 questions');
		expect(rule80?.textContent).toContain('même jour (heure de Paris)');
	});

	test('counts the lessons done', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} itemObjectives={itemObjectives} />);

		setLessonCompleted('01-test', true);

		expect(await screen.findByText(/Leçons terminées : 1 sur 1/)).toBeTruthy();
	});
});
