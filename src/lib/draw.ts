import { seededRandom, shuffle } from './shuffle';
import type { RunQuestion } from './evaluation-model';

/** What a draw needs to know of a pool question. */
export interface Drawable {
	id: string;
	objectives: readonly string[];
}

/** Raised when the pool cannot supply a draw; the message says which objective lacks questions. */
export class DrawError extends Error {
	override name = 'DrawError';
}

export interface DrawRequest {
	objectives: readonly string[];
	perObjective: number;
	/** The learner's seed and the run: the same seed always gives the same draw. */
	seed: string;
	/** Never drawn (the final never reuses the « avant » run's questions). */
	excluded?: ReadonlySet<string>;
	/** Drawn only when an objective has too few other questions (seen in earlier runs). */
	avoided?: ReadonlySet<string>;
}

/**
 * Draws `perObjective` questions for each objective, among the pool questions whose first
 * objective it is: never an excluded one, fresh ones before avoided ones, each group in a seeded
 * random order. Throws a DrawError naming the objective when the pool is too small.
 */
export function drawQuestions(pool: readonly Drawable[], request: DrawRequest): RunQuestion[] {
	const { objectives, perObjective, seed, excluded = new Set(), avoided = new Set() } = request;
	const random = seededRandom(seed);
	const drawn: RunQuestion[] = [];
	for (const objective of objectives) {
		const candidates = pool.filter((q) => q.objectives[0] === objective && !excluded.has(q.id));
		if (candidates.length < perObjective) {
			throw new DrawError(
				`l’objectif «\u00a0${objective}\u00a0» n’a que ${candidates.length} question(s) disponible(s) dans la banque d’évaluation, il en faut ${perObjective}`
			);
		}
		const fresh = shuffle(candidates.filter((q) => !avoided.has(q.id)), random);
		const seen = shuffle(candidates.filter((q) => avoided.has(q.id)), random);
		drawn.push(...[...fresh, ...seen].slice(0, perObjective).map((q) => ({ id: q.id, objective })));
	}
	return drawn;
}
