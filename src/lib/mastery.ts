import { isCountedPractice } from './counting';
import type { Attempt } from './progress-model';

/** The parameters of the « Entraînement » rule, as in content/mastery.json. */
export interface MasteryParams {
	threshold: number;
	minItems: number;
}

export type ObjectiveStatus = 'acquis' | 'en-cours' | 'non-commence';

/** Which objectives each item trains, built from the content at build time. */
export type ItemObjectives = Readonly<Record<string, readonly string[]>>;

/** An objective's « Entraînement » standing. */
export interface ObjectiveResult {
	status: ObjectiveStatus;
	/** Mean of the items' latest counted scores, 0–1, or null when nothing counts yet. */
	score: number | null;
	/** Distinct items with a counted check. */
	items: number;
	/** Checks kept as practice (after a correction or solution the same day): shown, not counted. */
	practice: number;
	/** Solutions shown. */
	revealed: number;
}

/**
 * The objectives of an item, from the content: a question's own, or for a widget's part
 * (`<exercise>:<part>`) its exercise's. An item the content no longer has trains nothing.
 */
export function objectivesOfItem(map: ItemObjectives, itemId: string): readonly string[] {
	return map[itemId] ?? map[itemId.split(':')[0] ?? ''] ?? [];
}

/** The ratio of the item's latest counted check, or null when none counts. */
export function latestCountedScore(attempts: readonly Attempt[]): number | null {
	const last = attempts.findLast(isCountedPractice);
	return last ? last.score / last.max : null;
}

/**
 * The « Entraînement » rule of course.md §2: « acquis » when the mean of the latest counted score
 * of each item reaches `threshold` over at least `minItems` distinct items, « en cours » when
 * counted below that, « non commencé » otherwise. Evaluation answers never enter it.
 */
export function objectiveResult(
	objective: string,
	attemptsByItem: Readonly<Record<string, readonly Attempt[]>>,
	map: ItemObjectives,
	rule: MasteryParams
): ObjectiveResult {
	const scores: number[] = [];
	let practice = 0;
	let revealed = 0;
	for (const [itemId, attempts] of Object.entries(attemptsByItem)) {
		if (!objectivesOfItem(map, itemId).includes(objective)) continue;
		const inLessons = attempts.filter((a) => a.context === 'lesson');
		practice += inLessons.filter((a) => a.outcome === 'practice').length;
		revealed += inLessons.filter((a) => a.outcome === 'revealed').length;
		const latest = latestCountedScore(inLessons);
		if (latest !== null) scores.push(latest);
	}
	// Practice and solutions shown are listed, but only a counted check starts the objective.
	if (scores.length === 0) return { status: 'non-commence', score: null, items: 0, practice, revealed };
	const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
	// Rounding guards against 0.8 being stored as 0.7999999 after averaging.
	const reached = Math.round(mean * 1e6) / 1e6 >= rule.threshold;
	const status = reached && scores.length >= rule.minItems ? 'acquis' : 'en-cours';
	return { status, score: mean, items: scores.length, practice, revealed };
}

/** Results for several objectives at once. */
export function objectiveResults(
	objectives: readonly string[],
	attemptsByItem: Readonly<Record<string, readonly Attempt[]>>,
	map: ItemObjectives,
	rule: MasteryParams
): Record<string, ObjectiveResult> {
	return Object.fromEntries(objectives.map((o) => [o, objectiveResult(o, attemptsByItem, map, rule)]));
}
