import type { Attempt } from './progress-model';

/** The parameters of the mastery rule, as in content/mastery.json. */
export interface MasteryParams {
	threshold: number;
	attemptsCounted: number;
	minItems: number;
}

export type ObjectiveStatus = 'acquis' | 'en-cours' | 'non-evalue';

/** An objective's standing under the mastery rule. */
export interface ObjectiveResult {
	status: ObjectiveStatus;
	/** Mean of the items' best recent scores, 0–1, or null when nothing counts yet. */
	score: number | null;
	/** Distinct items that count. */
	items: number;
}

/** Whether an attempt counts for mastery: revealed solutions and the positioning test do not. */
export function countsForMastery(a: Attempt): boolean {
	return a.outcome === 'scored' && a.context !== 'avant';
}

/** Best ratio among the item's last `n` counted attempts, or null when none counts. */
export function itemScore(attempts: Attempt[], n: number): number | null {
	const counted = attempts.filter(countsForMastery).slice(-n);
	if (counted.length === 0) return null;
	return Math.max(...counted.map((a) => a.score / a.max));
}

/**
 * The mastery rule of course.md §2: for each item tagged with the objective, the best of its
 * last `attemptsCounted` scored attempts; « acquis » when the mean over at least `minItems`
 * distinct items reaches `threshold`, « en cours » when attempted below that, « non évalué »
 * otherwise.
 */
export function objectiveResult(
	objective: string,
	attemptsByItem: Record<string, Attempt[]>,
	rule: MasteryParams
): ObjectiveResult {
	const scores: number[] = [];
	for (const attempts of Object.values(attemptsByItem)) {
		const tagged = attempts.filter((a) => a.objectives.includes(objective));
		const best = itemScore(tagged, rule.attemptsCounted);
		if (best !== null) scores.push(best);
	}
	if (scores.length === 0) return { status: 'non-evalue', score: null, items: 0 };
	const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
	// Rounding guards against 0.8 being stored as 0.7999999 after averaging.
	const reached = Math.round(mean * 1e6) / 1e6 >= rule.threshold;
	const status = reached && scores.length >= rule.minItems ? 'acquis' : 'en-cours';
	return { status, score: mean, items: scores.length };
}

/** Results for several objectives at once. */
export function objectiveResults(
	objectives: readonly string[],
	attemptsByItem: Record<string, Attempt[]>,
	rule: MasteryParams
): Record<string, ObjectiveResult> {
	return Object.fromEntries(objectives.map((o) => [o, objectiveResult(o, attemptsByItem, rule)]));
}

/**
 * The learner's result at an evaluation for one objective: the mean of the latest scored
 * attempt at each item answered in that context (« avant » or « apres »), or null.
 */
export function evaluationScore(objective: string, attemptsByItem: Record<string, Attempt[]>, context: 'avant' | 'apres'): number | null {
	const scores: number[] = [];
	for (const attempts of Object.values(attemptsByItem)) {
		const last = attempts.filter((a) => a.context === context && a.outcome === 'scored' && a.objectives.includes(objective)).at(-1);
		if (last) scores.push(last.score / last.max);
	}
	return scores.length === 0 ? null : scores.reduce((s, x) => s + x, 0) / scores.length;
}
