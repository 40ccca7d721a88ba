// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { LearnerRow } from '../../src/lib/organiser-group';
import LearnerDetail from '../../src/widgets/organiser/LearnerDetail';

const row = (extra: Partial<LearnerRow> = {}): LearnerRow => ({
	key: 'graine:0123456789abcdef',
	name: 'Ana Martin',
	fileName: 'progression-ana-martin-2026-12-04.json',
	exportedAt: '2026-12-04T10:15:00.000Z',
	objectives: [],
	lessons: [],
	lessonsVisited: 0,
	lessonsCompleted: 0,
	minutesSpent: 0,
	estimatedMinutes: 0,
	runs: [],
	finalPassed: null,
	...extra,
});

afterEach(() => cleanup());

describe('LearnerDetail', () => {
	test('names the employer the learner gave', () => {
		render(<LearnerDetail row={row({ employer: 'Dupont & Fils (SARL)' })} onClose={() => {}} />);

		expect(document.querySelector('[data-employer]')?.textContent).toBe('Employeur\u00a0: Dupont & Fils (SARL)');
	});

	test('says nothing of an employer the file does not hold', () => {
		render(<LearnerDetail row={row()} onClose={() => {}} />);

		expect(document.querySelector('[data-employer]')).toBeNull();
	});
});
