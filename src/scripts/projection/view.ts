/** The canvas's fixed size, in CSS pixels: text is 24 px there, and the deck is scaled to the window. */
export const CANVAS = { width: 1280, height: 672 };

/**
 * Scales the deck to the room it has (the window minus the toolbar), never below its canvas's
 * own proportions, so that a slide looks the same in every window.
 */
export function fitCanvas(deck: HTMLElement): void {
	const frame = deck.parentElement;
	if (!frame) return;
	const scale = Math.min(frame.clientWidth / CANVAS.width, frame.clientHeight / CANVAS.height);
	deck.style.setProperty('--deck-scale', String(Math.max(scale, 0.1)));
}

/** Shows or hides a quiz question's answer and explanation. */
export function toggleAnswers(slide: HTMLElement, shown: boolean): void {
	for (const answer of slide.querySelectorAll<HTMLElement>('[data-room-answer], .room-correct-mark')) answer.hidden = !shown;
	slide.classList.toggle('is-answered', shown);
	slide.classList.remove('is-answer-only');
	// The answer names the right options: when both do not fit, it takes the options' place.
	const body = slide.querySelector<HTMLElement>('.slide-body');
	if (shown && body && body.scrollHeight > body.clientHeight + 1) slide.classList.add('is-answer-only');
}

/** The text of a quiz question's answer, to announce it. */
export function shownAnswers(slide: HTMLElement): string {
	return slide.querySelector('[data-room-answer] .room-answer-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A copy of a slide (or a note) for a preview or the handout: no ids, so that they stay unique. */
export function cloneWithoutIds(el: HTMLElement): HTMLElement {
	const copy = el.cloneNode(true) as HTMLElement;
	for (const node of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) node.removeAttribute('id');
	for (const node of [copy, ...copy.querySelectorAll<HTMLElement>('[aria-labelledby]')]) node.removeAttribute('aria-labelledby');
	return copy;
}
