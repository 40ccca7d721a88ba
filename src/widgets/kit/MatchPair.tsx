import type { ComponentChildren, JSX } from 'preact';
import ChoiceField, { type ChoiceOption } from './ChoiceField';
import LiveRegion from './LiveRegion';
import PracticeActions from './PracticeActions';
import type { Matching } from './use-matching';

/** One of an item's lists: where its answer is kept, its id suffix (also the verdict's word), its label. */
export interface PairList<K extends string> {
	key: K;
	/** « cause », « canal », « acteur »: ends the control's id and names it in the verdict. */
	word: string;
	label: string;
	options: ChoiceOption[];
}

interface Props<K extends string> {
	/** Prefix of the controls' ids: `${exerciseId}-${itemId}`. */
	base: string;
	lists: readonly PairList<K>[];
	answer: Record<K, string>;
	/** Each list's verdict after « Vérifier », or null before. */
	ok: Record<K, boolean> | null;
	/** Other parts judged with the lists, said first in the verdict (the works step's position). */
	lead?: [word: string, ok: boolean][];
	revealed: boolean;
	/** True after a « Vérifier » refused for missing answers: empty lists are marked invalid. */
	flagEmpty: boolean;
	/** The item's explanation, shown with the verdict or the solution. */
	why: string;
	/** Class of the lists' wrapper and of each field, for the widget's stylesheet. */
	fieldsClass: string;
	variant?: string;
	/** One list changed: its key and the value chosen. */
	onChange: (key: K, value: string) => void;
}

const words = (ok: boolean) => (ok ? 'juste' : 'à revoir');

/**
 * The practice kit's two-list matching part (rejections, support, works): the item's labelled
 * lists, then its verdict in words, each part judged apart (« ✗ À revoir (1 sur 2 : cause juste,
 * action à revoir). »), or the solution's explanation.
 */
export default function MatchPair<K extends string>(p: Props<K>) {
	const parts: [string, boolean][] = p.ok ? [...(p.lead ?? []), ...p.lists.map((l): [string, boolean] => [l.word, p.ok?.[l.key] ?? false])] : [];
	const score = parts.filter(([, ok]) => ok).length;
	const right = score === parts.length;
	return (
		<>
			<div class={p.fieldsClass}>
				{p.lists.map((l) => (
					<ChoiceField
						key={l.key}
						id={`${p.base}-${l.word}`}
						label={l.label}
						value={p.answer[l.key]}
						options={l.options}
						invalid={p.flagEmpty && !p.answer[l.key]}
						ok={p.ok ? p.ok[l.key] : undefined}
						variant={p.variant}
						onChange={(value) => p.onChange(l.key, value)}
					/>
				))}
			</div>
			{p.revealed ? (
				<p class="feedback feedback-revealed">
					<strong>Solution&nbsp;: </strong>
					{p.why}
				</p>
			) : p.ok ? (
				<p class={`feedback ${right ? 'feedback-correct' : 'feedback-wrong'}`}>
					<strong>
						{right ? '✓ Juste' : '✗ À revoir'} ({score} sur {parts.length}&nbsp;: {parts.map(([word, ok]) => `${word} ${words(ok)}`).join(', ')}).
					</strong>{' '}
					{p.why}
				</p>
			) : null}
		</>
	);
}

/** The score line under a matching exercise, while a check's verdict is on screen. */
export function ScoreLine({ result }: { result: { score: number; max: number } | null }) {
	return result ? (
		<p class="quiz-score">
			Réponses justes&nbsp;: {result.score} sur {result.max}.
		</p>
	) : null;
}

interface ExerciseProps<K extends string, C extends { score: number; max: number }> {
	matching: Matching<K, C>;
	/** The root's classes (« widget rejection-matching »). */
	class: string;
	/** What comes before the list: the simulation notice, the instructions. */
	intro: ComponentChildren;
	listClass: string;
	listId?: string;
	/** One item of the list, by id and 0-based position; null for an id the data does not know. */
	item: (id: string, index: number) => JSX.Element | null;
	/** What the verdict or the solution brings under the score line (the works deadlines). */
	after?: ComponentChildren;
}

/** A matching exercise's frame: the root the kit looks into, the list, the actions, the score, the live region. */
export function MatchExercise<K extends string, C extends { score: number; max: number }>(p: ExerciseProps<K, C>) {
	const { practice, order } = p.matching;
	return (
		<div ref={practice.rootRef} class={p.class}>
			{p.intro}
			<ol id={p.listId} class={p.listClass}>
				{order.map((id, index) => p.item(id, index))}
			</ol>
			<PracticeActions practice={practice} />
			<ScoreLine result={practice.result} />
			{p.after}
			<LiveRegion text={practice.live} />
		</div>
	);
}
