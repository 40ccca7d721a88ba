import type { Question } from '../schemas/question';
import type { QuizItem } from './quiz-types';

/**
 * A bank or pool question as an island receives it: what it asks, checks and explains, and the
 * section link already built (no sources, no author fields).
 */
export function toQuizItem(q: Question, section: { href: string; title: string }): QuizItem {
	const base = { id: q.id, prompt: q.prompt, explanation: q.explanation, objectives: q.objectives, sectionHref: section.href, sectionTitle: section.title };
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: q.type, options: q.options };
		case 'truefalse':
			return { ...base, type: q.type, answer: q.answer };
		case 'ordering':
			return { ...base, type: q.type, items: q.items };
		case 'matching':
			return { ...base, type: q.type, items: q.items, targets: q.targets };
	}
}
