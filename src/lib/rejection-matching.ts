import type { z } from '../schemas/zod';
import type { RejectionMatchingSchema } from '../schemas/sequence-2-widgets';
import { countIncompletePairs, pairFor, type PairAnswer, type PairAnswers, type PairExercise } from './choice-pairs';
import { seededRandom, shuffle, shuffleAway } from './shuffle';

/** The matching exercise's data once parsed. */
export type RejectionMatchingData = z.output<typeof RejectionMatchingSchema>;
/** One returned invoice to diagnose. */
export type RejectionCase = RejectionMatchingData['cases'][number];
/** The three statuses of a returned invoice. */
export type ReturnStatus = RejectionCase['status'];

/** The statuses as the portal names them, so the badge says it in words. */
export const STATUS_LABEL: Record<ReturnStatus, string> = {
	'a-recycler': 'À recycler',
	suspendue: 'Suspendue',
	rejetee: 'Rejetée',
};

/** The two lists of an invoice, in the order they are shown. */
export const CASE_KEYS = ['cause', 'action'] as const;

/** The two choices made for one invoice; an empty string is a select left on « — Choisir — ». */
export type CaseAnswer = PairAnswer<(typeof CASE_KEYS)[number]>;

/** Answers by case id. */
export type RejectionAnswers = PairAnswers<(typeof CASE_KEYS)[number]>;

/** The verdict on one invoice: the cause and the action are judged separately. */
export interface CaseResult {
	caseId: string;
	causeOk: boolean;
	actionOk: boolean;
	/** 0, 1 or 2. */
	score: number;
	max: 2;
}

/** The verdict on the whole exercise. */
export interface RejectionCheck {
	cases: CaseResult[];
	score: number;
	max: number;
}

/** Both choices of one invoice, empty when not answered yet. */
export function answerFor(answers: RejectionAnswers, caseId: string): CaseAnswer {
	return pairFor(answers, caseId, CASE_KEYS);
}

/**
 * Number of selects still on « — Choisir — » (two per invoice at most), counted over the
 * exercise's cases only: answers for unknown case ids do not fill anything.
 */
export function countMissing(cases: readonly RejectionCase[], answers: RejectionAnswers): number {
	return countIncompletePairs(cases.map((c) => c.id), answers, CASE_KEYS).lists;
}

/** Number of invoices with at least one select still empty (unknown case ids do not count). */
export function countIncomplete(cases: readonly RejectionCase[], answers: RejectionAnswers): number {
	return countIncompletePairs(cases.map((c) => c.id), answers, CASE_KEYS).items;
}

/** One point for the right cause, one for the right action; an unknown id is simply wrong. */
export function scoreCase(c: RejectionCase, answer: CaseAnswer | undefined): CaseResult {
	const causeOk = answer?.cause === c.cause;
	const actionOk = answer?.action === c.action;
	return { caseId: c.id, causeOk, actionOk, score: (causeOk ? 1 : 0) + (actionOk ? 1 : 0), max: 2 };
}

/** Scores every case, in the data's order; answers for unknown case ids are ignored. */
export function scoreRejections(data: RejectionMatchingData, answers: RejectionAnswers): RejectionCheck {
	const cases = data.cases.map((c) => scoreCase(c, answers[c.id]));
	return { cases, score: cases.reduce((n, r) => n + r.score, 0), max: 2 * data.cases.length };
}

/** The right cause and action for every case (« Voir la solution »). */
export function rejectionSolution(data: RejectionMatchingData): RejectionAnswers {
	return Object.fromEntries(data.cases.map((c) => [c.id, { cause: c.cause, action: c.action }]));
}

/**
 * The first order of the cases: shuffled from a seed, so that the server and the browser
 * render the same list and the data's grouping by status gives nothing away.
 */
export function initialOrder(cases: readonly RejectionCase[], seed: string): string[] {
	return shuffle(cases.map((c) => c.id), seededRandom(seed));
}

/** A new order for « Réessayer », different from the current one whenever possible. */
export function reshuffle(order: readonly string[], random: () => number = Math.random): string[] {
	return shuffleAway(order, random);
}

/** The exercise as the practice kit runs it: one recorded item per invoice, `${exerciseId}:${caseId}`. */
export function rejectionExercise(data: RejectionMatchingData, exerciseId: string): PairExercise<(typeof CASE_KEYS)[number], RejectionCheck> {
	return {
		itemIds: data.cases.map((c) => c.id),
		keys: CASE_KEYS,
		initialOrder: () => initialOrder(data.cases, exerciseId),
		reshuffle: (order) => reshuffle(order),
		score: (answers) => scoreRejections(data, answers),
		items: (check) => check.cases.map((r) => ({ itemId: `${exerciseId}:${r.caseId}`, score: r.score, max: r.max })),
		solution: () => ({ answers: rejectionSolution(data) }),
		words: { pair: 'une cause et une action', noun: 'facture', solution: 'Solution affichée\u00a0: la cause et l’action de chaque facture, avec l’explication.' },
	};
}
