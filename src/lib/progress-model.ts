import { runProblem, type EvaluationRun } from './evaluation-model';

/**
 * The learner's progress as stored in the browser, and the small type guard that checks it on
 * load. Zod stays out of the client bundle (the JS budget counts): this guard is enough for a
 * shape we write ourselves.
 */

/** Where an attempt was made: in a lesson, in the positioning test, in the final evaluation. */
export type AttemptContext = 'lesson' | 'avant' | 'apres';

/**
 * « scored »: a counted check (course.md §2); « practice »: a check made after the item's
 * correction or solution was shown the same day, kept but never counted; « revealed »: the
 * learner asked for the solution. Files written before « practice » existed hold only the other
 * two, so they stay valid as they are.
 */
export type AttemptOutcome = 'scored' | 'practice' | 'revealed';

/** One answer to one item (question or widget). */
export interface Attempt {
	/**
	 * The item's objectives when it was answered. Kept for the file's reader only: results are
	 * computed from the content's own item → objectives map, never from this field.
	 */
	objectives: string[];
	score: number;
	max: number;
	outcome: AttemptOutcome;
	context: AttemptContext;
	/** ISO timestamp of the answer. */
	at: string;
	/** Time spent on the item, in milliseconds. */
	durationMs: number;
}

/** What is known of one lesson. */
export interface LessonProgress {
	firstVisitAt: string;
	lastVisitAt: string;
	completedAt?: string;
	/** Time the tab was visible and the learner active, in milliseconds. */
	timeSpentMs: number;
}

/** The last place visited, for « Reprendre ». */
export interface Place {
	lesson: string;
	section?: string;
	at: string;
}

export interface ProgressState {
	version: 1;
	courseId: string;
	/** Attempts per item id, oldest first, capped per item. */
	attempts: Record<string, Attempt[]>;
	lessons: Record<string, LessonProgress>;
	lastPlace?: Place;
	/** Random, made on the first evaluation run: with the run number, it seeds the learner's draws. */
	learnerSeed?: string;
	/** Evaluation runs, oldest first (src/lib/evaluation-model.ts); absent before the first one. */
	runs?: EvaluationRun[];
}

/** A fresh, empty progress record. */
export function emptyProgress(courseId: string): ProgressState {
	return { version: 1, courseId, attempts: {}, lessons: {} };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIsoTime = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isAttempt(v: unknown): v is Attempt {
	return (
		isObject(v) &&
		Array.isArray(v.objectives) &&
		v.objectives.every(isString) &&
		isCount(v.score) &&
		isCount(v.max) &&
		v.max > 0 &&
		v.score <= v.max &&
		(v.outcome === 'scored' || v.outcome === 'practice' || v.outcome === 'revealed') &&
		(v.context === 'lesson' || v.context === 'avant' || v.context === 'apres') &&
		isIsoTime(v.at) &&
		isCount(v.durationMs)
	);
}

function isLessonProgress(v: unknown): v is LessonProgress {
	return (
		isObject(v) &&
		isIsoTime(v.firstVisitAt) &&
		isIsoTime(v.lastVisitAt) &&
		(v.completedAt === undefined || isIsoTime(v.completedAt)) &&
		isCount(v.timeSpentMs)
	);
}

/**
 * Says what is wrong with a would-be progress record, or returns null when it is valid. The
 * messages are French because import errors show them to the learner.
 */
export function progressProblem(v: unknown): string | null {
	if (!isObject(v)) return 'les données ne sont pas un objet';
	// This guard describes the current shape (version 1); older data is migrated before it.
	if (v.version !== 1) return `version ${String(v.version)} inattendue`;
	if (!isString(v.courseId)) return 'identifiant du cours absent';
	if (!isObject(v.attempts)) return 'réponses absentes';
	for (const [item, list] of Object.entries(v.attempts)) {
		if (!Array.isArray(list) || !list.every(isAttempt)) return `réponses à « ${item} » illisibles`;
	}
	if (!isObject(v.lessons)) return 'leçons absentes';
	for (const [lesson, p] of Object.entries(v.lessons)) {
		if (!isLessonProgress(p)) return `suivi de la leçon « ${lesson} » illisible`;
	}
	const place = v.lastPlace;
	if (place !== undefined && !(isObject(place) && isString(place.lesson) && isIsoTime(place.at))) {
		return 'dernier emplacement illisible';
	}
	if (v.learnerSeed !== undefined && !(isString(v.learnerSeed) && /^[0-9a-f]{8,64}$/.test(v.learnerSeed))) return 'graine de tirage illisible';
	if (v.runs !== undefined) {
		if (!Array.isArray(v.runs)) return 'évaluations illisibles';
		for (const run of v.runs) {
			const problem = runProblem(run);
			if (problem) return problem;
		}
		const ids = v.runs.map((r: { id: string }) => r.id);
		if (new Set(ids).size !== ids.length) return 'deux évaluations portent le même numéro';
	}
	return null;
}

/** Type guard over `progressProblem`. */
export function isProgressState(v: unknown): v is ProgressState {
	return progressProblem(v) === null;
}
