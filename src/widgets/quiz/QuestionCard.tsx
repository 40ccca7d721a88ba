import { useEffect, useRef, useState } from 'preact/hooks';
import { displayOrder, emptyAnswer } from '../../lib/quiz-answer';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { isComplete, scoreAnswer, solutionOf, type Check } from '../../lib/scoring';
import { shuffle, shuffleAway } from '../../lib/shuffle';
import { formatDate } from '../../lib/format';
import type { Attempt } from '../../lib/progress-model';
import type { AttemptInput } from '../../stores/progress';
import AnswerInputs from './AnswerInputs';

interface Props {
	item: QuizItem;
	uid: string;
	number: number;
	total: number;
	/** Increases each time the solution must be shown from outside (projection mode); 0 at first. */
	revealSignal: number;
	/** The learner's latest recorded attempt at this question, from an earlier visit or now. */
	last?: Attempt;
	announce: (text: string) => void;
	record: (attempt: Omit<AttemptInput, 'context'>) => void;
	onResult: (id: string, correct: boolean | null) => void;
}

const TYPE_HINT: Record<QuizItem['type'], string> = {
	single: 'Une seule réponse.',
	multiple: 'Plusieurs réponses possibles : cochez toutes les bonnes.',
	truefalse: 'Vrai ou faux ?',
	ordering: 'Remettez les étapes dans l’ordre avec « Monter » et « Descendre ».',
	matching: 'Associez chaque élément à sa réponse dans la liste.',
};

function reshuffle(item: QuizItem, order: string[]): string[] {
	// Ordering must never restart solved; the others just get a new order.
	return item.type === 'ordering' ? shuffleAway(item.items.map((i) => i.id)) : item.type === 'truefalse' ? order : shuffle(order);
}

/** One question: its controls, « Vérifier », « Voir la solution », « Réessayer » and feedback. */
function describeLast(last: Attempt): string {
	const when = formatDate(last.at);
	if (last.outcome === 'revealed') return `Votre dernier passage : solution affichée le ${when}.`;
	const verdict = last.score === last.max ? 'juste' : last.score === 0 ? 'à revoir' : `${last.score} sur ${last.max}`;
	return `Votre dernière réponse : ${verdict} (le ${when}).`;
}

export default function QuestionCard({ item, uid, number, total, revealSignal, last, announce, record, onResult }: Props) {
	const [order, setOrder] = useState(() => displayOrder(item));
	const [answer, setAnswer] = useState<Answer>(() => emptyAnswer(item, order));
	const [check, setCheck] = useState<Check | null>(null);
	const [revealed, setRevealed] = useState(false);
	const [hint, setHint] = useState<string | null>(null);
	const startedAt = useRef(Date.now());

	const reveal = (fromOutside: boolean) => {
		const solution = solutionOf(item);
		setAnswer(solution);
		setCheck(scoreAnswer(item, solution));
		setRevealed(true);
		setHint(null);
		onResult(item.id, null);
		record({ itemId: item.id, objectives: item.objectives, score: 0, max: scoreAnswer(item, solution).max, outcome: 'revealed', durationMs: Date.now() - startedAt.current });
		if (!fromOutside) announce(`Question ${number} : solution affichée. ${item.explanation}`);
	};

	useEffect(() => {
		if (revealSignal > 0) reveal(true);
	}, [revealSignal]);

	const change = (next: Answer, moved?: string) => {
		setAnswer(next);
		setHint(null);
		if (check) {
			setCheck(null);
			setRevealed(false);
		}
		if (moved) announce(moved);
	};

	const verify = () => {
		if (!isComplete(item, answer)) {
			const text = item.type === 'matching' ? 'Choisissez une réponse pour chaque élément avant de vérifier.' : 'Choisissez une réponse avant de vérifier.';
			setHint(text);
			announce(`Question ${number} : ${text}`);
			return;
		}
		const result = scoreAnswer(item, answer);
		setCheck(result);
		setRevealed(false);
		onResult(item.id, result.correct);
		record({ itemId: item.id, objectives: item.objectives, score: result.score, max: result.max, outcome: 'scored', durationMs: Date.now() - startedAt.current });
		const verdict = result.correct ? 'Correct.' : result.max > 1 ? `À revoir : ${result.score} sur ${result.max}.` : 'À revoir.';
		announce(`Question ${number} : ${verdict} ${item.explanation}`);
	};

	const retry = () => {
		const nextOrder = reshuffle(item, order);
		setOrder(nextOrder);
		setAnswer(emptyAnswer(item, nextOrder));
		setCheck(null);
		setRevealed(false);
		setHint(null);
		onResult(item.id, null);
		startedAt.current = Date.now();
		announce(`Question ${number} : nouvel essai, les réponses ont été mélangées.`);
	};

	const state = revealed ? 'revealed' : check ? (check.correct ? 'correct' : 'wrong') : 'open';
	const legendId = `${uid}-legend`;
	return (
		<fieldset class={`question question-${state}`} aria-describedby={`${uid}-hint`} data-question={item.id}>
			<legend id={legendId}>
				<span class="question-number">
					Question {number} sur {total}
				</span>
				<span class="question-prompt">{item.prompt}</span>
			</legend>
			<p id={`${uid}-hint`} class="question-hint">
				{TYPE_HINT[item.type]}
			</p>
			{last && !check ? <p class="question-last">{describeLast(last)}</p> : null}
			<AnswerInputs item={item} uid={uid} answer={answer} order={order} check={check} onChange={change} />
			{hint ? <p class="question-warning">{hint}</p> : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={() => reveal(false)}>
					Voir la solution
				</button>
				{check ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{check ? (
				<div class={`feedback feedback-${state}`}>
					<p class="feedback-verdict">
						<strong>
							{revealed ? 'Solution' : check.correct ? '✓ Correct' : check.max > 1 ? `✗ À revoir — ${check.score} sur ${check.max}` : '✗ À revoir'}
						</strong>
					</p>
					<p>{item.explanation}</p>
					<p>
						<a href={item.sectionHref}>Revoir la leçon : {item.sectionTitle}</a>
					</p>
				</div>
			) : null}
		</fieldset>
	);
}
