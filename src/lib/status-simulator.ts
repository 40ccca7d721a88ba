import type { z } from '../schemas/zod';
import type { StatusSimulatorSchema } from '../schemas/sequence-2-widgets';

/** The simulator's data once parsed (`popup` defaulted to false). */
export type StatusSimulatorData = z.output<typeof StatusSimulatorSchema>;
/** One invoice's story on the tableau de bord. */
export type StatusScenario = StatusSimulatorData['scenarios'][number];
/** One event of that story, with its question. */
export type StatusStep = StatusScenario['steps'][number];
/** One answer offered at a step. */
export type StepOption = StatusStep['question']['options'][number];

/** Where the learner is in a scenario. */
export interface SimulationState {
	/** Index of the step on screen. */
	index: number;
	/** Option ticked at the current step, not necessarily checked yet. */
	selected: string | null;
	/** Option whose explanation is on screen (the last one checked), or null. */
	shown: string | null;
	/** First checked answer of each step, by index: the one that counts. */
	firstAnswers: (string | null)[];
	/** True once the learner has moved past the last step. */
	finished: boolean;
}

/** What « Vérifier » says about the current step. */
export type StepVerdict = { kind: 'missing' } | { kind: 'answered'; option: StepOption; correct: boolean; first: boolean };

/** Score of a finished (or unfinished) run: one point per step answered right the first time. */
export interface SimulationScore {
	score: number;
	max: number;
}

/** A fresh run of `scenario`: first step, nothing answered. */
export function startSimulation(scenario: StatusScenario): SimulationState {
	return { index: 0, selected: null, shown: null, firstAnswers: scenario.steps.map(() => null), finished: false };
}

/** The scenario with this id, or the first one (a stale id must not break the widget). */
export function findScenario(data: StatusSimulatorData, id: string | null | undefined): StatusScenario {
	return data.scenarios.find((s) => s.id === id) ?? (data.scenarios[0] as StatusScenario);
}

/** The step on screen, or the last one once the run is finished. */
export function currentStep(scenario: StatusScenario, state: SimulationState): StatusStep {
	return scenario.steps[Math.min(state.index, scenario.steps.length - 1)] as StatusStep;
}

/** The one right option of a step (the schema guarantees exactly one). */
export function correctOption(step: StatusStep): StepOption {
	return step.question.options.find((o) => o.correct) as StepOption;
}

/** Ticks an option; the explanation of an earlier check goes away, since it no longer applies. */
export function chooseOption(state: SimulationState, optionId: string): SimulationState {
	if (state.finished) return state;
	return { ...state, selected: optionId, shown: null };
}

/**
 * Checks the ticked option. Only the first checked answer of a step is kept for the score;
 * the learner may still try the others to read their explanation. An unknown id counts as
 * no answer, so nothing is kept.
 */
export function checkStep(scenario: StatusScenario, state: SimulationState): { state: SimulationState; verdict: StepVerdict } {
	const step = currentStep(scenario, state);
	const option = step.question.options.find((o) => o.id === state.selected);
	if (state.finished || !option) return { state, verdict: { kind: 'missing' } };
	const first = state.firstAnswers[state.index] == null;
	const firstAnswers = first ? state.firstAnswers.map((a, i) => (i === state.index ? option.id : a)) : state.firstAnswers;
	return { state: { ...state, shown: option.id, firstAnswers }, verdict: { kind: 'answered', option, correct: option.correct, first } };
}

/** True when the current step has been checked at least once, so the learner may move on. */
export function canAdvance(state: SimulationState): boolean {
	return !state.finished && state.firstAnswers[state.index] != null;
}

/** True when the current step is the scenario's last. */
export function isLastStep(scenario: StatusScenario, state: SimulationState): boolean {
	return state.index >= scenario.steps.length - 1;
}

/** Moves to the next step, or ends the run after the last one; refused before a check. */
export function nextStep(scenario: StatusScenario, state: SimulationState): SimulationState {
	if (!canAdvance(state)) return state;
	if (isLastStep(scenario, state)) return { ...state, selected: null, shown: null, finished: true };
	return { ...state, index: state.index + 1, selected: null, shown: null };
}

/** One point per step whose first checked answer is the right one. */
export function scoreSimulation(scenario: StatusScenario, firstAnswers: readonly (string | null)[]): SimulationScore {
	const score = scenario.steps.filter((step, i) => firstAnswers[i] === correctOption(step).id).length;
	return { score, max: scenario.steps.length };
}

/** « 5 bonnes réponses sur 7 », « 1 bonne réponse sur 7 », « 0 bonne réponse sur 7 ». */
export function summaryText({ score, max }: SimulationScore): string {
	return score > 1 ? `${score} bonnes réponses sur ${max}` : `${score} bonne réponse sur ${max}`;
}

/** The steps reached so far, for the timeline: all of them once the run is finished. */
export function reachedSteps(scenario: StatusScenario, state: SimulationState): StatusStep[] {
	return scenario.steps.slice(0, state.finished ? scenario.steps.length : state.index + 1);
}

/** « J+3 »: days after the deposit. */
export function dayLabel(day: number): string {
	return `J+${day}`;
}

/** The ISO 8601 duration for <time datetime> (« P3D »). */
export function dayDuration(day: number): string {
	return `P${day}D`;
}

/** What the live region says when a step appears. */
export function stepAnnouncement(scenario: StatusScenario, state: SimulationState): string {
	const step = currentStep(scenario, state);
	return `Étape ${state.index + 1} sur ${scenario.steps.length}, ${dayLabel(step.day)} — nouveau statut\u00a0: ${step.label}.`;
}
