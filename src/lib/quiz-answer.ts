import type { Answer, QuizItem } from './quiz-types';
import { seededRandom, shuffle, shuffleAway } from './shuffle';

/**
 * The order in which a question's options, steps or targets are shown. The first display is
 * seeded by the question id so the server and the browser agree; « Réessayer » reshuffles.
 */
export function displayOrder(item: QuizItem, random: () => number = seededRandom(item.id)): string[] {
	switch (item.type) {
		case 'single':
		case 'multiple':
			return shuffle(item.options.map((o) => o.id), random);
		case 'truefalse':
			return ['vrai', 'faux'];
		case 'ordering':
			return shuffleAway(item.items.map((i) => i.id), random);
		case 'matching':
			return shuffle(item.items.map((i) => i.id), random);
	}
}

/** An empty answer; for ordering, the shown order is the starting answer. */
export function emptyAnswer(item: QuizItem, order: string[]): Answer {
	switch (item.type) {
		case 'single':
			return { type: 'single', selected: null };
		case 'multiple':
			return { type: 'multiple', selected: [] };
		case 'truefalse':
			return { type: 'truefalse', value: null };
		case 'ordering':
			return { type: 'ordering', order };
		case 'matching':
			return { type: 'matching', pairs: {} };
	}
}

/** Moves the step at `from` by `delta` places; returns the same array when it cannot move. */
export function moveStep(order: string[], from: number, delta: -1 | 1): string[] {
	const to = from + delta;
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order;
	const next = [...order];
	[next[from], next[to]] = [next[to] as string, next[from] as string];
	return next;
}
