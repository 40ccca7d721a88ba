import type { z } from '../schemas/zod';
import type { SupportChooserSchema } from '../schemas/sequence-2-extra-widgets';
import { countIncompletePairs, pairFor, type PairAnswer, type PairAnswers, type PairExercise } from './choice-pairs';
import { seededRandom, shuffle, shuffleAway } from './shuffle';

/** The support-chooser exercise’s data once parsed. */
export type SupportChooserData = z.output<typeof SupportChooserSchema>;
/** One situation to route to a channel and a mode. */
export type SupportSituation = SupportChooserData['situations'][number];

/** The two lists of a situation, in the order they are shown. */
export const SITUATION_KEYS = ['channel', 'mode'] as const;

/** The two choices made for one situation; an empty string is a select left on « — Choisir — ». */
export type SupportAnswer = PairAnswer<(typeof SITUATION_KEYS)[number]>;

/** Answers by situation id. */
export type SupportAnswers = PairAnswers<(typeof SITUATION_KEYS)[number]>;

/** The verdict on one situation: the channel and the mode are judged separately. */
export interface SituationResult {
	situationId: string;
	channelOk: boolean;
	modeOk: boolean;
	/** 0, 1 or 2. */
	score: number;
	max: 2;
}

/** The verdict on every situation. */
export interface SupportCheck {
	situations: SituationResult[];
	score: number;
	max: number;
}

/** Both choices of one situation, empty when not answered yet. */
export function supportAnswerFor(answers: SupportAnswers, situationId: string): SupportAnswer {
	return pairFor(answers, situationId, SITUATION_KEYS);
}

/** Number of selects still on « — Choisir — » (two per situation), over the exercise’s situations only. */
export function countMissingSupport(situations: readonly SupportSituation[], answers: SupportAnswers): number {
	return countIncompletePairs(situations.map((s) => s.id), answers, SITUATION_KEYS).lists;
}

/** Number of situations with at least one select still empty (unknown ids do not count). */
export function countIncompleteSupport(situations: readonly SupportSituation[], answers: SupportAnswers): number {
	return countIncompletePairs(situations.map((s) => s.id), answers, SITUATION_KEYS).items;
}

/** One point for the right channel, one for the right mode; an unknown id is simply wrong. */
export function scoreSituation(s: SupportSituation, answer: SupportAnswer | undefined): SituationResult {
	const channelOk = answer?.channel === s.channel;
	const modeOk = answer?.mode === s.mode;
	return { situationId: s.id, channelOk, modeOk, score: Number(channelOk) + Number(modeOk), max: 2 };
}

/** Scores every situation, in the data’s order; answers for unknown situation ids are ignored. */
export function scoreSupport(data: SupportChooserData, answers: SupportAnswers): SupportCheck {
	const situations = data.situations.map((s) => scoreSituation(s, answers[s.id]));
	return { situations, score: situations.reduce((n, r) => n + r.score, 0), max: 2 * data.situations.length };
}

/** The right channel and mode for every situation (« Voir la solution »). */
export function supportSolution(data: SupportChooserData): SupportAnswers {
	return Object.fromEntries(data.situations.map((s) => [s.id, { channel: s.channel, mode: s.mode }]));
}

/**
 * The first order of the situations: shuffled from a seed, so that the server and the browser
 * render the same list and the data’s grouping by channel gives nothing away.
 */
export function initialSupportOrder(situations: readonly SupportSituation[], seed: string): string[] {
	return shuffle(
		situations.map((s) => s.id),
		seededRandom(seed)
	);
}

/** A new order for « Réessayer », different from the current one whenever possible. */
export function reshuffleSupport(order: readonly string[], random: () => number = Math.random): string[] {
	return shuffleAway(order, random);
}

/** The exercise as the practice kit runs it: one recorded item per situation, `${exerciseId}:${situationId}`. */
export function supportExercise(data: SupportChooserData, exerciseId: string): PairExercise<(typeof SITUATION_KEYS)[number], SupportCheck> {
	return {
		itemIds: data.situations.map((s) => s.id),
		keys: SITUATION_KEYS,
		initialOrder: () => initialSupportOrder(data.situations, exerciseId),
		reshuffle: (order) => reshuffleSupport(order),
		score: (answers) => scoreSupport(data, answers),
		items: (check) => check.situations.map((r) => ({ itemId: `${exerciseId}:${r.situationId}`, score: r.score, max: r.max })),
		solution: () => ({ answers: supportSolution(data) }),
		words: { pair: 'un canal et un mode', noun: 'situation', solution: 'Solution affichée\u00a0: le canal et le mode de chaque situation, avec l’explication.' },
	};
}
