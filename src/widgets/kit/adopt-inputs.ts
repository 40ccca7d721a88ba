import { useEffect, useRef } from 'preact/hooks';

/**
 * Answers given before an island hydrates live only in the server-rendered DOM: Preact does not
 * touch input values while hydrating, so the learner still sees them, but the island's state is
 * empty and its next render would wipe them. Replaying them as the events the learner's own input
 * would have fired hands them to the island's handlers.
 *
 * Widgets listen with `onInput` on text fields and `onChange` on boxes, radios and lists (the
 * kit's convention), which is what this replays.
 */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'date', 'password', '']);

function changedSinceServer(el: Element): 'input' | 'change' | null {
	if (el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue ? 'input' : null;
	if (el instanceof HTMLSelectElement) {
		// With no option marked selected in the HTML, a list starts on its first option.
		const initial = Math.max(0, [...el.options].findIndex((o) => o.defaultSelected));
		return el.selectedIndex !== initial ? 'change' : null;
	}
	if (!(el instanceof HTMLInputElement) || el.disabled) return null;
	if (el.type === 'checkbox' || el.type === 'radio') return el.checked !== el.defaultChecked ? 'change' : null;
	if (TEXT_TYPES.has(el.type)) return el.value !== el.defaultValue ? 'input' : null;
	return null;
}

/**
 * Replays, inside `root`, every answer the learner gave before hydration, one at a time with a
 * render in between, so that handlers computing from the current state (a checkbox toggled into
 * a list) see the previous replay's result. The answers are noted first and put back before each
 * replay, because the render that follows one replay resets the inputs not replayed yet.
 */
export async function adoptServerInputs(root: Element | null): Promise<number> {
	if (!root) return 0;
	const early = [...root.querySelectorAll('input, select, textarea')]
		.map((el) => ({ el, event: changedSinceServer(el) }))
		// A radio unchecked by its neighbour's click needs no event: the neighbour carries it.
		.filter(({ el, event }) => event && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
		.map(({ el, event }) => ({ el, event: event as 'input' | 'change', restore: snapshot(el) }));
	for (const { el, event, restore } of early) {
		// The island may be gone between two replays (a page change, a test's cleanup).
		if (!el.isConnected) break;
		restore();
		el.dispatchEvent(new Event(event, { bubbles: true }));
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return early.length;
}

/** A function that puts the element's current answer back. */
function snapshot(el: Element): () => void {
	if (el instanceof HTMLSelectElement) {
		const selected = [...el.options].map((o) => o.selected);
		return () => [...el.options].forEach((o, i) => (o.selected = selected[i] ?? false));
	}
	if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
		const checked = el.checked;
		return () => (el.checked = checked);
	}
	const value = (el as HTMLInputElement | HTMLTextAreaElement).value;
	return () => ((el as HTMLInputElement | HTMLTextAreaElement).value = value);
}

/**
 * For islands that take input outside the practice lifecycle (a calculator, a free checker):
 * returns the ref to put on the island's root, whose early answers are adopted after hydration.
 */
export function useEarlyInputs(): { current: any } {
	const root = useRef<HTMLElement | null>(null) as { current: any };
	useEffect(() => {
		void adoptServerInputs(root.current);
	}, []);
	return root;
}
