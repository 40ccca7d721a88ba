import { apresRun, summariseRun, type EvaluationRule } from '../evaluation-runs';
import type { EvaluationRun } from '../evaluation-model';

/**
 * What the course reports to an LMS (issue 15), from the evaluation runs alone, through the same
 * functions as « Mon parcours » (apresRun, summariseRun): the LMS must never read a result the
 * learner's own page does not show.
 *
 * The rule (README, course.md §2): the latest completed final run (« après ») decides. It reaches
 * the pass mark → passed; below it → failed; no completed final run yet → incomplete. Practice
 * in the lessons and the positioning test never pass or fail the course.
 */

/** A score as SCORM 1.2 `cmi.core.score` and cmi5's scaled score read it. */
export interface LmsScore {
	raw: number;
	min: 0;
	max: number;
}

export interface LmsStatus {
	status: 'passed' | 'failed' | 'incomplete';
	/** The « après » run's share of right questions, 0–100; absent while incomplete. */
	score?: LmsScore & { max: 100 };
}

/**
 * A ratio 0–1 as a whole percentage, rounded DOWN: SCORM 1.2 LMSs may compare `score.raw` with
 * `adlcp:masteryscore` and set the status themselves, so 23/30 (76.7 %) must read 76, and 79.7 %
 * never 80 where the course says « failed ». The ratio is first rounded to 1e-6, as summariseRun
 * does for `passed`, so that 29/100 (0.29 × 100 = 28.999…) reads 29: raw ≥ pass mark × 100
 * exactly when summariseRun says passed.
 */
export function percentOf(ratio: number): number {
	return Math.floor(Math.round(ratio * 1e6) / 1e4);
}

/** `cmi.core.lesson_status` and `cmi.core.score` by the rule above. */
export function lmsStatus(runs: readonly EvaluationRun[], rule: EvaluationRule): LmsStatus {
	const apres = apresRun(runs);
	if (!apres) return { status: 'incomplete' };
	const summary = summariseRun(apres, rule);
	return { status: summary.passed ? 'passed' : 'failed', score: { raw: percentOf(summary.ratio), min: 0, max: 100 } };
}

/**
 * SCORM 1.2's vocabulary for `cmi.objectives.n.status` (CMIStatus, RTE 3.4.2: « passed »,
 * « completed », « failed », « incomplete », « browsed », « not attempted »). An objective uses
 * three of them: validated at the final evaluation, not validated, or not evaluated yet.
 */
export type ObjectiveLmsStatus = 'passed' | 'failed' | 'not attempted';

/** One `cmi.objectives.n`. */
export interface ObjectiveLmsData {
	/** The competency objective's id (course.md §2), stable so that n keeps its meaning. */
	id: string;
	status: ObjectiveLmsStatus;
	/**
	 * Right questions of this objective in the « après » run out of its questions there (raw 2,
	 * max 3 for « 2 sur 3 »): exactly what the « Évaluation finale (après) » column prints, with
	 * no rounding. Absent when the objective was not evaluated.
	 */
	score?: LmsScore;
}

/**
 * Per competency objective, in the order given (the LMS keys objectives by index n, so the order
 * must stay the same from one session to the next): validated or not in the latest completed
 * final run, as summariseRun decides (« validé à l'évaluation finale », at least `validatedRight`
 * right). Before any completed final run, or for an objective that run did not ask about, the
 * objective is « not attempted »: practice and the positioning test validate nothing.
 */
export function objectiveStatuses(objectives: readonly string[], runs: readonly EvaluationRun[], rule: EvaluationRule): ObjectiveLmsData[] {
	const apres = apresRun(runs);
	const summary = apres ? summariseRun(apres, rule) : null;
	return objectives.map((id) => {
		const outcome = summary?.objectives[id];
		if (!outcome) return { id, status: 'not attempted' };
		return { id, status: outcome.validated ? 'passed' : 'failed', score: { raw: outcome.right, min: 0, max: outcome.total } };
	});
}
