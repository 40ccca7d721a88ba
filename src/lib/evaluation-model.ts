import { isIsoTimestamp } from './iso-time';
import type { Answer } from './quiz-types';

/**
 * The evaluation runs kept in the learner's progress (course.md §5): the positioning test and
 * the final evaluation, each run with its own draw. Runs live beside the per-item practice
 * history, never inside it, so the history cap never touches them.
 */

export type EvaluationKind = 'positionnement' | 'finale';

/** A drawn question and the objective it was drawn for. */
export interface RunQuestion {
	id: string;
	objective: string;
}

/** A question's result, fixed when the run is completed. */
export interface QuestionResult {
	score: number;
	max: number;
}

export interface EvaluationRun {
	/** `<kind>-<number>`, unique in the progress. */
	id: string;
	kind: EvaluationKind;
	/** 1 for the learner's first run of this kind, then 2, 3… */
	number: number;
	/** Version of the pool the questions were drawn from (src/data/evaluation.ts). */
	bank: string;
	questions: RunQuestion[];
	startedAt: string;
	/** Saved at each answer, so an unfinished run resumes where it was left. */
	answers: Record<string, Answer>;
	/** Set once, when the learner ends the run: only then is it scored. */
	completedAt?: string;
	/** Every drawn question's result, stored at completion: later content edits never change it. */
	results?: Record<string, QuestionResult>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIsoTime = isIsoTimestamp;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const ANSWER_TYPES = new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching']);

function isAnswer(v: unknown): v is Answer {
	if (!isObject(v) || !ANSWER_TYPES.has(v.type as string)) return false;
	switch (v.type) {
		case 'single':
			return v.selected === null || isString(v.selected);
		case 'multiple':
			return Array.isArray(v.selected) && v.selected.every(isString);
		case 'truefalse':
			return v.value === null || typeof v.value === 'boolean';
		case 'ordering':
			return Array.isArray(v.order) && v.order.every(isString);
		default:
			return isObject(v.pairs) && Object.values(v.pairs).every(isString);
	}
}

const isResult = (r: unknown) => isObject(r) && isCount(r.score) && isCount(r.max) && r.max > 0 && r.score <= r.max;

/** Says what is wrong with a stored run (the field named), or null when its shape is right. */
export function runProblem(v: unknown): string | null {
	if (!isObject(v) || !isString(v.id)) return 'évaluation illisible';
	const done = v.completedAt !== undefined;
	// Each field with its check, in order: the first that fails is named.
	const checks: [string, boolean][] = [
		['kind', v.kind === 'positionnement' || v.kind === 'finale'],
		['number', isCount(v.number) && v.number > 0],
		['bank', isString(v.bank)],
		['questions', Array.isArray(v.questions) && v.questions.every((q) => isObject(q) && isString(q.id) && isString(q.objective))],
		['startedAt', isIsoTime(v.startedAt)],
		['answers', isObject(v.answers) && Object.values(v.answers).every(isAnswer)],
		['completedAt', !done || isIsoTime(v.completedAt)],
		['results', done ? isObject(v.results) && Object.values(v.results).every(isResult) : v.results === undefined],
	];
	const failed = checks.find(([, ok]) => !ok);
	return failed ? `évaluation «\u00a0${v.id}\u00a0»\u00a0: ${failed[0]} illisible` : null;
}
