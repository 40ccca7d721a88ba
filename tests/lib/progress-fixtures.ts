import type { CourseFacts } from '../../src/lib/progress-check';
import type { ProgressState } from '../../src/lib/progress-model';

/** Shared by the import tests: a small course and a progress that fits it. */

const COURSE = 'chorus-pro-micro-cours';

/** The course as the import sees it: a few items and lessons, two objectives. */
export const course: CourseFacts = {
	itemIds: new Set(['q-1', 'q-2', 'saisie-facture:mairie']),
	lessonIds: new Set(['01-a', '02-b']),
	retiredIds: new Set(['q-ancienne']),
	historyCap: 5,
	earliest: '2026-11-27T00:00:00.000Z',
	pool: new Map([
		['ev-a1', 'cadre'],
		['ev-a2', 'cadre'],
		['ev-a3', 'cadre'],
		['ev-b1', 'banque'],
		['ev-b2', 'banque'],
		['ev-b3', 'banque'],
	]),
	objectives: ['cadre', 'banque'],
	perObjective: { positionnement: 1, finale: 2 },
};

export function state(): ProgressState {
	return {
		version: 2,
		courseId: COURSE,
		learnerName: 'Marie-Hélène Dupont',
		attempts: {
			'q-1': [{ objectives: ['depot'], score: 3, max: 5, outcome: 'scored', context: 'lesson', at: '2026-12-01T09:00:00.000Z', durationMs: 9000 }],
		},
		lessons: { '01-a': { firstVisitAt: '2026-12-01T09:00:00.000Z', lastVisitAt: '2026-12-01T09:10:00.000Z', timeSpentMs: 600000 } },
		lastPlace: { lesson: '01-a', section: 'intro', at: '2026-12-01T09:10:00.000Z' },
	};
}
