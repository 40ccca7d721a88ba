import { useRef, useState } from 'preact/hooks';
import { canAdvance, checkStep, chooseOption, currentStep, findScenario, isLastStep, nextStep, reachedSteps, scoreSimulation, startSimulation, stepAnnouncement, summaryText, type SimulationScore, type StatusSimulatorData, type StepVerdict } from '../../lib/status-simulator';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import { RunSummary, SolutionList } from './RunReview';
import ScenarioPicker from './ScenarioPicker';
import StatusTimeline from './StatusTimeline';
import StepPanel from './StepPanel';

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
 * says what the status means or what to do (each step checked on the spot, its first answer
 * kept), and « Voir le bilan » is the run's check: one item per scenario (`exerciseId:scenarioId`).
 */
export default function StatusSimulator({ exerciseId, objectives, data, acknowledgeAfterDays, acknowledgeNote }: Props) {
	const [scenarioId, setScenarioId] = useState(data.scenarios[0]?.id ?? '');
	const scenario = findScenario(data, scenarioId);
	const [sim, setSim] = useState(() => startSimulation(scenario));
	const [verdict, setVerdict] = useState<Extract<StepVerdict, { kind: 'answered' }> | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	const summary = useRef<HTMLDivElement>(null);
	const nextScenario = useRef<string | null>(null);
	const uid = exerciseId;
	const itemId = `${exerciseId}:${scenario.id}`;
	const focusLater = (el: { current: HTMLElement | null }) => setTimeout(() => el.current?.focus(), 0);

	/** A fresh run, of this scenario or of the one chosen (`nextScenario`); says which step is on. */
	const clear = () => {
		const s = findScenario(data, nextScenario.current ?? scenario.id);
		const fresh = startSimulation(s);
		nextScenario.current = null;
		setScenarioId(s.id);
		setSim(fresh);
		setVerdict(null);
		setWarning(null);
		return `${s.id === scenario.id ? 'Le scénario recommence.' : 'Nouveau scénario.'} ${stepAnnouncement(s, fresh)}`;
	};

	const practice = usePractice<SimulationScore>({
		id: exerciseId,
		objectives,
		answer: { scenario: scenario.id, firstAnswers: sim.firstAnswers },
		check: () => {
			if (!isLastStep(scenario, sim) || !canAdvance(sim)) return { missing: 'Le bilan vient à la fin\u00a0: vérifiez votre réponse à chaque étape, jusqu’à la dernière.' };
			const state = nextStep(scenario, sim);
			const result = scoreSimulation(scenario, state.firstAnswers);
			setSim(state);
			setVerdict(null);
			focusLater(summary);
			return { result, items: [{ itemId, ...result }], feedback: `Scénario terminé\u00a0: ${summaryText(result)}.` };
		},
		solution: () => ({
			items: [{ itemId, score: 0, max: scenario.steps.length }],
			show: () => {
				setVerdict(null);
				setWarning(null);
			},
			message: 'Solution affichée\u00a0: la bonne réponse de chaque étape, avec son explication.',
		}),
		reset: clear,
	});
	const { phase } = practice;
	const revealed = phase === 'revealed';

	/** Starts over (another scenario, or « Recommencer » during a run): the kit's « Réessayer » once checked. */
	const restart = (id: string) => {
		nextScenario.current = id;
		// Not retry() while answering: the kit's focus move would wait for the next phase change.
		if (phase !== 'answering') return practice.retry();
		practice.announce(clear());
	};

	const check = () => {
		const { state, verdict: v } = checkStep(scenario, sim);
		if (v.kind === 'missing') {
			setWarning('Choisissez une réponse avant de vérifier.');
			return practice.announce('Choisissez une réponse avant de vérifier.');
		}
		setSim(state);
		setVerdict(v);
		setWarning(null);
		practice.edit();
		practice.announce(`${v.correct ? '✓ Juste' : '✗ À revoir'}\u00a0: ${v.option.why}`);
	};

	const next = () => {
		const state = nextStep(scenario, sim);
		setSim(state);
		setVerdict(null);
		setWarning(null);
		practice.announce(stepAnnouncement(scenario, state));
		focusLater(heading);
	};

	const touched = sim.index > 0 || sim.firstAnswers.some((a) => a !== null);
	return (
		<div class="widget status-simulator" ref={practice.rootRef}>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictif.</p>
			<ScenarioPicker uid={uid} scenarios={data.scenarios} current={scenario} onPick={(id) => id !== scenario.id && restart(id)} />
			<p class="question-hint">Seule votre première réponse vérifiée à chaque étape compte pour le bilan.</p>
			<StatusTimeline uid={uid} steps={revealed ? scenario.steps : reachedSteps(scenario, sim)} />
			{!sim.finished && !revealed ? (
				<StepPanel
					uid={uid}
					step={currentStep(scenario, sim)}
					index={sim.index}
					total={scenario.steps.length}
					selected={sim.selected}
					verdict={verdict}
					warning={warning}
					canAdvance={canAdvance(sim) && !isLastStep(scenario, sim)}
					acknowledgeAfterDays={acknowledgeAfterDays}
					acknowledgeNote={acknowledgeNote}
					headingRef={heading}
					onChoose={(id) => {
						setSim((s) => chooseOption(s, id));
						setVerdict(null);
					}}
					onCheck={check}
					onNext={next}
					onRestart={
						touched
							? () => {
									restart(scenario.id);
									focusLater(heading);
								}
							: undefined
					}
				/>
			) : null}
			{sim.finished ? <RunSummary uid={uid} scenario={scenario} firstAnswers={sim.firstAnswers} result={scoreSimulation(scenario, sim.firstAnswers)} summaryRef={summary} /> : null}
			{revealed ? <SolutionList uid={uid} scenario={scenario} /> : null}
			<PracticeActions practice={practice} checkLabel="Voir le bilan" />
			<LiveRegion text={practice.live} />
		</div>
	);
}
