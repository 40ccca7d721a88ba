import { useState } from 'preact/hooks';
import { usePractice, type Practice } from './use-practice';

/** What an exercise of several cases, each right or wrong, tells the kit. */
export interface CasesOptions<A> {
	id: string;
	objectives: readonly string[];
	/** The widget's one live region, when other parts speak there too. */
	announce?: (text: string) => void;
	/** The scored cases with their right answer, in order; each is recorded as `${id}:${caseId}`, out of 1. */
	cases: { id: string; solution: A }[];
	/** A case not answered yet. */
	blank: A;
	/** Whether a case's answer is missing or unreadable (« Vérifier » then checks nothing). */
	missing: (answer: A) => boolean;
	right: (caseId: string, answer: A) => boolean;
	words: {
		/** Why « Vérifier » checks nothing, for `n` cases missing. */
		missing: (n: number) => string;
		/** The verdict when some cases are wrong. */
		wrong: (right: number, total: number) => string;
		solution: string;
	};
}

/** The lifecycle of a cases exercise, for its island or part. */
export interface Cases<A> {
	practice: Practice<true>;
	answerOf: (caseId: string) => A;
	/** Changes a case's answer from its latest value (early inputs are replayed one after the other). */
	change: (caseId: string, update: (current: A) => A) => void;
	/** What the feedback under each case shows: the learner's answer judged, the solution, or nothing. */
	shown: 'checked' | 'revealed' | null;
}

/**
 * The practice kit's lifecycle for cases worked out one by one (payment delays, company
 * categories): one recorded item per case, scored 1 when right, through usePractice.
 */
export function useCases<A>(o: CasesOptions<A>): Cases<A> {
	const [answers, setAnswers] = useState<Record<string, A>>({});
	const answerOf = (caseId: string) => answers[caseId] ?? o.blank;
	const itemId = (caseId: string) => `${o.id}:${caseId}`;
	const practice = usePractice<true>({
		id: o.id,
		objectives: o.objectives,
		answer: answers,
		announce: o.announce,
		check: () => {
			const missing = o.cases.filter((c) => o.missing(answerOf(c.id))).length;
			if (missing > 0) return { missing: o.words.missing(missing) };
			const items = o.cases.map((c) => ({ itemId: itemId(c.id), score: o.right(c.id, answerOf(c.id)) ? 1 : 0, max: 1 }));
			const right = items.filter((i) => i.score === 1).length;
			return { result: true, items, feedback: right === items.length ? `Correct\u00a0: ${right} sur ${items.length}.` : o.words.wrong(right, items.length) };
		},
		solution: () => ({
			items: o.cases.map((c) => ({ itemId: itemId(c.id), score: 0, max: 1 })),
			show: () => setAnswers(Object.fromEntries(o.cases.map((c) => [c.id, c.solution]))),
			message: o.words.solution,
		}),
		reset: () => {
			setAnswers({});
			return 'Réponses effacées\u00a0: à vous.';
		},
	});
	const change = (caseId: string, update: (current: A) => A) => {
		setAnswers((current) => ({ ...current, [caseId]: update(current[caseId] ?? o.blank) }));
		practice.edit();
	};
	return { practice, answerOf, change, shown: practice.phase === 'answering' ? null : practice.phase };
}
