import { runProblem, type EvaluationRun } from './evaluation-model';
import { isIsoTimestamp } from './iso-time';

/**
 * The learner's progress as stored in the browser, and the small type guard that checks it on
 * load. Zod stays out of the client bundle (the JS budget counts): this guard is enough for a
 * shape we write ourselves. Version 2 (issue 11): timestamps are ISO 8601 only, the answers to
 * the evaluations of version 1 are labelled as such, and the learner's name is kept.
 */

/**
 * Where an attempt was made: in a lesson (quizzes and practice). `v1-avant` / `v1-apres` are
 * the answers given to the evaluations of version 1 (one draw for everyone): kept in the
 * record, counted nowhere. The evaluations drawn per learner are runs, not attempts.
 */
export type AttemptContext = 'lesson' | 'v1-avant' | 'v1-apres';

/**
 * « scored »: a counted check (course.md §2); « practice »: a check made after the item's
 * correction or solution was shown the same day, kept but never counted; « revealed »: the
 * learner asked for the solution.
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
	version: 2;
	courseId: string;
	/** As typed on « Mon parcours »: names the exported file (and the organiser's list later). */
	learnerName?: string;
	/** Optional, as typed on « Mon parcours »: the organiser prints it on the attestation. */
	learnerEmployer?: string;
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
	return { version: 2, courseId, attempts: {}, lessons: {} };
}

/** Longest name kept: enough for « Marie-Claire de La Tour-Dupin ». */
export const MAX_NAME_LENGTH = 80;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const CONTEXTS = new Set(['lesson', 'v1-avant', 'v1-apres']);
const OUTCOMES = new Set(['scored', 'practice', 'revealed']);

/** A name as a person writes it: letters, spaces, apostrophes, hyphens, dots; no markup. */
export function isLearnerName(v: unknown): v is string {
	return isString(v) && v.length <= MAX_NAME_LENGTH && /^[\p{L}\p{M}0-9 '’.-]*$/u.test(v);
}

/** Longest employer kept: a company's registered name fits. */
export const MAX_EMPLOYER_LENGTH = 120;

/** A company name: letters, digits, spaces and its usual punctuation (' ’ . - & , ( ) /); no markup. */
export function isEmployerName(v: unknown): v is string {
	return isString(v) && v.length <= MAX_EMPLOYER_LENGTH && /^[\p{L}\p{M}0-9 '’.&,()/-]*$/u.test(v);
}

/** What is wrong with one attempt (the field named), or null. */
function attemptProblem(v: unknown): string | null {
	if (!isObject(v)) return 'illisible';
	if (!Array.isArray(v.objectives) || !v.objectives.every(isString)) return 'objectives illisible';
	if (!isCount(v.max) || v.max === 0) return 'max illisible';
	if (!isCount(v.score) || v.score > v.max) return `score ${String(v.score)} impossible pour un maximum de ${String(v.max)}`;
	if (!OUTCOMES.has(v.outcome as string)) return 'outcome inconnu';
	if (!CONTEXTS.has(v.context as string)) return 'context inconnu';
	if (!isIsoTimestamp(v.at)) return `at\u00a0: date «\u00a0${String(v.at)}\u00a0» illisible (ISO 8601 attendu)`;
	if (!isCount(v.durationMs)) return 'durationMs illisible';
	return null;
}

function lessonProblem(v: unknown): string | null {
	if (!isObject(v)) return 'illisible';
	for (const field of ['firstVisitAt', 'lastVisitAt'] as const) {
		if (!isIsoTimestamp(v[field])) return `${field}\u00a0: date «\u00a0${String(v[field])}\u00a0» illisible (ISO 8601 attendu)`;
	}
	if (v.completedAt !== undefined && !isIsoTimestamp(v.completedAt)) return `completedAt\u00a0: date «\u00a0${String(v.completedAt)}\u00a0» illisible`;
	if (!isCount(v.timeSpentMs)) return 'timeSpentMs illisible';
	return null;
}

/**
 * Says what is wrong with a would-be progress record, naming the item and the field, or returns
 * null when it is valid. The messages are French because import errors show them to the learner.
 */
export function progressProblem(v: unknown): string | null {
	if (!isObject(v)) return 'les données ne sont pas un objet';
	// This guard describes the current shape (version 2); older data is migrated before it.
	if (v.version !== 2) return `version ${String(v.version)} inattendue`;
	if (!isString(v.courseId)) return 'identifiant du cours absent';
	if (v.learnerName !== undefined && !isLearnerName(v.learnerName)) return 'nom illisible (lettres, espaces, apostrophes et tirets, 80 caractères au plus)';
	if (v.learnerEmployer !== undefined && !isEmployerName(v.learnerEmployer)) return 'employeur illisible (lettres, chiffres, espaces et ponctuation, 120 caractères au plus)';
	if (!isObject(v.attempts)) return 'réponses absentes';
	for (const [item, list] of Object.entries(v.attempts)) {
		if (!Array.isArray(list)) return `réponses à «\u00a0${item}\u00a0» illisibles`;
		for (const [index, attempt] of list.entries()) {
			const problem = attemptProblem(attempt);
			if (problem) return `réponse ${index + 1} à «\u00a0${item}\u00a0»\u00a0: ${problem}`;
		}
	}
	if (!isObject(v.lessons)) return 'leçons absentes';
	for (const [lesson, p] of Object.entries(v.lessons)) {
		const problem = lessonProblem(p);
		if (problem) return `suivi de la leçon «\u00a0${lesson}\u00a0»\u00a0: ${problem}`;
	}
	const place = v.lastPlace;
	if (place !== undefined && !(isObject(place) && isString(place.lesson) && isIsoTimestamp(place.at) && (place.section === undefined || isString(place.section)))) {
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
