import type { Evaluation, EvaluationRuleData } from '../schemas/evaluation';
import type { Question } from '../schemas/question';
import { DrawError, drawQuestions } from './draw';

/** The floor: enough questions per objective for a fresh final after a positioning run. */
export const MIN_POOL_PER_OBJECTIVE = 8;

interface Entry<T> {
	id: string;
	filePath?: string;
	data: T;
}

export interface PoolSnapshot {
	pool: Entry<Question>[];
	evaluations: Entry<Evaluation>[];
	rule: EvaluationRuleData | undefined;
	objectives: readonly string[];
	/** Ids of everything a lesson, quiz or practice shows: bank questions and exercises. */
	shownIds: ReadonlySet<string>;
	/** Every text a lesson, quiz or practice shows (lesson bodies, bank prompts, exercise data). */
	shownTexts: readonly string[];
	sectionsOf: ReadonlyMap<string, readonly string[]>;
	factIds: ReadonlySet<string>;
}

/** Letters and digits only, lower case: a changed apostrophe or space does not hide a reuse. */
export const normaliseForReuse = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The reserved pool's rules (issue 10): questions never shown elsewhere (by id or by prompt),
 * one objective each, links and facts that exist, and enough questions for every draw — the
 * positioning draw plus a final draw that never reuses it — with at least eight per objective.
 */
export function checkEvaluationPool(s: PoolSnapshot): string[] {
	const errors: string[] = [];
	const where = (e: Entry<unknown>, field: string) => `${e.filePath ?? e.id} › ${e.id} › ${field}`;
	const shown = s.shownTexts.map(normaliseForReuse);
	for (const q of s.pool) {
		if (q.data.objectives.length !== 1) errors.push(where(q, 'objectives') + ' : une question d’évaluation porte un seul objectif');
		if (s.shownIds.has(q.id)) errors.push(where(q, 'id') + ' : déjà utilisé par une question ou un exercice des leçons');
		if (shown.some((text) => text.includes(normaliseForReuse(q.data.prompt)))) {
			errors.push(where(q, 'prompt') + ' : ce texte figure déjà dans une leçon, un quiz ou un exercice');
		}
		const sections = s.sectionsOf.get(q.data.lesson);
		if (!sections) errors.push(where(q, 'lesson') + ` : leçon « ${q.data.lesson} » inconnue`);
		else if (!sections.includes(q.data.section)) errors.push(where(q, 'section') + ` : pas de <Section id="${q.data.section}"> dans ${q.data.lesson}`);
		for (const f of q.data.basis.facts) if (!s.factIds.has(f)) errors.push(where(q, 'basis.facts') + ` : fait « ${f} » inconnu`);
	}

	const positioning = s.evaluations.find((e) => e.id === 'positionnement');
	const final = s.evaluations.find((e) => e.id === 'finale');
	if (!positioning || !final) return [...errors, 'content/evaluations.json : il faut les entrées « positionnement » et « finale »'];
	if (!s.rule) return [...errors, 'content/mastery.json : l’entrée « regle-evaluation » manque'];
	if (s.rule.validatedRight > final.data.perObjective) {
		errors.push(`content/mastery.json › regle-evaluation › validatedRight : ${s.rule.validatedRight} bonnes réponses exigées pour ${final.data.perObjective} questions par objectif`);
	}
	const needed = Math.max(MIN_POOL_PER_OBJECTIVE, positioning.data.perObjective + final.data.perObjective);
	for (const objective of s.objectives) {
		const count = s.pool.filter((q) => q.data.objectives[0] === objective).length;
		if (count < needed) errors.push(`content/evaluation : l’objectif « ${objective} » a ${count} question(s), il en faut au moins ${needed}`);
	}
	// The real draws, with a fixed seed: the positioning one, then a final that excludes it.
	const pool = s.pool.map((q) => ({ id: q.id, objectives: q.data.objectives }));
	try {
		const avant = drawQuestions(pool, { objectives: s.objectives, perObjective: positioning.data.perObjective, seed: 'verification' });
		drawQuestions(pool, { objectives: s.objectives, perObjective: final.data.perObjective, seed: 'verification', excluded: new Set(avant.map((q) => q.id)) });
	} catch (error) {
		if (!(error instanceof DrawError)) throw error;
		errors.push(`content/evaluation : ${error.message}`);
	}
	return errors;
}
