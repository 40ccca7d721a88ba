import { drawQuestions, type Drawable } from './draw';
import { seededRandom, shuffle } from './shuffle';
import type { EvaluationKind, EvaluationRun, QuestionResult } from './evaluation-model';

/**
 * Which run means what (course.md §2 and §5), from the runs alone so that any copy of the
 * progress gives the same answer:
 * - « avant » is the learner's first positioning run, once completed, if it was started before
 *   any final run (a test taken after the final no longer measures a starting point); later
 *   positioning runs are practice;
 * - « après » is the latest completed final run; every run is kept with its date.
 */

const byStart = (a: EvaluationRun, b: EvaluationRun) => a.startedAt.localeCompare(b.startedAt) || a.number - b.number;
const byEnd = (a: EvaluationRun, b: EvaluationRun) => (a.completedAt ?? '').localeCompare(b.completedAt ?? '') || a.number - b.number;

/** The positioning run that is or will be « avant », completed or not. */
export function avantCandidate(runs: readonly EvaluationRun[]): EvaluationRun | null {
	const first = runs.filter((r) => r.kind === 'positionnement').sort(byStart)[0];
	if (!first) return null;
	const firstFinal = runs.filter((r) => r.kind === 'finale').sort(byStart)[0];
	return !firstFinal || first.startedAt < firstFinal.startedAt ? first : null;
}

/** The « avant » result: the first positioning run, completed. */
export function avantRun(runs: readonly EvaluationRun[]): EvaluationRun | null {
	const candidate = avantCandidate(runs);
	return candidate?.completedAt ? candidate : null;
}

/** The « après » result: the latest completed final run. */
export function apresRun(runs: readonly EvaluationRun[]): EvaluationRun | null {
	return runs.filter((r) => r.kind === 'finale' && r.completedAt).sort(byEnd).at(-1) ?? null;
}

/** The unfinished run of a kind (there is at most one: it is resumed, never replaced). */
export function openRun(runs: readonly EvaluationRun[], kind: EvaluationKind): EvaluationRun | null {
	return runs.find((r) => r.kind === kind && !r.completedAt) ?? null;
}

export type RunRole = 'avant' | 'apres' | 'entrainement' | 'finale-precedente' | 'en-cours';

/** What a run counts as now. */
export function runRole(run: EvaluationRun, runs: readonly EvaluationRun[]): RunRole {
	if (!run.completedAt) return 'en-cours';
	if (run.kind === 'positionnement') return avantRun(runs)?.id === run.id ? 'avant' : 'entrainement';
	return apresRun(runs)?.id === run.id ? 'apres' : 'finale-precedente';
}

/** Whether a new positioning run would be practice rather than « avant ». */
export function positioningIsPractice(runs: readonly EvaluationRun[]): boolean {
	return runs.some((r) => r.kind === 'finale') || avantCandidate(runs) !== null;
}

export interface RunPlan {
	kind: EvaluationKind;
	objectives: readonly string[];
	perObjective: number;
	learnerSeed: string;
	/** The pool's version and its questions. */
	bank: string;
	pool: readonly Drawable[];
}

/**
 * A new run of `kind`: its number, and a draw seeded by the learner's seed and that number. The
 * final never draws the « avant » run's questions (nor those of a positioning run still open
 * that would become « avant »); every run prefers questions the learner has not been asked yet.
 */
export function newRun(plan: RunPlan, runs: readonly EvaluationRun[], now: Date): EvaluationRun {
	// One more than the highest number, not the count: a progress whose older runs were dropped
	// (an LMS's suspend_data keeps the last final runs only) must not reuse a kept run's number.
	const number = Math.max(0, ...runs.filter((r) => r.kind === plan.kind).map((r) => r.number)) + 1;
	const reference = plan.kind === 'finale' ? avantCandidate(runs) : null;
	const excluded = new Set(reference?.questions.map((q) => q.id) ?? []);
	const avoided = new Set(runs.flatMap((r) => r.questions.map((q) => q.id)));
	const seed = `${plan.learnerSeed}:${plan.kind}:${number}`;
	const drawn = drawQuestions(plan.pool, { objectives: plan.objectives, perObjective: plan.perObjective, seed, excluded, avoided });
	// Objectives are mixed on the page, so a run does not read as ten blocks of one topic.
	const questions = shuffle(drawn, seededRandom(`${seed}:ordre`));
	return { id: `${plan.kind}-${number}`, kind: plan.kind, number, bank: plan.bank, questions, startedAt: now.toISOString(), answers: {} };
}

/** The thresholds of content/mastery.json (« regle-evaluation »). */
export interface EvaluationRule {
	/** Share of right questions (0–1) that passes the final evaluation overall. */
	passMark: number;
	/** Right questions an objective needs in a final run to be « validé à l'évaluation finale ». */
	validatedRight: number;
}

export interface ObjectiveOutcome {
	right: number;
	total: number;
	/** Final runs only: at least `validatedRight` right. */
	validated: boolean;
}

export interface RunSummary {
	right: number;
	total: number;
	/** right / total, 0–1. */
	ratio: number;
	passed: boolean;
	objectives: Record<string, ObjectiveOutcome>;
}

/** A question is right when its score equals its maximum; a missing result counts as wrong. */
export function isRight(result: QuestionResult | undefined): boolean {
	return result !== undefined && result.score === result.max;
}

/** The results of a completed run, per objective and overall. */
export function summariseRun(run: EvaluationRun, rule: EvaluationRule): RunSummary {
	const objectives: Record<string, ObjectiveOutcome> = {};
	let right = 0;
	for (const q of run.questions) {
		const outcome = (objectives[q.objective] ??= { right: 0, total: 0, validated: false });
		outcome.total += 1;
		if (isRight(run.results?.[q.id])) {
			outcome.right += 1;
			right += 1;
		}
	}
	for (const outcome of Object.values(objectives)) outcome.validated = run.kind === 'finale' && outcome.right >= rule.validatedRight;
	const total = run.questions.length;
	const ratio = total === 0 ? 0 : right / total;
	// Rounding guards against 0.8 computed as 0.7999999.
	return { right, total, ratio, passed: Math.round(ratio * 1e6) / 1e6 >= rule.passMark, objectives };
}
