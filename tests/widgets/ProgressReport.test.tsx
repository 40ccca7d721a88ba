// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { connectStorage, recordAttempt, setLessonCompleted } from '../../src/stores/progress';
import ProgressReport from '../../src/widgets/ProgressReport';
import { FakeStorage } from '../support/fake-storage';

const objectives = [
	{ id: 'cadre', label: 'Cadre et vocabulaire', statement: 'expliquer le cadre' },
	{ id: 'compte', label: 'Compte et structure', statement: 'créer son compte' },
];
const lessons = [{ id: '01-test', title: 'Leçon test', href: '/lecons/01-test/', duration: 25 }];
const rule = { threshold: 0.8, attemptsCounted: 3, minItems: 3 };
const answer = (itemId: string, score: number, max = 1) =>
	recordAttempt({ itemId, objectives: ['cadre'], score, max, outcome: 'scored', context: 'lesson', durationMs: 1000 });
const row = (label: string) => screen.getByRole('row', { name: new RegExp(label) });

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(() => cleanup());

describe('ProgressReport', () => {
	test('shows every objective « Non évalué » before any answer', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} />);

		expect(within(row('Cadre et vocabulaire')).getByText('○ Non évalué')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non évalué')).toBeTruthy();
	});

	test('turns an objective « En cours », then « Acquis » once 3 items reach 80 %', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} />);

		answer('q1', 1);
		answer('q2', 1);
		expect(await within(row('Cadre et vocabulaire')).findByText('◐ En cours')).toBeTruthy();

		answer('q3', 3, 5);
		expect(await within(row('Cadre et vocabulaire')).findByText('✓ Acquis')).toBeTruthy();
		expect(within(row('Cadre et vocabulaire')).getByText('87 %')).toBeTruthy();
		expect(within(row('Compte et structure')).getByText('○ Non évalué')).toBeTruthy();
	});

	test('counts the lessons done', async () => {
		render(<ProgressReport objectives={objectives} lessons={lessons} rule={rule} />);

		setLessonCompleted('01-test', true);

		expect(await screen.findByText(/Leçons terminées : 1 sur 1/)).toBeTruthy();
	});
});
