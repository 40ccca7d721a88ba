import { useRef, useState } from 'preact/hooks';
import {
	countIncompleteSteps,
	countMissingSelects,
	initialWorksOrder,
	moveWorksStep,
	reshuffleWorks,
	scoreWorks,
	stepAnswerFor,
	worksSolution,
	type WorksAnswers,
	type WorksCheck,
	type WorksCircuitData,
	type WorksDeadline,
} from '../lib/works-circuit';
import { recordAttempt } from '../stores/progress';
import { useRevealRequest } from './kit/use-reveal';
import WorksDeadlines from './works/WorksDeadlines';
import WorksStepItem, { stepControlId } from './works/WorksStepItem';

export type { WorksDeadline } from '../lib/works-circuit';

/** The island’s props; `deadlines` are resolved at build time from `data.deadlines`’ facts. */
export interface WorksCircuitProps {
	exerciseId: string;
	objectives: string[];
	data: WorksCircuitData;
	deadlines: WorksDeadline[];
}

/**
 * The works circuit: put the documents of a works contract in order with « Monter » /
 * « Descendre » (no dragging) and give each its actor and cadre. One attempt for the whole
 * circuit, one point per right position, actor and cadre.
 */
export default function WorksCircuit({ exerciseId, objectives, data, deadlines }: WorksCircuitProps) {
	const [order, setOrder] = useState(() => initialWorksOrder(data.steps, exerciseId));
	const [answers, setAnswers] = useState<WorksAnswers>({});
	const [check, setCheck] = useState<WorksCheck | null>(null);
	const [revealed, setRevealed] = useState(false);
	const [warning, setWarning] = useState<string | null>(null);
	const [live, setLive] = useState('');
	const started = useRef(Date.now());
	const uid = exerciseId;
	const total = data.steps.length;
	const byId = new Map(data.steps.map((s) => [s.id, s]));
	const actors = data.actors.map((a) => ({ value: a.id, text: a.label }));
	const cadres = data.cadres.map((c) => ({ value: c.code, text: `${c.code} — ${c.label}` }));

	// Any change makes the verdict on screen stale.
	const edited = () => {
		setCheck(null);
		setRevealed(false);
	};

	const move = (id: string, delta: -1 | 1) => {
		const name = byId.get(id)?.document ?? '';
		const moved = moveWorksStep(order, id, delta);
		if (!moved) {
			setLive(`L’étape « ${name} » est déjà en position ${order.indexOf(id) + 1} sur ${total}.`);
			return;
		}
		setOrder(moved.order);
		edited();
		setLive(`Étape « ${name} » déplacée en position ${moved.position} sur ${total}.`);
		// Moving the list item can drop focus in some browsers: put it back on the button pressed.
		const button = stepControlId(uid, id, delta < 0 ? 'monter' : 'descendre');
		setTimeout(() => document.getElementById(button)?.focus(), 0);
	};

	const verify = () => {
		const missing = countMissingSelects(data.steps, answers);
		if (missing > 0) {
			const steps = countIncompleteSteps(data.steps, answers);
			const s = (n: number) => (n > 1 ? 's' : '');
			const text =
				'Choisissez un acteur et un cadre pour chaque étape avant de vérifier : ' +
				`${steps} étape${s(steps)} incomplète${s(steps)} (${missing} liste${s(missing)} sans réponse).`;
			setWarning(text);
			setLive(text);
			return;
		}
		const result = scoreWorks(data, order, answers);
		setWarning(null);
		setCheck(result);
		setRevealed(false);
		recordAttempt({ itemId: exerciseId, objectives, score: result.score, max: result.max, outcome: 'scored', context: 'lesson', durationMs: Date.now() - started.current });
		setLive(
			result.score === result.max
				? `Correct : ${result.score} sur ${result.max}.`
				: `À revoir : ${result.score} sur ${result.max}. Lisez l’explication sous chaque étape.`
		);
	};

	const reveal = () => {
		const solution = worksSolution(data);
		setOrder(solution.order);
		setAnswers(solution.answers);
		setCheck(null);
		setWarning(null);
		// A second click on « Voir la solution » shows the same thing: it is not a new attempt.
		if (!revealed) {
			recordAttempt({ itemId: exerciseId, objectives, score: 0, max: 3 * total, outcome: 'revealed', context: 'lesson', durationMs: Date.now() - started.current });
		}
		setRevealed(true);
		setLive('Solution affichée : l’ordre des documents, l’acteur et le cadre de chacun, avec les délais.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setOrder(reshuffleWorks(data.steps, order));
		setAnswers({});
		setCheck(null);
		setRevealed(false);
		setWarning(null);
		started.current = Date.now();
		setLive('Réponses effacées et étapes mélangées : à vous.');
		// The « Réessayer » button goes away: focus goes to the first list, where work resumes.
		setTimeout(() => document.getElementById(`${uid}-etapes`)?.querySelector('select')?.focus(), 0);
	};

	return (
		<div class="widget works-circuit">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Marché fictif.</p>
			<p class="question-hint">
				Remettez les documents dans l’ordre du circuit avec « Monter » et « Descendre », puis choisissez pour chacun l’acteur qui le
				dépose et son cadre de facturation.
			</p>
			<ol id={`${uid}-etapes`} class="works-steps">
				{order.map((id, index) => {
					const step = byId.get(id);
					if (!step) return null;
					return (
						<WorksStepItem
							key={id}
							uid={uid}
							step={step}
							position={index + 1}
							total={total}
							actors={actors}
							cadres={cadres}
							answer={stepAnswerFor(answers, id)}
							result={check?.steps.find((r) => r.stepId === id) ?? null}
							revealed={revealed}
							flagEmpty={warning !== null}
							onMove={(delta) => move(id, delta)}
							onChange={(a) => {
								setAnswers({ ...answers, [id]: a });
								edited();
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
			{check || revealed ? <WorksDeadlines uid={uid} deadlines={deadlines} /> : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
