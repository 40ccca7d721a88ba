import type { EvaluationRun, QuestionResult } from './evaluation-model';
import type { Answer, QuizItem } from './quiz-types';
import { isComplete, scoreAnswer, solutionOf } from './scoring';

/**
 * Whether the learner has answered: an ordering question counts once a step was moved (its
 * shuffled start is not an answer), the others once they are complete.
 */
export function isAnswered(item: QuizItem, answer: Answer | undefined): answer is Answer {
	return answer !== undefined && answer.type === item.type && isComplete(item, answer);
}

/** The drawn questions not answered yet. */
export function unanswered(run: EvaluationRun, items: ReadonlyMap<string, QuizItem>): string[] {
	return run.questions.filter((q) => {
		const item = items.get(q.id);
		return !item || !isAnswered(item, run.answers[q.id]);
	}).map((q) => q.id);
}

/** The drawn questions the pool no longer has (a content edit since the draw). */
export function missingQuestions(run: EvaluationRun, items: ReadonlyMap<string, QuizItem>): string[] {
	return run.questions.filter((q) => !items.has(q.id)).map((q) => q.id);
}

/**
 * Every drawn question's result when the learner ends the run: an unanswered question scores 0
 * out of its maximum, so a blank never passes for right.
 */
export function scoreRun(run: EvaluationRun, items: ReadonlyMap<string, QuizItem>): Record<string, QuestionResult> {
	const results: Record<string, QuestionResult> = {};
	for (const { id } of run.questions) {
		const item = items.get(id);
		if (!item) throw new Error(`question «\u00a0${id}\u00a0» absente de la banque d’évaluation`);
		const max = scoreAnswer(item, solutionOf(item)).max;
		const answer = run.answers[id];
		results[id] = { score: isAnswered(item, answer) ? scoreAnswer(item, answer).score : 0, max };
	}
	return results;
}
