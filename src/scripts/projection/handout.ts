import type { DeckSlide } from './layout';
import { cloneWithoutIds } from './view';

/**
 * The trainer's handout, printed from the presenter view: every slide on an A4 page of its own,
 * with the notes of its section (on the section's first slide; the next ones point back to it)
 * and, for a quiz question, its answer.
 */
export function buildHandout(target: HTMLElement | null, slides: readonly DeckSlide[], notes: ReadonlyMap<string, HTMLElement[]>): void {
	if (!target) return;
	const firstOf = new Map<string, number>();
	for (const s of slides) if (!firstOf.has(s.section)) firstOf.set(s.section, s.n);
	for (const slide of slides) {
		const page = document.createElement('article');
		page.className = 'handout-page';
		const frame = document.createElement('div');
		frame.className = 'handout-frame';
		const deck = document.createElement('div');
		deck.className = 'deck handout-deck';
		const copy = cloneWithoutIds(slide.el);
		copy.classList.add('is-current');
		for (const answer of copy.querySelectorAll<HTMLElement>('[data-room-answer], .room-correct-mark')) answer.hidden = false;
		copy.classList.add('is-answered');
		deck.append(copy);
		frame.append(deck);
		const caption = document.createElement('p');
		caption.className = 'handout-caption';
		caption.textContent = `Diapositive ${slide.n} sur ${slides.length} — ${slide.title}`;
		page.append(caption, frame);
		const own = notes.get(slide.section) ?? [];
		const first = firstOf.get(slide.section);
		if (own.length > 0 && first === slide.n) {
			const box = document.createElement('div');
			box.className = 'handout-notes';
			const title = document.createElement('p');
			title.className = 'handout-notes-title';
			title.textContent = 'Notes du formateur';
			box.append(title, ...own.map((n) => {
				const c = cloneWithoutIds(n);
				c.hidden = false;
				return c;
			}));
			page.append(box);
		} else if (own.length > 0) {
			const ref = document.createElement('p');
			ref.className = 'handout-ref';
			ref.textContent = `Notes de cette section\u00a0: page de la diapositive ${first}.`;
			page.append(ref);
		}
		target.append(page);
	}
}

