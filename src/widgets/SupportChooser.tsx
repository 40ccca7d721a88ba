import { useRef, useState } from 'preact/hooks';
import {
	countIncompleteSupport,
	countMissingSupport,
	initialSupportOrder,
	reshuffleSupport,
	scoreSupport,
	supportAnswerFor,
	supportSolution,
	type SupportAnswers,
	type SupportCheck,
	type SupportChooserData,
} from '../lib/support-chooser';
import { recordAttempt } from '../stores/progress';
import SupportSituationItem from './support/SupportSituationItem';
import { useRevealRequest } from './kit/use-reveal';

/** The island’s props. */
export interface SupportChooserProps {
	exerciseId: string;
	objectives: string[];
	data: SupportChooserData;
}

/**
 * Which support for which trouble: for each situation, the channel and the mode (connected or
 * not) chosen from two lists. Each situation is recorded as its own item, scored out of 2.
 */
export default function SupportChooser({ exerciseId, objectives, data }: SupportChooserProps) {
	const [order, setOrder] = useState(() => initialSupportOrder(data.situations, exerciseId));
	const [answers, setAnswers] = useState<SupportAnswers>({});
	const [check, setCheck] = useState<SupportCheck | null>(null);
	const [revealed, setRevealed] = useState(false);
	const [warning, setWarning] = useState<string | null>(null);
	const [live, setLive] = useState('');
	const started = useRef(Date.now());
	const list = useRef<HTMLOListElement>(null);
	const uid = exerciseId;
	const byId = new Map(data.situations.map((s) => [s.id, s]));
	const channels = data.channels.map((c) => ({ value: c.id, text: c.label }));
	const modes = data.modes.map((m) => ({ value: m.id, text: m.label }));

	const record = (outcome: 'scored' | 'revealed', result: SupportCheck) => {
		const durationMs = Date.now() - started.current;
		for (const r of result.situations) {
			recordAttempt({ itemId: `${exerciseId}:${r.situationId}`, objectives, score: outcome === 'scored' ? r.score : 0, max: r.max, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const missing = countMissingSupport(data.situations, answers);
		if (missing > 0) {
			const n = countIncompleteSupport(data.situations, answers);
			const s = (k: number) => (k > 1 ? 's' : '');
			const text =
				'Choisissez un canal et un mode pour chaque situation avant de vérifier : ' +
				`${n} situation${s(n)} incomplète${s(n)} (${missing} liste${s(missing)} sans réponse).`;
			setWarning(text);
			setLive(text);
			return;
		}
		const result = scoreSupport(data, answers);
		setWarning(null);
		setCheck(result);
		setRevealed(false);
		record('scored', result);
		setLive(
			result.score === result.max
				? `Correct : ${result.score} sur ${result.max}.`
				: `À revoir : ${result.score} sur ${result.max}. Lisez l’explication sous chaque situation.`
		);
	};

	const reveal = () => {
		const solution = supportSolution(data);
		setAnswers(solution);
		setCheck(null);
		setWarning(null);
		// A second click on « Voir la solution » shows the same thing: it is not a new attempt.
		if (!revealed) record('revealed', scoreSupport(data, solution));
		setRevealed(true);
		setLive('Solution affichée : le canal et le mode de chaque situation, avec l’explication.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setCheck(null);
		setRevealed(false);
		setWarning(null);
		setOrder(reshuffleSupport(order));
		started.current = Date.now();
		setLive('Réponses effacées et situations mélangées : à vous.');
		// The « Réessayer » button goes away: focus goes to the first list, where work resumes.
		setTimeout(() => list.current?.querySelector('select')?.focus(), 0);
	};

	return (
		<div class="widget support-chooser">
			<p class="question-hint">Pour chaque situation, choisissez le canal d’assistance et le mode (connecté ou non) qui conviennent.</p>
			<ol ref={list} class="support-situations">
				{order.map((id) => {
					const situation = byId.get(id);
					if (!situation) return null;
					return (
						<SupportSituationItem
							key={id}
							uid={uid}
							situation={situation}
							channels={channels}
							modes={modes}
							answer={supportAnswerFor(answers, id)}
							result={check?.situations.find((r) => r.situationId === id) ?? null}
							revealed={revealed}
							flagEmpty={warning !== null}
							onChange={(a) => {
								setAnswers({ ...answers, [id]: a });
								// Feedback on a changed answer would be stale.
								setCheck(null);
								setRevealed(false);
							}}
						/>
					);
				})}
			</ol>
			{warning ? <p class="question-warning">{warning}</p> : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{check || revealed ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{check ? (
				<p class="quiz-score">
					Réponses justes : {check.score} sur {check.max}.
				</p>
			) : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
