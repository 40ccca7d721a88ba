import { computed } from 'nanostores';
import type { EvaluationKind, EvaluationRun, QuestionResult } from '../lib/evaluation-model';
import type { Answer } from '../lib/quiz-types';
import { $progress, updateProgress } from './progress';
import { $demoMode } from './session';

/**
 * The evaluation runs of the progress (course.md §5). Every answer is saved at once, so a run
 * survives a reload or a day's pause; a run is scored only by `completeRun`, when the learner
 * ends it. Nothing is written in demo mode.
 */

/** The learner's runs, oldest first. */
export const $runs = computed($progress, (p): EvaluationRun[] => p.runs ?? []);

/** A random hex seed: the learner's draws differ from everyone else's. */
function randomSeed(): string {
	const bytes = new Uint8Array(8);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The learner's seed, made and saved on first use. */
export function learnerSeed(): string {
	const known = $progress.get().learnerSeed;
	if (known) return known;
	const seed = randomSeed();
	updateProgress((p) => {
		p.learnerSeed = seed;
	});
	// In demo mode nothing is saved: the seed still serves the demonstration's draw.
	return $progress.get().learnerSeed ?? seed;
}

/** Keeps a new run (already drawn by src/lib/evaluation-runs.ts). */
export function startRun(run: EvaluationRun): void {
	if ($demoMode.get()) return;
	updateProgress((p) => {
		p.runs = [...(p.runs ?? []), structuredClone(run)];
	});
}

function changeRun(id: string, change: (run: EvaluationRun) => void): void {
	updateProgress((p) => {
		const run = p.runs?.find((r) => r.id === id);
		if (run && !run.completedAt) change(run);
	});
}

/** Saves one answer of an unfinished run (a completed run never changes). */
export function saveRunAnswer(runId: string, questionId: string, answer: Answer): void {
	changeRun(runId, (run) => {
		run.answers[questionId] = structuredClone(answer);
	});
}

/** Ends a run with its results: from now on it is scored and never changes. */
export function completeRun(runId: string, results: Record<string, QuestionResult>, now = new Date()): void {
	changeRun(runId, (run) => {
		run.completedAt = now.toISOString();
		run.results = structuredClone(results);
	});
}

/**
 * Removes an unfinished run that cannot be resumed because the pool no longer has some of its
 * questions (a content change since the draw); completed runs are never removed.
 */
export function dropOpenRun(runId: string): void {
	updateProgress((p) => {
		p.runs = (p.runs ?? []).filter((r) => r.id !== runId || r.completedAt);
	});
}

export type { EvaluationKind };
