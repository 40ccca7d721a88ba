import { useState } from 'preact/hooks';
import type { IdentifierKind, JudgedItem } from '../../lib/identifiers';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import IdentifierFreeCheck from './IdentifierFreeCheck';
import IdentifierItem from './IdentifierItem';

interface Props {
	exerciseId: string;
	objectives: string[];
	items: JudgedItem[];
	freeCheck: IdentifierKind[];
}

type Answers = Record<string, boolean | undefined>;

/** Valid or not? Numbers a learner meets, judged one by one (one item each), then a free checker. */
export default function IdentifierExercise({ exerciseId, objectives, items, freeCheck }: Props) {
	const [answers, setAnswers] = useState<Answers>({});
	const itemId = (item: JudgedItem) => `${exerciseId}:${item.id}`;
	const practice = usePractice<number>({
		id: exerciseId,
		objectives,
		answer: answers,
		check: () => {
			const missing = items.filter((i) => answers[i.id] === undefined).length;
			if (missing > 0) return { missing: `Répondez pour chaque numéro avant de vérifier\u00a0: ${missing} sans réponse.` };
			const right = items.filter((i) => answers[i.id] === i.valid).length;
			return {
				result: right,
				items: items.map((i) => ({ itemId: itemId(i), score: answers[i.id] === i.valid ? 1 : 0, max: 1 })),
				feedback: right === items.length ? `Correct\u00a0: ${right} sur ${items.length}.` : `À revoir\u00a0: ${right} sur ${items.length} justes. Lisez l’explication sous chaque numéro.`,
			};
		},
		solution: () => ({
			items: items.map((i) => ({ itemId: itemId(i), score: 0, max: 1 })),
			show: () => setAnswers(Object.fromEntries(items.map((i) => [i.id, i.valid]))),
			message: 'Solution affichée, avec l’explication de chaque numéro.',
		}),
		reset: () => {
			setAnswers({});
			return 'Réponses effacées\u00a0: à vous.';
		},
	});
	const { phase, result } = practice;
	const shown = phase === 'answering' ? null : phase;

	return (
		<div class="widget identifiers">
			<div ref={practice.rootRef}>
				<ol class="identifier-items">
					{items.map((item) => (
						<li key={item.id}>
							<IdentifierItem
								name={`${exerciseId}-${item.id}`}
								item={item}
								given={answers[item.id]}
								shown={shown}
								onAnswer={(value) => {
									setAnswers((a) => ({ ...a, [item.id]: value }));
									practice.edit();
								}}
							/>
						</li>
					))}
				</ol>
				<PracticeActions practice={practice} />
				{phase === 'checked' && result !== null ? (
					<p class="quiz-score">
						Réponses justes&nbsp;: {result} sur {items.length}.
					</p>
				) : null}
			</div>
			<LiveRegion text={practice.live} />
			<IdentifierFreeCheck uid={exerciseId} kinds={freeCheck} announce={practice.announce} />
		</div>
	);
}
