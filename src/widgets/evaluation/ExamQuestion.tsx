import { useMemo } from 'preact/hooks';
import { displayOrder, emptyAnswer } from '../../lib/quiz-answer';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { isAnswered } from '../../lib/evaluation-score';
import AnswerInputs from '../quiz/AnswerInputs';

interface Props {
	item: QuizItem;
	uid: string;
	number: number;
	total: number;
	answer: Answer | undefined;
	onAnswer: (answer: Answer, announce?: string) => void;
}

const TYPE_HINT: Record<QuizItem['type'], string> = {
	single: 'Une seule réponse.',
	multiple: 'Plusieurs réponses possibles : cochez toutes les bonnes.',
	truefalse: 'Vrai ou faux ?',
	ordering: 'Remettez les étapes dans l’ordre avec « Monter » et « Descendre ».',
	matching: 'Associez chaque élément à sa réponse dans la liste.',
};

/** One exam question: its controls only — no check, no solution, no feedback before the end. */
export default function ExamQuestion({ item, uid, number, total, answer, onAnswer }: Props) {
	const order = useMemo(() => displayOrder(item), [item]);
	const shown = answer ?? emptyAnswer(item, order);
	const done = isAnswered(item, answer);
	return (
		<fieldset id={uid} class="question exam-question" aria-describedby={`${uid}-hint ${uid}-etat`} data-question={item.id} data-answered={done}>
			<legend>
				<span class="question-number">
					Question {number} sur {total}
				</span>
				<span class="question-prompt">{item.prompt}</span>
			</legend>
			<p id={`${uid}-hint`} class="question-hint">
				{TYPE_HINT[item.type]}
			</p>
			<AnswerInputs item={item} uid={uid} answer={shown} order={order} check={null} onChange={onAnswer} />
			<p id={`${uid}-etat`} class={done ? 'exam-state exam-state-done' : 'exam-state'}>
				{done ? '✓ Réponse enregistrée' : item.type === 'ordering' ? 'Pas encore de réponse : déplacez au moins une étape.' : 'Pas encore de réponse.'}
			</p>
		</fieldset>
	);
}
