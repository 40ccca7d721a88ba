import { computed } from 'nanostores';
import { objectiveResults, type ItemObjectives, type MasteryParams, type ObjectiveResult } from '../lib/mastery';
import { $progress } from './progress';

/**
 * « Entraînement » statuses, from the content's item → objectives map, recomputed on every answer.
 * A module of its own rather than part of the store: only « Mon parcours » shows them, and every
 * lesson loads the store (issue 18).
 */
export function objectiveResultsStore(objectives: readonly string[], map: ItemObjectives, rule: MasteryParams) {
	return computed($progress, (p): Record<string, ObjectiveResult> => objectiveResults(objectives, p.attempts, map, rule));
}
