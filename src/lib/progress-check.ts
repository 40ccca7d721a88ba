import { isIsoTimestamp } from './iso-time';
import type { EvaluationRun } from './evaluation-model';
import { avantCandidate } from './evaluation-runs';
import type { ProgressState } from './progress-model';

/**
 * Checks an imported progress against this course (issue 11): the file is the learner's
 * declaration to the organiser, so what it claims must at least fit the course. The shape was
 * checked before (progressProblem); here, every id must exist in the content (or in its list of
 * retired ids), every figure must be possible, and every evaluation run must be a draw this
 * course could have made. Each problem names the item and the field, in French.
 */

/** What the check needs to know of the course, built from the content. */
export interface CourseFacts {
	/** Every item id a lesson, quiz or practice records. */
	itemIds: ReadonlySet<string>;
	lessonIds: ReadonlySet<string>;
	/** Ids removed from the content: still accepted in older files. */
	retiredIds: ReadonlySet<string>;
	/** Attempts kept per item (HISTORY_PER_ITEM). */
	historyCap: number;
	/** Nothing of the course can predate this instant (its first publication). */
	earliest: string;
	/** The evaluation pool: question id → objective (retired pool questions included). */
	pool: ReadonlyMap<string, string>;
	objectives: readonly string[];
	perObjective: Readonly<Record<EvaluationRun['kind'], number>>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Problems listed in the message; the rest are counted. */
export const MAX_LISTED = 5;

/** Every problem of `state` for this course; [] when it fits. */
export function courseProblems(state: ProgressState, course: CourseFacts, now: Date): string[] {
	const problems: string[] = [];
	const latest = now.getTime() + DAY_MS;
	const earliest = Date.parse(course.earliest);
	const checkDate = (value: string | undefined, where: string) => {
		if (value === undefined) return;
		if (!isIsoTimestamp(value)) problems.push(`${where}\u00a0: date «\u00a0${value}\u00a0» illisible (format ISO 8601 attendu)`);
		else if (Date.parse(value) > latest) problems.push(`${where}\u00a0: date dans le futur (${value})`);
		else if (Date.parse(value) < earliest) problems.push(`${where}\u00a0: date antérieure à la mise en ligne du cours (${value})`);
	};
	const known = (id: string) => course.itemIds.has(id) || course.retiredIds.has(id);

	for (const [item, attempts] of Object.entries(state.attempts)) {
		if (!known(item)) problems.push(`réponses à «\u00a0${item}\u00a0»\u00a0: cet exercice ou cette question n’existe pas dans le cours`);
		if (attempts.length > course.historyCap) problems.push(`réponses à «\u00a0${item}\u00a0»\u00a0: ${attempts.length} essais, le cours en garde ${course.historyCap} au plus`);
		attempts.forEach((a, i) => {
			const where = `réponse ${i + 1} à «\u00a0${item}\u00a0»`;
			if (a.score < 0 || a.score > a.max) problems.push(`${where} › score\u00a0: ${a.score} sur ${a.max} impossible`);
			if (a.durationMs < 0 || a.durationMs > DAY_MS) problems.push(`${where} › durationMs\u00a0: durée de ${a.durationMs} ms impossible (plus de 24\u00a0h)`);
			checkDate(a.at, `${where} › at`);
		});
	}
	for (const [lesson, p] of Object.entries(state.lessons)) {
		const where = `leçon «\u00a0${lesson}\u00a0»`;
		if (!course.lessonIds.has(lesson) && !course.retiredIds.has(lesson)) problems.push(`${where}\u00a0: leçon inconnue du cours`);
		if (p.timeSpentMs < 0 || p.timeSpentMs > DAY_MS) problems.push(`${where} › timeSpentMs\u00a0: ${p.timeSpentMs} ms, plus de 24\u00a0h dans une leçon`);
		checkDate(p.firstVisitAt, `${where} › firstVisitAt`);
		checkDate(p.lastVisitAt, `${where} › lastVisitAt`);
		checkDate(p.completedAt, `${where} › completedAt`);
	}
	if (state.lastPlace) {
		if (!course.lessonIds.has(state.lastPlace.lesson)) problems.push(`dernier emplacement › lesson\u00a0: leçon «\u00a0${state.lastPlace.lesson}\u00a0» inconnue`);
		checkDate(state.lastPlace.at, 'dernier emplacement › at');
	}
	problems.push(...runProblems(state.runs ?? [], course, checkDate));
	return problems;
}

function runProblems(runs: readonly EvaluationRun[], course: CourseFacts, checkDate: (v: string | undefined, where: string) => void): string[] {
	const problems: string[] = [];
	const avant = avantCandidate(runs);
	for (const run of runs) {
		const where = `évaluation «\u00a0${run.id}\u00a0»`;
		if (run.id !== `${run.kind}-${run.number}`) problems.push(`${where} › id\u00a0: ne correspond pas à l’essai n° ${run.number}`);
		checkDate(run.startedAt, `${where} › startedAt`);
		checkDate(run.completedAt, `${where} › completedAt`);
		const unknown = run.questions.filter((q) => !course.pool.has(q.id));
		if (unknown.length) problems.push(`${where} › questions\u00a0: «\u00a0${unknown[0]?.id}\u00a0» n’est pas une question d’évaluation du cours`);
		const misfiled = run.questions.filter((q) => course.pool.has(q.id) && course.pool.get(q.id) !== q.objective);
		if (misfiled.length) problems.push(`${where} › questions\u00a0: «\u00a0${misfiled[0]?.id}\u00a0» ne porte pas l’objectif «\u00a0${misfiled[0]?.objective}\u00a0»`);
		const per = course.perObjective[run.kind];
		const offBy = course.objectives.filter((o) => run.questions.filter((q) => q.objective === o).length !== per);
		const ids = run.questions.map((q) => q.id);
		if (offBy.length || run.questions.length !== per * course.objectives.length || new Set(ids).size !== ids.length) {
			problems.push(`${where} › questions\u00a0: un tirage compte ${per} questions différentes par objectif${offBy.length ? ` (objectif «\u00a0${offBy[0]}\u00a0»)` : ''}`);
		}
		if (run.kind === 'finale' && avant && avant.id !== run.id) {
			const shared = ids.filter((id) => avant.questions.some((q) => q.id === id));
			if (shared.length) problems.push(`${where} › questions\u00a0: «\u00a0${shared[0]}\u00a0» était déjà dans le test de positionnement «\u00a0${avant.id}\u00a0»`);
		}
		if (run.results) {
			const scored = Object.keys(run.results);
			if (scored.length !== ids.length || scored.some((id) => !ids.includes(id))) problems.push(`${where} › results\u00a0: ne correspondent pas aux questions tirées`);
		}
		const stray = Object.keys(run.answers).filter((id) => !ids.includes(id));
		if (stray.length) problems.push(`${where} › answers\u00a0: réponse à «\u00a0${stray[0]}\u00a0», qui n’est pas une question de cet essai`);
	}
	return problems;
}

/** The refusal message: the first problems, and how many more. */
export function describeProblems(problems: readonly string[]): string {
	const listed = problems.slice(0, MAX_LISTED).join(' ; ');
	const more = problems.length > MAX_LISTED ? `\u202f; et ${problems.length - MAX_LISTED} autre(s) problème(s)` : '';
	return `${listed}${more}.`;
}
