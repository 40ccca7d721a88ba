/**
 * Build-time access to the evaluations: their settings and the reserved pool as the evaluation
 * pages fetch it. Nothing here reaches a lesson page.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import type { QuizItem } from '../lib/quiz-types';
import { toQuizItems } from './course';

export interface PoolFile {
	/** Changes whenever a question changes; each run stores the version it was drawn from. */
	version: string;
	items: QuizItem[];
}

/** The two evaluations, positioning first. */
export async function getEvaluations() {
	const all = (await getCollection('evaluations')).map((e) => e.data);
	return ['positionnement', 'finale'].map((id) => {
		const found = all.find((e) => e.id === id);
		if (!found) throw new Error(`content/evaluations.json : l’évaluation « ${id} » manque`);
		return found;
	});
}

let pool: Promise<PoolFile> | null = null;

/** The pool as served to the evaluation pages (/evaluation/banque.json), in file order. */
export function getPool(): Promise<PoolFile> {
	pool ??= (async () => {
		const items = await toQuizItems(await getCollection('evaluationPool'));
		const version = createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 12);
		return { version, items };
	})();
	return pool;
}
