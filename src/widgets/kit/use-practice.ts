import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttemptContext, AttemptOutcome } from '../../lib/progress-model';
import { recordAttempt } from '../../stores/progress';
import { adoptServerInputs } from './adopt-inputs';
import { useRevealRequest } from './use-reveal';

/** One recorded item of a check or of a solution shown (a widget may record several at once). */
export interface PracticeItem {
	itemId: string;
	score: number;
	max: number;
}

/** What a widget's check returns: a blocking message, or its result with what to record and say. */
export type CheckSpec<R> =
	| { missing: string; /** Announced instead of `missing` (« Question 3 : … »). */ say?: string }
	| { missing?: undefined; result: R; items: PracticeItem[]; feedback: string };

/** What « Voir la solution » does: fill in the solution, record each item as revealed, say it. */
export interface SolutionSpec {
	items: PracticeItem[];
	show: () => void;
	message: string;
}

export interface PracticeOptions<R> {
	/** The widget's id: projection « révéler » requests are addressed to it. */
	id: string;
	/** Another id whose « révéler » requests apply here too (a question's quiz). */
	group?: string;
	objectives: readonly string[];
	context?: AttemptContext;
	/** The learner's current answer: a check of an unchanged answer records nothing. */
	answer: unknown;
	check: () => CheckSpec<R>;
	solution: () => SolutionSpec;
	/** Clears the learner's answers (and reshuffles); returns what to announce. */
	reset: () => string;
	/** Where to announce, when several items share one live region (a quiz). */
	announce?: (text: string) => void;
}

export type Phase = 'answering' | 'checked' | 'revealed';

/** The kit's lifecycle, as the action bar and the widgets see it. */
export interface Practice<R> {
	phase: Phase;
	/** The last check's result, while its feedback is on screen. */
	result: R | null;
	/** Why « Vérifier » could not check (missing answers). */
	warning: string | null;
	/** The text of the widget's live region (unused when `announce` was given). */
	live: string;
	/** What the last check was recorded as (« practice »: shown as not counted). */
	outcome: AttemptOutcome | null;
	/** Put on the widget's root: focus and adoption of early answers look inside it. */
	rootRef: { current: any };
	retryRef: { current: HTMLButtonElement | null };
	announce: (text: string) => void;
	verify: () => void;
	reveal: () => void;
	retry: () => void;
	/** To call on every change of the learner's answer. */
	edit: () => void;
}

type FocusTarget = 'retry' | 'work' | null;

const PRACTICE_NOTE =
	'Essai d’entraînement\u00a0: la correction a déjà été affichée aujourd’hui, il ne compte pas dans votre résultat. Refaites-le un autre jour pour qu’il compte.';

/** Whether focus is inside `root`, or lost on the page (the button it was on went away). */
function focusIsIn(root: HTMLElement | null): boolean {
	const active = document.activeElement;
	return !active || active === document.body || (root?.contains(active) ?? false);
}

/**
 * The practice kit's item lifecycle (answering → checked → revealed → retry), the only place
 * that records attempts. It also announces feedback, moves focus to where work resumes when a
 * button goes away, answers projection « révéler » requests, and adopts what the learner typed
 * before hydration.
 */
export function usePractice<R>(options: PracticeOptions<R>): Practice<R> {
	const latest = useRef(options);
	latest.current = options;
	const [phase, setPhase] = useState<Phase>('answering');
	const [result, setResult] = useState<R | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const [live, setLive] = useState('');
	const [outcome, setOutcome] = useState<AttemptOutcome | null>(null);
	// Typed loosely so that any element (a fieldset, a div, a form) can take it as its ref.
	const rootRef = useRef<HTMLElement | null>(null) as { current: any };
	const retryRef = useRef<HTMLButtonElement>(null);
	const startedAt = useRef(Date.now());
	const checkedAnswer = useRef<string | null>(null);
	const revealedOnce = useRef(false);
	// Kept in state, not a ref: Preact runs an earlier render's pending effect at the start of the
	// next render, and a ref read there would spend the request on the old DOM (disabled inputs).
	// `n` makes a repeated request for the same target run again.
	const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; n: number }>({ target: null, n: 0 });
	const said = useRef(0);

	const announce = (text: string) => {
		if (latest.current.announce) return latest.current.announce(text);
		// A repeated message must be announced again: make it differ by an invisible space.
		said.current += 1;
		setLive(said.current % 2 ? text : `${text}\u00a0`);
	};

	const requestFocus = (target: FocusTarget) => {
		setFocusRequest((r) => ({ target, n: r.n + 1 }));
	};

	const record = (items: PracticeItem[], kind: 'check' | 'reveal') => {
		const { objectives, context = 'lesson' } = latest.current;
		const durationMs = Date.now() - startedAt.current;
		return items.map((i) => recordAttempt({ ...i, objectives, kind, context, durationMs }));
	};

	const verify = () => {
		if (phase === 'revealed') return;
		const answer = JSON.stringify(latest.current.answer ?? null);
		if (phase === 'checked' && answer === checkedAnswer.current) {
			announce('Réponse déjà vérifiée\u00a0: modifiez-la, ou choisissez «\u00a0Réessayer\u00a0».');
			return;
		}
		const spec = latest.current.check();
		if (spec.missing !== undefined) {
			setWarning(spec.missing);
			announce(spec.say ?? spec.missing);
			return;
		}
		checkedAnswer.current = answer;
		const recorded = record(spec.items, 'check');
		const practice = recorded.includes('practice');
		setOutcome(practice ? 'practice' : recorded[0] ?? null);
		setWarning(null);
		setResult(spec.result);
		setPhase('checked');
		announce(practice ? `${spec.feedback} ${PRACTICE_NOTE}` : spec.feedback);
	};

	const reveal = (fromOutside = false) => {
		if (phase === 'revealed') return;
		const spec = latest.current.solution();
		spec.show();
		// One « revealed » per showing: a second request shows the same thing.
		if (!revealedOnce.current) record(spec.items, 'reveal');
		revealedOnce.current = true;
		setWarning(null);
		setResult(null);
		setPhase('revealed');
		if (!fromOutside && focusIsIn(rootRef.current)) requestFocus('retry');
		announce(spec.message);
	};

	const retry = (fromOutside = false) => {
		const message = latest.current.reset();
		checkedAnswer.current = null;
		revealedOnce.current = false;
		startedAt.current = Date.now();
		setWarning(null);
		setResult(null);
		setOutcome(null);
		setPhase('answering');
		if (!fromOutside && focusIsIn(rootRef.current)) requestFocus('work');
		announce(message);
	};

	// The feedback shown is stale once the answer changes.
	const edit = () => {
		setWarning(null);
		if (phase !== 'checked') return;
		setResult(null);
		setPhase('answering');
	};

	useRevealRequest(options.group ? [options.id, options.group] : options.id, () => reveal(true), () => retry(true));

	useEffect(() => {
		void adoptServerInputs(rootRef.current);
	}, []);

	useEffect(() => {
		const { target } = focusRequest;
		if (target === 'retry') retryRef.current?.focus();
		if (target === 'work') {
			const first: HTMLElement | null | undefined = rootRef.current?.querySelector('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
			first?.focus();
		}
	}, [focusRequest]);

	return { phase, result, warning, live, outcome, rootRef, retryRef, announce, verify, reveal: () => reveal(false), retry: () => retry(), edit };
}

