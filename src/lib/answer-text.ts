import type { Answer, QuizItem } from './quiz-types';
import { solutionOf } from './scoring';

/**
 * Answers said in words, for the evaluation's correction: the marks on the controls are not
 * enough on their own (a screen reader user, a printout), so the page also writes what was
 * answered and what was expected.
 */

const quote = (s: string) => `«\u00a0${s}\u00a0»`;

/** An answer in words, or null when nothing was answered. */
export function answerText(item: QuizItem, answer: Answer | undefined): string | null {
	if (!answer || answer.type !== item.type) return null;
	switch (answer.type) {
		case 'single': {
			const option = item.type === 'single' ? item.options.find((o) => o.id === answer.selected) : undefined;
			return option ? quote(option.text) : null;
		}
		case 'multiple': {
			if (item.type !== 'multiple') return null;
			const chosen = item.options.filter((o) => answer.selected.includes(o.id));
			return chosen.length ? chosen.map((o) => quote(o.text)).join(', ') : null;
		}
		case 'truefalse':
			return answer.value === null ? null : answer.value ? 'Vrai' : 'Faux';
		case 'ordering': {
			if (item.type !== 'ordering') return null;
			const texts = answer.order.map((id) => item.items.find((s) => s.id === id)?.text).filter((t): t is string => Boolean(t));
			return texts.map((t, i) => `${i + 1}. ${t}`).join('\u202f; ');
		}
		case 'matching': {
			if (item.type !== 'matching') return null;
			const pairs = item.items
				.filter((i) => answer.pairs[i.id])
				.map((i) => `${i.text} → ${item.targets.find((t) => t.id === answer.pairs[i.id])?.text ?? '?'}`);
			return pairs.length ? pairs.join('\u202f; ') : null;
		}
	}
}

/** The expected answer in words. */
export function expectedText(item: QuizItem): string {
	return answerText(item, solutionOf(item)) ?? '';
}
