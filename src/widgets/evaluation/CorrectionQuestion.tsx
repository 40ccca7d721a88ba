import { answerText, expectedText } from '../../lib/answer-text';
import type { QuestionResult } from '../../lib/evaluation-model';
import { isAnswered } from '../../lib/evaluation-score';
import { isRight } from '../../lib/evaluation-runs';
import { displayOrder, emptyAnswer } from '../../lib/quiz-answer';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { scoreAnswer } from '../../lib/scoring';
import QuestionHeader from '../quiz/QuestionHeader';
import AnswerInputs from '../quiz/AnswerInputs';

interface Props {
	id: string;
	/** Null when the pool no longer has the question: its stored result still stands. */
	item: QuizItem | null;
	number: number;
	total: number;
	answer: Answer | undefined;
	result: QuestionResult | undefined;
}

/** One corrected question: the learner's answer marked, the expected answer, the explanation. */
export default function CorrectionQuestion({ id, item, number, total, answer, result }: Props) {
	const right = isRight(result);
	const verdict = right ? '✓ Juste' : '✗ Faux';
	if (!item) {
		return (
			<div class="question correction-question" data-question={id} data-right={right}>
				<p class="question-number">Question {number} sur {total}</p>
				<p>
					<strong>{verdict}.</strong> Cette question a été retirée du cours depuis votre essai&#8239;; son résultat est gardé tel quel.
				</p>
			</div>
		);
	}
	const order = displayOrder(item);
	const answered = isAnswered(item, answer);
	const uid = `correction-${id}`;
	const question = (
		<fieldset class={`question correction-question question-${right ? 'correct' : 'wrong'}`} data-question={id} data-right={right}>
			<QuestionHeader item={item} uid={uid} number={number} total={total} hint={false} />
			<AnswerInputs
				item={item}
				uid={uid}
				answer={answered ? answer : emptyAnswer(item, order)}
				order={order}
				check={answered ? scoreAnswer(item, answer) : null}
				onChange={() => undefined}
				disabled
			/>
			<div class={`feedback feedback-${right ? 'correct' : 'wrong'}`}>
				<p class="feedback-verdict">
					<strong>{answered ? verdict : '✗ Sans réponse'}</strong>
					{answered ? ` — votre réponse\u00a0: ${answerText(item, answer)}` : '\u00a0: compte comme fausse.'}
				</p>
				{right ? null : <p class="correction-expected">Réponse attendue&nbsp;: {expectedText(item)}</p>}
				<p>{item.explanation}</p>
				<p>
					<a href={item.sectionHref}>Revoir la leçon&nbsp;: {item.sectionTitle}</a>
				</p>
			</div>
		</fieldset>
	);
	// Right answers fold away, so the page opens on what needs reviewing.
	if (!right) return question;
	return (
		<details class="correction-right">
			<summary>
				Question {number} sur {total} — ✓ Juste&nbsp;: {item.prompt}
			</summary>
			{question}
		</details>
	);
}
