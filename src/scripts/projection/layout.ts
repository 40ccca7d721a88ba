import { cutIndex, type Extent } from '../../lib/slides';

/**
 * Lays out a deck in the browser: text slides too tall for the canvas are continued on new
 * slides, then every slide is numbered. The canvas has a fixed size (the CSS scales it to the
 * window), so the projection and the presenter view split a lesson alike, whatever their size.
 */

/** One slide of a laid-out deck. */
export interface DeckSlide {
	el: HTMLElement;
	/** 1-based. */
	n: number;
	kind: 'text' | 'exercise' | 'quiz';
	section: string;
	title: string;
}

function extents(body: HTMLElement, elements: readonly Element[]): Extent[] {
	const top = body.getBoundingClientRect().top;
	// The deck may be scaled: measure in the canvas's own pixels.
	const scale = body.getBoundingClientRect().height / (body.offsetHeight || 1) || 1;
	const list = elements.map((e) => {
		const r = e.getBoundingClientRect();
		// A block's bottom margin takes room in its slide (it would make the slide scroll)...
		const margin = parseFloat(getComputedStyle(e).marginBottom) || 0;
		return r.height === 0 ? { top: 0, bottom: 0, margin: 0 } : { top: (r.top - top) / scale, bottom: (r.bottom - top) / scale, margin };
	});
	// ...except the last visible one's: hidden notes after it (presenter view) must not change the split.
	const last = list.findLastIndex((b) => b.bottom > b.top);
	return list.map((b, i) => ({ top: b.top, bottom: b.bottom + (i === last ? 0 : b.margin) }));
}

/** A new, empty slide that continues `slide` (same section, heading marked « (suite) »). */
function continuation(slide: HTMLElement, index: number): HTMLElement {
	const next = slide.cloneNode(false) as HTMLElement;
	next.removeAttribute('id');
	const heading = slide.querySelector('.slide-title')?.cloneNode(true) as HTMLElement | undefined;
	const headingId = `${slide.dataset.section}-titre-suite-${index}`;
	if (heading) {
		heading.id = headingId;
		if (!heading.querySelector('.slide-suite')) {
			const suite = document.createElement('span');
			suite.className = 'slide-suite';
			suite.textContent = ' (suite)';
			heading.append(suite);
		}
		next.append(heading);
	}
	next.setAttribute('aria-labelledby', headingId);
	const body = document.createElement('div');
	body.className = 'slide-body';
	next.append(body);
	return next;
}

/**
 * Splits a block too tall for a slide by its items (a list's, a timeline's, a table's rows):
 * returns the block that carries the items that did not fit, or null when it cannot be split.
 */
function splitInside(block: HTMLElement, body: HTMLElement, capacity: number): HTMLElement | null {
	const list = block.matches('ul, ol') ? block : block.querySelector<HTMLElement>(':scope > ul, :scope > ol');
	const table = block.matches('table') ? block : block.querySelector<HTMLElement>(':scope > table');
	const rows = table ? [...table.querySelectorAll<HTMLElement>(':scope > tbody > tr')] : list ? [...list.children] : [];
	if (rows.length < 2) return null;
	const k = cutIndex(extents(body, rows), capacity);
	if (k <= 0) return null;
	const rest = block.cloneNode(false) as HTMLElement;
	if (table) {
		const tableCopy = table === block ? rest : (table.cloneNode(false) as HTMLElement);
		const head = table.querySelector(':scope > thead');
		if (head) tableCopy.append(head.cloneNode(true));
		const tbody = document.createElement('tbody');
		tbody.append(...rows.slice(k));
		tableCopy.append(tbody);
		if (tableCopy !== rest) rest.append(tableCopy);
	} else if (list) {
		const listCopy = list === block ? rest : (list.cloneNode(false) as HTMLElement);
		if (listCopy.tagName === 'OL') listCopy.setAttribute('start', String(Number(list.getAttribute('start') ?? '1') + k));
		listCopy.append(...rows.slice(k));
		if (listCopy !== rest) rest.append(listCopy);
	}
	return rest;
}

/** Continues an overflowing text slide on as many new slides as needed. */
function fit(slide: HTMLElement): void {
	let current = slide;
	for (let round = 1; round < 30; round += 1) {
		const body = current.querySelector<HTMLElement>('.slide-body');
		if (!body) return;
		const blocks = [...body.children] as HTMLElement[];
		const capacity = body.clientHeight;
		const cut = cutIndex(extents(body, blocks), capacity);
		if (cut === -1) return;
		let moving: HTMLElement[];
		if (cut === 0) {
			const rest = blocks[0] ? splitInside(blocks[0], body, capacity) : null;
			if (!rest) {
				// Too tall and not splittable: the deck check (tests/browser/projection) names it.
				current.dataset.oversize = '';
				if (blocks.length < 2) return;
				moving = blocks.slice(1);
			} else moving = [rest, ...blocks.slice(1)];
		} else moving = blocks.slice(cut);
		const next = continuation(slide, round);
		next.querySelector('.slide-body')?.append(...moving);
		current.after(next);
		current = next;
	}
}

/** Splits what needs splitting and numbers the slides. */
export function layoutDeck(deck: HTMLElement): DeckSlide[] {
	deck.classList.add('is-measuring');
	for (const slide of [...deck.querySelectorAll<HTMLElement>('[data-slide][data-kind="text"], [data-slide][data-kind="quiz"]')]) fit(slide);
	deck.classList.remove('is-measuring');
	const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
	return slides.map((el, i) => {
		el.dataset.n = String(i + 1);
		el.setAttribute('aria-roledescription', 'diapositive');
		// Focusable by script only: « Échap » in a widget gives the keys back to the deck.
		el.tabIndex = -1;
		return {
			el,
			n: i + 1,
			kind: (el.dataset.kind as DeckSlide['kind']) ?? 'text',
			section: el.dataset.section ?? '',
			title: el.dataset.title ?? '',
		};
	});
}

/** The first slide of each section, for « #section » links. */
export function sectionStarts(slides: readonly DeckSlide[]): Map<string, number> {
	const starts = new Map<string, number>();
	for (const s of slides) if (!starts.has(s.section)) starts.set(s.section, s.n);
	return starts;
}
