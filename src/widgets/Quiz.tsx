import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { AttemptContext } from '../lib/progress-model';
import type { QuizItem } from '../lib/quiz-types';
import { $progress, recordAttempt } from '../stores/progress';
import QuestionCard from './quiz/QuestionCard';
import { useRevealRequest } from './use-reveal';

interface Props {
	/** Unique on the page: prefixes every control's id. */
	quizId: string;
	items: QuizItem[];
	context: AttemptContext;
}

/** A quiz of bank questions: every type, keyboard-operable, feedback announced politely. */
export default function Quiz({ quizId, items, context }: Props) {
	const [message, setMessage] = useState('');
	const [results, setResults] = useState<Record<string, boolean | null>>({});
	const [revealSignal, setRevealSignal] = useState(0);
	useRevealRequest(quizId, () => setRevealSignal((n) => n + 1));
	const attempts = useStore($progress, { ssr: 'initial' }).attempts;

	const right = Object.values(results).filter((r) => r === true).length;
	const answered = Object.values(results).filter((r) => r !== null).length;
	return (
		<div class="quiz" data-quiz={quizId}>
			<ol class="quiz-questions">
				{items.map((item, index) => (
					<li key={item.id}>
						<QuestionCard
							item={item}
							uid={`${quizId}-${item.id}`}
							number={index + 1}
							total={items.length}
							revealSignal={revealSignal}
							last={attempts[item.id]?.at(-1)}
							announce={setMessage}
							record={(a) => recordAttempt({ ...a, context })}
							onResult={(id, correct) => setResults((r) => ({ ...r, [id]: correct }))}
						/>
					</li>
				))}
			</ol>
			<p class="quiz-score">
				{answered === 0
					? `${items.length} question${items.length > 1 ? 's' : ''} : à vous de jouer.`
					: `Réponses justes : ${right} sur ${items.length} (${answered} vérifiée${answered > 1 ? 's' : ''}).`}
			</p>
			<p role="status" class="visually-hidden">
				{message}
			</p>
		</div>
	);
}
