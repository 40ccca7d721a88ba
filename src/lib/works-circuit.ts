import type { z } from '../schemas/zod';
import type { WorksCircuitSchema } from '../schemas/sequence-2-extra-widgets';
import { countIncompletePairs, pairFor, type PairAnswer, type PairAnswers, type PairExercise } from './choice-pairs';
import { seededRandom, shuffle } from './shuffle';

/** The works-circuit exercise’s data once parsed (steps listed in the right order). */
export type WorksCircuitData = z.output<typeof WorksCircuitSchema>;
/** One document of the works circuit. */
export type WorksStep = WorksCircuitData['steps'][number];

/**
 * A deadline explained after « Vérifier », resolved at build time from its fact: the data’s
 * sentence, the fact’s value (« 7 jours ») and the fact’s source.
 */
export interface WorksDeadline {
	text: string;
	value: string;
	/** The fact's note (« à vérifier », « selon … »), shown beside the value when the fact is not sure. */
	note?: string;
	source: { url: string; label: string };
}

/** The two lists of a step, in the order they are shown. */
export const STEP_KEYS = ['actor', 'cadre'] as const;

/** The two choices made for one step; an empty string is a select left on « — Choisir — ». */
export type StepAnswer = PairAnswer<(typeof STEP_KEYS)[number]>;

/** Answers by step id. */
export type WorksAnswers = PairAnswers<(typeof STEP_KEYS)[number]>;

/** The verdict on one step: its position, its actor and its cadre are judged separately. */
export interface StepResult {
	stepId: string;
	positionOk: boolean;
	actorOk: boolean;
	cadreOk: boolean;
	/** 0 to 3. */
	score: number;
	max: 3;
}

/** The verdict on the whole circuit, recorded as one attempt. */
export interface WorksCheck {
	steps: StepResult[];
	score: number;
	max: number;
}

/** Both choices of one step, empty when not answered yet. */
export function stepAnswerFor(answers: WorksAnswers, stepId: string): StepAnswer {
	return pairFor(answers, stepId, STEP_KEYS);
}

/** Number of selects still on « — Choisir — » (two per step), over the exercise’s steps only. */
export function countMissingSelects(steps: readonly WorksStep[], answers: WorksAnswers): number {
	return countIncompletePairs(steps.map((s) => s.id), answers, STEP_KEYS).lists;
}

/** Number of steps with at least one select still empty (unknown step ids do not count). */
export function countIncompleteSteps(steps: readonly WorksStep[], answers: WorksAnswers): number {
	return countIncompletePairs(steps.map((s) => s.id), answers, STEP_KEYS).items;
}

/**
 * Scores the learner’s order and choices: one point per step in its place, one per right actor,
 * one per right cadre. A step is in its place when the order holds it at the data’s index, so an
 * unknown or repeated id in the order pushes the steps after it out of place.
 */
export function scoreWorks(data: WorksCircuitData, order: readonly string[], answers: WorksAnswers): WorksCheck {
	const steps = data.steps.map((s, i): StepResult => {
		const a = answers[s.id];
		const positionOk = order[i] === s.id;
		const actorOk = a?.actor === s.actor;
		const cadreOk = a?.cadre === s.cadre;
		return { stepId: s.id, positionOk, actorOk, cadreOk, score: Number(positionOk) + Number(actorOk) + Number(cadreOk), max: 3 };
	});
	return { steps, score: steps.reduce((n, r) => n + r.score, 0), max: 3 * data.steps.length };
}

/** The solved circuit (« Voir la solution »): the data’s order and every actor and cadre. */
export function worksSolution(data: WorksCircuitData): { order: string[]; answers: WorksAnswers } {
	return {
		order: data.steps.map((s) => s.id),
		answers: Object.fromEntries(data.steps.map((s) => [s.id, { actor: s.actor, cadre: s.cadre }])),
	};
}

function same(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A shuffled order of the steps that is never the solved one, and differs from `avoid` (the
 * current order, on « Réessayer ») whenever it can. With fewer than two steps no other order
 * exists, so the solved one is returned.
 */
export function shuffleSteps(solved: readonly string[], random: () => number, avoid: readonly string[] = solved): string[] {
	if (solved.length < 2) return [...solved];
	for (let tries = 0; tries < 30; tries += 1) {
		const out = shuffle(solved, random);
		if (!same(out, solved) && !same(out, avoid)) return out;
	}
	// Rotations by one and by two differ from the solved order and from each other (3 steps or
	// more), so one of them also differs from `avoid`; with 2 steps only the swap is unsolved.
	const rotate = (k: number) => [...solved.slice(k), ...solved.slice(0, k)];
	const one = rotate(1);
	return same(one, avoid) && solved.length > 2 ? rotate(2) : one;
}

/**
 * The first order of the steps: shuffled from the exercise id, so that the server and the
 * browser render the same list, and never already solved.
 */
export function initialWorksOrder(steps: readonly WorksStep[], seed: string): string[] {
	return shuffleSteps(
		steps.map((s) => s.id),
		seededRandom(seed)
	);
}

/** A new order for « Réessayer »: not solved, and not the current one. */
export function reshuffleWorks(steps: readonly WorksStep[], current: readonly string[], random: () => number = Math.random): string[] {
	return shuffleSteps(
		steps.map((s) => s.id),
		random,
		current
	);
}

/**
 * Moves the step `id` one place up (-1) or down (+1). Returns the new order and the step’s new
 * position (1-based), or null when the step is unknown or already at that end of the list.
 */
export function moveWorksStep(order: readonly string[], id: string, delta: -1 | 1): { order: string[]; position: number } | null {
	const from = order.indexOf(id);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= order.length) return null;
	const next = [...order];
	[next[from], next[to]] = [next[to] as string, next[from] as string];
	return { order: next, position: to + 1 };
}

/** The exercise as the practice kit runs it: the whole circuit is one recorded item, `exerciseId`. */
export function worksExercise(data: WorksCircuitData, exerciseId: string): PairExercise<(typeof STEP_KEYS)[number], WorksCheck> {
	return {
		itemIds: data.steps.map((s) => s.id),
		keys: STEP_KEYS,
		initialOrder: () => initialWorksOrder(data.steps, exerciseId),
		reshuffle: (order) => reshuffleWorks(data.steps, order),
		score: (answers, order) => scoreWorks(data, order, answers),
		items: (check) => [{ itemId: exerciseId, score: check.score, max: check.max }],
		solution: () => worksSolution(data),
		words: { pair: 'un acteur et un cadre', noun: 'étape', solution: 'Solution affichée\u00a0: l’ordre des documents, l’acteur et le cadre de chacun, avec les délais.' },
	};
}
