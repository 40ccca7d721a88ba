import { useEffect, useState } from 'preact/hooks';
import { displayOrder, emptyAnswer } from '../../lib/quiz-answer';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { isComplete, scoreAnswer, solutionOf, type Check } from '../../lib/scoring';
import { shuffle, shuffleAway } from '../../lib/shuffle';
import type { Attempt, AttemptContext } from '../../lib/progress-model';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import QuestionHeader from './QuestionHeader';
import AnswerInputs from './AnswerInputs';
import { describeLast, verdictOf } from './last-answer';

interface Props {
	item: QuizItem;
	uid: string;
	/** The quiz's id: a projection request to reveal the quiz reveals this question. */
	quizId: string;
	number: number;
	total: number;
	context: AttemptContext;
	/** The learner's latest recorded attempt at this question, from an earlier visit or now. */
	last?: Attempt;
	announce: (text: string) => void;
	/** Told the question's standing after each change: right, wrong, or not checked (null). */
	onResult: (correct: boolean | null) => void;
}


function reshuffle(item: QuizItem, order: string[]): string[] {
	// Ordering must never restart solved; the others just get a new order.
	return item.type === 'ordering' ? shuffleAway(item.items.map((i) => i.id)) : item.type === 'truefalse' ? order : shuffle(order);
}

/** One question on the practice kit: its controls, the action bar and its feedback. */
export default function QuestionCard({ item, uid, quizId, number, total, context, last, announce, onResult }: Props) {
	const [order, setOrder] = useState(() => displayOrder(item));
	const [answer, setAnswer] = useState<Answer>(() => emptyAnswer(item, order));
	const practice = usePractice<Check>({
		id: uid,
		group: quizId,
		objectives: item.objectives,
		context,
		answer,
		announce,
		check: () => {
			if (!isComplete(item, answer)) {
				const text = item.type === 'matching' ? 'Choisissez une réponse pour chaque élément avant de vérifier.' : 'Choisissez une réponse avant de vérifier.';
				return { missing: text, say: `Question ${number}\u00a0: ${text}` };
			}
			const result = scoreAnswer(item, answer);
			return { result, items: [{ itemId: item.id, score: result.score, max: result.max }], feedback: `Question ${number}\u00a0: ${verdictOf(result)}. ${item.explanation}` };
		},
		solution: () => {
			const solution = solutionOf(item);
			return {
				items: [{ itemId: item.id, score: 0, max: scoreAnswer(item, solution).max }],
				show: () => setAnswer(solution),
				message: `Question ${number}\u00a0: solution affichée. ${item.explanation}`,
			};
		},
		reset: () => {
			const nextOrder = reshuffle(item, order);
			setOrder(nextOrder);
			setAnswer(emptyAnswer(item, nextOrder));
			return `Question ${number}\u00a0: nouvel essai, les réponses ont été mélangées.`;
		},
	});
	const { phase } = practice;
	const shown = phase === 'revealed' ? scoreAnswer(item, answer) : practice.result;
	useEffect(() => onResult(phase === 'checked' && practice.result ? practice.result.correct : null), [phase, practice.result]);

	const change = (next: Answer, moved?: string) => {
		setAnswer(next);
		practice.edit();
		if (moved) announce(moved);
	};

	const state = phase === 'revealed' ? 'revealed' : shown ? (shown.correct ? 'correct' : 'wrong') : 'open';
	return (
		<fieldset ref={practice.rootRef} class={`question question-${state}`} aria-describedby={`${uid}-hint`} data-question={item.id} data-phase={phase}>
			<QuestionHeader item={item} uid={uid} number={number} total={total} />
			{last && !shown ? <p class="question-last">{describeLast(last)}</p> : null}
			<AnswerInputs item={item} uid={uid} answer={answer} order={order} check={shown} onChange={change} />
			<PracticeActions practice={practice} />
			{shown ? (
				<div class={`feedback feedback-${state}`}>
					<p class="feedback-verdict">
						<strong>{phase === 'revealed' ? 'Solution' : `${shown.correct ? '✓' : '✗'} ${verdictOf(shown)}`}</strong>
					</p>
					<p>{item.explanation}</p>
					<p>
						<a href={item.sectionHref}>Revoir la leçon&nbsp;: {item.sectionTitle}</a>
					</p>
				</div>
			) : null}
		</fieldset>
	);
}
