import { useRef, useState } from 'preact/hooks';
import {
	canAdvance,
	checkStep,
	chooseOption,
	currentStep,
	findScenario,
	isLastStep,
	nextStep,
	reachedSteps,
	scoreSimulation,
	startSimulation,
	stepAnnouncement,
	summaryText,
	type StatusSimulatorData,
	type StepVerdict,
} from '../lib/status-simulator';
import { recordAttempt } from '../stores/progress';
import { RunSummary, SolutionList } from './status/RunReview';
import ScenarioPicker from './status/ScenarioPicker';
import StatusTimeline from './status/StatusTimeline';
import StepPanel from './status/StepPanel';
import { useRevealRequest } from './kit/use-reveal';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: StatusSimulatorData;
	/** Days after which acknowledging a returned invoice is compulsory, from a fact (4.2.5). */
	acknowledgeAfterDays?: number;
	/** The acknowledgement fact's note (« à vérifier »), when it is not sure. */
	acknowledgeNote?: string;
}

/**
 * An invoice's life on the tableau de bord, one event at a time: the timeline grows, the learner
 * says what the status means or what to do, and the run ends on a summary recorded once.
 */
export default function StatusSimulator({ exerciseId, objectives, data, acknowledgeAfterDays, acknowledgeNote }: Props) {
	const [scenarioId, setScenarioId] = useState(data.scenarios[0]?.id ?? '');
	const scenario = findScenario(data, scenarioId);
	const [sim, setSim] = useState(() => startSimulation(scenario));
	const [verdict, setVerdict] = useState<Extract<StepVerdict, { kind: 'answered' }> | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const [revealed, setRevealed] = useState(false);
	const [live, setLive] = useState('');
	const recorded = useRef(false);
	const started = useRef(Date.now());
	const heading = useRef<HTMLHeadingElement>(null);
	const summary = useRef<HTMLDivElement>(null);
	const uid = exerciseId;
	const itemId = `${exerciseId}:${scenario.id}`;
	const focusLater = (el: { current: HTMLElement | null }) => setTimeout(() => el.current?.focus(), 0);

	const restart = (id: string, message: string) => {
		const s = findScenario(data, id);
		const fresh = startSimulation(s);
		setScenarioId(s.id);
		setSim(fresh);
		setVerdict(null);
		setWarning(null);
		setRevealed(false);
		recorded.current = false;
		started.current = Date.now();
		setLive(`${message} ${stepAnnouncement(s, fresh)}`);
	};

	const check = () => {
		const { state, verdict: v } = checkStep(scenario, sim);
		if (v.kind === 'missing') {
			setWarning('Choisissez une réponse avant de vérifier.');
			setLive('Choisissez une réponse avant de vérifier.');
			return;
		}
		setSim(state);
		setVerdict(v);
		setWarning(null);
		setLive(`${v.correct ? '✓ Juste' : '✗ À revoir'} : ${v.option.why}`);
	};

	const next = () => {
		const state = nextStep(scenario, sim);
		setSim(state);
		setVerdict(null);
		setWarning(null);
		if (!state.finished) {
			setLive(stepAnnouncement(scenario, state));
			focusLater(heading);
			return;
		}
		const result = scoreSimulation(scenario, state.firstAnswers);
		if (!recorded.current) {
			recorded.current = true;
			recordAttempt({ itemId, objectives, ...result, outcome: 'scored', context: 'lesson', durationMs: Date.now() - started.current });
		}
		setLive(`Scénario terminé : ${summaryText(result)}.`);
		focusLater(summary);
	};

	const reveal = () => {
		setRevealed(true);
		setVerdict(null);
		setWarning(null);
		// A finished run already has its scored attempt: reading the solution afterwards is review.
		if (!recorded.current) {
			recorded.current = true;
			recordAttempt({ itemId, objectives, score: 0, max: scenario.steps.length, outcome: 'revealed', context: 'lesson', durationMs: Date.now() - started.current });
		}
		setLive('Solution affichée : la bonne réponse de chaque étape, avec son explication.');
	};
	useRevealRequest(exerciseId, reveal);

	const step = currentStep(scenario, sim);
	const touched = sim.index > 0 || sim.firstAnswers.some((a) => a !== null) || revealed;
	return (
		<div class="widget status-simulator">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictif.</p>
			<ScenarioPicker uid={uid} scenarios={data.scenarios} current={scenario} onPick={(id) => restart(id, 'Nouveau scénario.')} />
			<p class="question-hint">Seule votre première réponse vérifiée à chaque étape compte pour le bilan.</p>
			<StatusTimeline uid={uid} steps={revealed ? scenario.steps : reachedSteps(scenario, sim)} />
			{!sim.finished && !revealed ? (
				<StepPanel
					uid={uid}
					step={step}
					index={sim.index}
					total={scenario.steps.length}
					selected={sim.selected}
					verdict={verdict}
					warning={warning}
					canAdvance={canAdvance(sim)}
					last={isLastStep(scenario, sim)}
					acknowledgeAfterDays={acknowledgeAfterDays}
					acknowledgeNote={acknowledgeNote}
					headingRef={heading}
					onChoose={(id) => {
						setSim(chooseOption(sim, id));
						setVerdict(null);
					}}
					onCheck={check}
					onNext={next}
				/>
			) : null}
			{sim.finished ? (
				<RunSummary uid={uid} scenario={scenario} firstAnswers={sim.firstAnswers} result={scoreSimulation(scenario, sim.firstAnswers)} summaryRef={summary} />
			) : null}
			{revealed ? <SolutionList uid={uid} scenario={scenario} /> : null}
			<div class="question-actions">
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{touched ? (
					<button
						type="button"
						class="btn btn-secondary"
						onClick={() => {
							restart(scenario.id, 'Le scénario recommence.');
							focusLater(heading);
						}}
					>
						Recommencer
					</button>
				) : null}
			</div>
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
