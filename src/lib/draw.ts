import { seededRandom, shuffle } from './shuffle';

/** What a draw needs to know of a bank question. */
export interface Drawable {
	id: string;
	objectives: string[];
}

/** Raised when the bank cannot supply a draw; the message says which objective lacks questions. */
export class DrawError extends Error {
	override name = 'DrawError';
}

/**
 * Draws `perObjective` questions for each objective, among the questions whose FIRST objective
 * it is, never one of `excluded` (the other evaluation's draw), never twice. Seeded, so the
 * build always gives the same test and the positioning test and the final evaluation can be
 * checked to share nothing.
 */
export function drawEvaluation(
	bank: readonly Drawable[],
	objectives: readonly string[],
	perObjective: number,
	seed: string,
	excluded: ReadonlySet<string> = new Set()
): string[] {
	const random = seededRandom(seed);
	const drawn: string[] = [];
	for (const objective of objectives) {
		const candidates = bank.filter((q) => q.objectives[0] === objective && !excluded.has(q.id) && !drawn.includes(q.id));
		if (candidates.length < perObjective) {
			throw new DrawError(
				`tirage « ${seed} » : l'objectif « ${objective} » n'a que ${candidates.length} question(s) disponible(s) (dont c'est le premier objectif), il en faut ${perObjective}`
			);
		}
		drawn.push(...shuffle(candidates, random).slice(0, perObjective).map((q) => q.id));
	}
	return drawn;
}
