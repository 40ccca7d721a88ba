import type { QuizItem } from '../../lib/quiz-types';

const TYPE_HINT: Record<QuizItem['type'], string> = {
	single: 'Une seule réponse.',
	multiple: 'Plusieurs réponses possibles\u00a0: cochez toutes les bonnes.',
	truefalse: 'Vrai ou faux\u202f?',
	ordering: 'Remettez les étapes dans l’ordre avec «\u00a0Monter\u00a0» et «\u00a0Descendre\u00a0».',
	matching: 'Associez chaque élément à sa réponse dans la liste.',
};

interface Props {
	item: QuizItem;
	uid: string;
	number: number;
	total: number;
	/** Without the hint (a corrected question needs no instructions). */
	hint?: boolean;
}

/**
 * A question's legend (number and prompt) and the hint that says how to answer it, shared by
 * quizzes and evaluations; the fieldset points to the hint with `${uid}-hint`.
 */
export default function QuestionHeader({ item, uid, number, total, hint = true }: Props) {
	return (
		<>
			<legend>
				<span class="question-number">
					Question {number} sur {total}
				</span>
				<span class="question-prompt">{item.prompt}</span>
			</legend>
			{hint ? (
				<p id={`${uid}-hint`} class="question-hint">
					{TYPE_HINT[item.type]}
				</p>
			) : null}
		</>
	);
}
