/**
 * Matching by two lists per item (a returned invoice's cause and action, a situation's channel and
 * mode, a works document's actor and cadre): the answers' bookkeeping the three exercises share.
 * An empty string is a list left on « — Choisir — ».
 */

/** The choices made for one item, by list key. */
export type PairAnswer<K extends string> = Record<K, string>;

/** Answers by item id. */
export type PairAnswers<K extends string> = Record<string, PairAnswer<K> | undefined>;

/** The choices of one item, every list empty when it is not answered yet. */
export function pairFor<K extends string>(answers: PairAnswers<K>, itemId: string, keys: readonly K[]): PairAnswer<K> {
	return answers[itemId] ?? (Object.fromEntries(keys.map((k) => [k, ''])) as PairAnswer<K>);
}

/** What is still empty, over the exercise's own items only (answers for unknown ids fill nothing). */
export interface Incomplete {
	/** Items with at least one list still empty. */
	items: number;
	/** Lists still empty, over every item. */
	lists: number;
}

/** Counts the items and the lists still empty. */
export function countIncompletePairs<K extends string>(itemIds: readonly string[], answers: PairAnswers<K>, keys: readonly K[]): Incomplete {
	let items = 0;
	let lists = 0;
	for (const id of itemIds) {
		const a = pairFor(answers, id, keys);
		const empty = keys.filter((k) => !a[k]).length;
		lists += empty;
		if (empty > 0) items += 1;
	}
	return { items, lists };
}

/**
 * The message that blocks « Vérifier »: « Choisissez une cause et une action pour chaque facture
 * avant de vérifier : 2 factures incomplètes (3 listes sans réponse). » The nouns are feminine.
 */
export function incompleteMessage(pair: string, noun: string, missing: Incomplete): string {
	const s = (n: number) => (n > 1 ? 's' : '');
	return (
		`Choisissez ${pair} pour chaque ${noun} avant de vérifier\u00a0: ` +
		`${missing.items} ${noun}${s(missing.items)} incomplète${s(missing.items)} (${missing.lists} liste${s(missing.lists)} sans réponse).`
	);
}

/** A recorded item of a check: its id as stored in learners' progress, its score and maximum. */
export interface ScoredItem {
	itemId: string;
	score: number;
	max: number;
}

/** A verdict with its total, as the score line and the announcement say it. */
export interface Scored {
	score: number;
	max: number;
}

/** What a two-list matching exercise is, for the practice kit: pure, no state and no DOM. */
export interface PairExercise<K extends string, C extends Scored> {
	/** The items' ids, in the data's order: only they are counted as missing. */
	itemIds: readonly string[];
	/** Each item's lists, by answer key. */
	keys: readonly K[];
	/** The first order shown: seeded, so that the server and the browser render the same list. */
	initialOrder: () => string[];
	/** The order for « Réessayer ». */
	reshuffle: (order: string[]) => string[];
	score: (answers: PairAnswers<K>, order: string[]) => C;
	/** What a check records: one item per case, or one for the whole exercise (same ids as ever). */
	items: (check: C) => ScoredItem[];
	/** The solved answers, and the solved order when the order is part of the answer. */
	solution: () => { answers: PairAnswers<K>; order?: string[] };
	/** « une cause et une action », « facture » (feminine), and what « Voir la solution » says. */
	words: { pair: string; noun: string; solution: string };
}
