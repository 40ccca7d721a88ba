import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { AttemptContext } from '../../lib/progress-model';
import type { QuizItem } from '../../lib/quiz-types';
import { $progress } from '../../stores/progress';
import LiveRegion from '../kit/LiveRegion';
import QuestionCard from './QuestionCard';

interface Props {
	/** Unique on the page: prefixes every control's id. */
	quizId: string;
	items: QuizItem[];
	context: AttemptContext;
}

/** A quiz of bank questions: every type, keyboard-operable, feedback announced in one region. */
export default function Quiz({ quizId, items, context }: Props) {
	const [message, setMessage] = useState('');
	const [results, setResults] = useState<Record<string, boolean | null>>({});
	const attempts = useStore($progress, { ssr: 'initial' }).attempts;
	// The score line counts what is on screen now (demo mode included): each question's check.
	const right = Object.values(results).filter((r) => r === true).length;
	const answered = Object.values(results).filter((r) => r !== null).length;
	// Repeated messages must be announced again: alternate an invisible difference.
	const announce = (text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text));
	return (
		<div class="quiz" data-quiz={quizId}>
			<ol class="quiz-questions">
				{items.map((item, index) => (
					<li key={item.id}>
						<QuestionCard
							item={item}
							uid={`${quizId}-${item.id}`}
							quizId={quizId}
							number={index + 1}
							total={items.length}
							context={context}
							last={attempts[item.id]?.at(-1)}
							announce={announce}
							onResult={(correct) => setResults((r) => ({ ...r, [item.id]: correct }))}
						/>
					</li>
				))}
			</ol>
			<p class="quiz-score">
				{answered === 0
					? `${items.length} question${items.length > 1 ? 's' : ''}\u00a0: à vous de jouer.`
					: `Réponses justes\u00a0: ${right} sur ${items.length} (${answered} vérifiée${answered > 1 ? 's' : ''}).`}
			</p>
			<LiveRegion text={message} />
		</div>
	);
}
