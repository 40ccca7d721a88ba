import { useEffect, useState } from 'preact/hooks';
import { countIncompletePairs, incompleteMessage, pairFor, type PairAnswer, type PairAnswers, type PairExercise, type Scored } from '../../lib/choice-pairs';
import { usePractice, type Practice } from './use-practice';

/** What a two-list matching exercise tells the kit: the exercise (src/lib), and where it is. */
export interface MatchingOptions<K extends string, C extends Scored> extends PairExercise<K, C> {
	id: string;
	objectives: readonly string[];
	/**
	 * Where work resumes after « Réessayer » when it is not the first control (a selector inside
	 * the root): the works circuit's first control is a « Monter » that cannot move.
	 */
	resumeAt?: string;
}

/** What an item's MatchPair takes from the lifecycle. */
export interface PairBinding<K extends string> {
	answer: PairAnswer<K>;
	revealed: boolean;
	flagEmpty: boolean;
	onChange: (key: K, value: string) => void;
}

/** The lifecycle of a matching exercise, for its island and its items. */
export interface Matching<K extends string, C extends Scored> {
	order: string[];
	practice: Practice<C>;
	pair: (itemId: string) => PairBinding<K>;
	/** The learner moved an item: a new order, and the feedback on screen is stale. */
	reorder: (order: string[]) => void;
}

/**
 * The practice kit's two-list matching lifecycle, shared by the rejections, support and works
 * exercises: answers and order kept here, checks and solutions through usePractice.
 */
export function useMatching<K extends string, C extends Scored>(o: MatchingOptions<K, C>): Matching<K, C> {
	const [order, setOrder] = useState(o.initialOrder);
	const [answers, setAnswers] = useState<PairAnswers<K>>({});
	// Counted in state, not a ref flag: Preact runs an earlier render's pending effect at the start of
	// the next render, and a flag read there would be spent on the answers before « Réessayer ».
	const [resumes, setResumes] = useState(0);
	const practice = usePractice<C>({
		id: o.id,
		objectives: o.objectives,
		answer: { order, answers },
		check: () => {
			const missing = countIncompletePairs(o.itemIds, answers, o.keys);
			if (missing.lists > 0) return { missing: incompleteMessage(o.words.pair, o.words.noun, missing) };
			const result = o.score(answers, order);
			const feedback =
				result.score === result.max
					? `Correct\u00a0: ${result.score} sur ${result.max}.`
					: `À revoir\u00a0: ${result.score} sur ${result.max}. Lisez l’explication sous chaque ${o.words.noun}.`;
			return { result, items: o.items(result), feedback };
		},
		solution: () => {
			const solved = o.solution();
			return {
				items: o.items(o.score(solved.answers, solved.order ?? order)),
				show: () => {
					setAnswers(solved.answers);
					if (solved.order) setOrder(solved.order);
				},
				message: o.words.solution,
			};
		},
		reset: () => {
			setAnswers({});
			setOrder(o.reshuffle(order));
			if (o.resumeAt) setResumes((n) => n + 1);
			return `Réponses effacées et ${o.words.noun}s mélangées\u00a0: à vous.`;
		},
	});

	// Runs after the kit's own focus move (declared after usePractice), and only where it went.
	useEffect(() => {
		if (resumes === 0) return;
		const root: HTMLElement | null = practice.rootRef.current;
		if (root?.contains(document.activeElement)) root.querySelector<HTMLElement>(o.resumeAt ?? '')?.focus();
	}, [resumes]);

	const pair = (itemId: string): PairBinding<K> => ({
		answer: pairFor(answers, itemId, o.keys),
		revealed: practice.phase === 'revealed',
		flagEmpty: practice.warning !== null,
		onChange: (key, value) => {
			// From the latest answers: replayed early inputs arrive one after the other.
			setAnswers((prev) => ({ ...prev, [itemId]: { ...pairFor(prev, itemId, o.keys), [key]: value } }));
			practice.edit();
		},
	});

	const reorder = (next: string[]) => {
		setOrder(next);
		practice.edit();
	};

	return { order, practice, pair, reorder };
}
