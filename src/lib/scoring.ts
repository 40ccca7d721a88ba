import type { Answer, QuizItem } from './quiz-types';

/** Outcome of checking one answer. */
export interface Check {
	score: number;
	max: number;
	/** True only for a fully right answer. */
	correct: boolean;
	/** Per part (option, step, pair): was it right? Used for per-pair feedback. */
	parts: Record<string, boolean>;
}

/** Whether the learner has given enough to be checked (every select chosen…). */
export function isComplete(item: QuizItem, answer: Answer): boolean {
	switch (answer.type) {
		case 'single':
			return answer.selected !== null;
		case 'multiple':
			return answer.selected.length > 0;
		case 'truefalse':
			return answer.value !== null;
		case 'ordering':
			return true;
		case 'matching':
			return item.type === 'matching' && item.items.every((i) => Boolean(answer.pairs[i.id]));
	}
}

/**
 * Scores an answer. Single, multiple and true/false are all or nothing (a multiple-choice
 * answer is right only with all the right options and none of the others); ordering scores
 * one point per step in its place, matching one point per right pair.
 */
export function scoreAnswer(item: QuizItem, answer: Answer): Check {
	if (item.type === 'single' && answer.type === 'single') {
		const right = item.options.find((o) => o.correct)?.id;
		const parts = Object.fromEntries(item.options.map((o) => [o.id, o.correct === (o.id === answer.selected)]));
		const correct = answer.selected === right;
		return { score: correct ? 1 : 0, max: 1, correct, parts };
	}
	if (item.type === 'multiple' && answer.type === 'multiple') {
		const parts = Object.fromEntries(item.options.map((o) => [o.id, o.correct === answer.selected.includes(o.id)]));
		const correct = Object.values(parts).every(Boolean);
		return { score: correct ? 1 : 0, max: 1, correct, parts };
	}
	if (item.type === 'truefalse' && answer.type === 'truefalse') {
		const correct = answer.value === item.answer;
		return { score: correct ? 1 : 0, max: 1, correct, parts: { reponse: correct } };
	}
	if (item.type === 'ordering' && answer.type === 'ordering') {
		const parts = Object.fromEntries(item.items.map((step, index) => [step.id, answer.order[index] === step.id]));
		const score = Object.values(parts).filter(Boolean).length;
		return { score, max: item.items.length, correct: score === item.items.length, parts };
	}
	if (item.type === 'matching' && answer.type === 'matching') {
		const parts = Object.fromEntries(item.items.map((i) => [i.id, answer.pairs[i.id] === i.target]));
		const score = Object.values(parts).filter(Boolean).length;
		return { score, max: item.items.length, correct: score === item.items.length, parts };
	}
	throw new Error(`Réponse de type ${answer.type} pour une question de type ${item.type}`);
}

/** The right answer, for « Voir la solution ». */
export function solutionOf(item: QuizItem): Answer {
	switch (item.type) {
		case 'single':
			return { type: 'single', selected: item.options.find((o) => o.correct)?.id ?? null };
		case 'multiple':
			return { type: 'multiple', selected: item.options.filter((o) => o.correct).map((o) => o.id) };
		case 'truefalse':
			return { type: 'truefalse', value: item.answer };
		case 'ordering':
			return { type: 'ordering', order: item.items.map((i) => i.id) };
		case 'matching':
			return { type: 'matching', pairs: Object.fromEntries(item.items.map((i) => [i.id, i.target])) };
	}
}
