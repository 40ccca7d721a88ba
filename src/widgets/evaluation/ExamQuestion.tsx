import { useMemo } from 'preact/hooks';
import { displayOrder, emptyAnswer } from '../../lib/quiz-answer';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { isAnswered } from '../../lib/evaluation-score';
import QuestionHeader from '../quiz/QuestionHeader';
import AnswerInputs from '../quiz/AnswerInputs';

interface Props {
	item: QuizItem;
	uid: string;
	number: number;
	total: number;
	answer: Answer | undefined;
	onAnswer: (answer: Answer, announce?: string) => void;
}


/** One exam question: its controls only — no check, no solution, no feedback before the end. */
export default function ExamQuestion({ item, uid, number, total, answer, onAnswer }: Props) {
	const order = useMemo(() => displayOrder(item), [item]);
	const shown = answer ?? emptyAnswer(item, order);
	const done = isAnswered(item, answer);
	return (
		<fieldset id={uid} class="question exam-question" aria-describedby={`${uid}-hint ${uid}-etat`} data-question={item.id} data-answered={done}>
			<QuestionHeader item={item} uid={uid} number={number} total={total} />
			<AnswerInputs item={item} uid={uid} answer={shown} order={order} check={null} onChange={onAnswer} />
			<p id={`${uid}-etat`} class={done ? 'exam-state exam-state-done' : 'exam-state'}>
				{done ? '✓ Réponse enregistrée' : item.type === 'ordering' ? 'Pas encore de réponse\u00a0: déplacez au moins une étape.' : 'Pas encore de réponse.'}
			</p>
		</fieldset>
	);
}
