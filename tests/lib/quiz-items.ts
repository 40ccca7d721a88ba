import type { QuizItem } from '../../src/lib/quiz-types';

const base = {
	prompt: 'Question ?',
	explanation: 'Parce que la leçon le dit.',
	objectives: ['depot'],
	sectionHref: '/lecons/01-a/#intro',
	sectionTitle: 'Introduction',
};

/** One quiz item of each type, for scoring and display tests. */
export const items = {
	single: {
		...base,
		id: 'q-single',
		type: 'single',
		options: [
			{ id: 'a', text: 'A', correct: false },
			{ id: 'b', text: 'B', correct: true },
			{ id: 'c', text: 'C', correct: false },
		],
	},
	multiple: {
		...base,
		id: 'q-multiple',
		type: 'multiple',
		options: [
			{ id: 'a', text: 'A', correct: true },
			{ id: 'b', text: 'B', correct: false },
			{ id: 'c', text: 'C', correct: true },
			{ id: 'd', text: 'D', correct: false },
		],
	},
	truefalse: { ...base, id: 'q-vf', type: 'truefalse', answer: false },
	ordering: {
		...base,
		id: 'q-ordre',
		type: 'ordering',
		items: [
			{ id: 'un', text: 'Un' },
			{ id: 'deux', text: 'Deux' },
			{ id: 'trois', text: 'Trois' },
			{ id: 'quatre', text: 'Quatre' },
		],
	},
	matching: {
		...base,
		id: 'q-paires',
		type: 'matching',
		items: [
			{ id: 'ej', text: 'EJ', target: 'engagement' },
			{ id: 'moe', text: 'MOE', target: 'oeuvre' },
			{ id: 'moa', text: 'MOA', target: 'ouvrage' },
		],
		targets: [
			{ id: 'engagement', text: 'Engagement' },
			{ id: 'oeuvre', text: 'Maître d’œuvre' },
			{ id: 'ouvrage', text: 'Maître d’ouvrage' },
			{ id: 'leurre', text: 'Leurre' },
		],
	},
} satisfies Record<string, QuizItem>;
