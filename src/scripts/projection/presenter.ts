import { formatClock, formatDuration, blockFor, schedule, defaultSettings, type AgendaVariant, type ScheduledBlock } from '../../lib/agenda';
import { keyAction, slideFromHash, slideHash } from '../../lib/deck-nav';
import type { Reaction } from '../../lib/presenter-channel';
import { $agendaChoice, $agendaSettings, initAgenda } from '../../stores/agenda';
import { openDeckChannel } from './channel';
import { buildHandout } from './handout';
import { layoutDeck, sectionStarts, type DeckSlide } from './layout';
import { startTimer } from './timer';
import { cloneWithoutIds, fitCanvas, shownAnswers, toggleAnswers } from './view';

/**
 * The presenter view: the same deck as the projection, in step with it over the channel, with
 * the notes of the current section, the next slide, a timer and the lesson's block in the day.
 */
const root = document.querySelector<HTMLElement>('[data-presenter]');
const deck = root?.querySelector<HTMLElement>('[data-deck]');
if (root && deck) start(root, deck);

function start(root: HTMLElement, deck: HTMLElement): void {
	const lesson = root.dataset.lesson ?? '';
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
	const counter = $('[data-deck-counter]');
	const currentLabel = $('[data-current-label]');
	const nextLabel = $('[data-next-label]');
	const nextPreview = $('[data-preview-next]');
	const notesPanel = $('[data-notes-panel]');
	const live = $('[data-deck-live]');
	const status = $('[data-projection-status]');
	const solutionButton = $<HTMLButtonElement>('[data-deck-solution]');
	const jumpInput = $<HTMLInputElement>('[data-jump-input]');

	fitCanvas(deck);
	const slides = layoutDeck(deck);
	const starts = sectionStarts(slides);
	const notes = notesBySection(slides);
	const revealed = new Set<number>();
	let current = 0;
	let typed = '';
	buildHandout(document.querySelector('[data-handout]'), slides, notes);

	const agenda = readAgenda(root);
	const clock = () => showDay(agenda, lesson, slides[current - 1]?.section, $('[data-block-plan]'), $('[data-day-left]'));
	const channel = openDeckChannel('presentateur', lesson, slideFromHash(location.hash, slides.length, starts), onReaction);
	show(channel.state.slide, { broadcast: false, announce: false });
	document.documentElement.classList.add('deck-ready');
	startTimer(lesson, $('[data-elapsed]'), $<HTMLButtonElement>('[data-timer-toggle]'), $<HTMLButtonElement>('[data-timer-reset]'));
	setInterval(clock, 30_000);

	function show(n: number, how: { broadcast?: boolean; announce?: boolean } = {}): void {
		const slide = slides[n - 1];
		if (!slide) return;
		slides[current - 1]?.el.classList.remove('is-current');
		slide.el.classList.add('is-current');
		current = n;
		history.replaceState(null, '', slideHash(n));
		if (counter) counter.textContent = `${n} / ${slides.length}`;
		if (currentLabel) currentLabel.textContent = `${n}. ${slide.title}`;
		showNext(slides[n]);
		showNotes(slide);
		if (solutionButton) {
			solutionButton.hidden = slide.kind === 'text';
			syncSolution();
		}
		if (how.announce !== false && live) live.textContent = `Diapositive ${n} sur ${slides.length}\u00a0: ${slide.title}`;
		if (how.broadcast !== false) channel.moved(n);
		else channel.state.slide = n;
		clock();
	}

	function showNext(next: DeckSlide | undefined): void {
		if (!nextPreview || !nextLabel) return;
		nextPreview.replaceChildren();
		nextLabel.textContent = next ? `${next.n}. ${next.title}` : 'fin de la leçon';
		if (!next) return;
		const frame = document.createElement('div');
		frame.className = 'deck-frame';
		const copyDeck = document.createElement('div');
		copyDeck.className = 'deck';
		const copy = cloneWithoutIds(next.el);
		copy.classList.add('is-current');
		copyDeck.append(copy);
		frame.append(copyDeck);
		nextPreview.append(frame);
		fitCanvas(copyDeck);
	}

	function showNotes(slide: DeckSlide): void {
		if (!notesPanel) return;
		notesPanel.replaceChildren();
		const own = notes.get(slide.section) ?? [];
		if (slide.kind === 'quiz') {
			const answer = slide.el.querySelector('[data-room-answer]');
			if (answer) {
				const copy = cloneWithoutIds(answer as HTMLElement);
				copy.hidden = false;
				copy.classList.add('presenter-answer');
				notesPanel.append(copy);
			}
		}
		if (own.length === 0 && slide.kind !== 'quiz') {
			const none = document.createElement('p');
			none.textContent = 'Pas de note pour cette diapositive.';
			notesPanel.append(none);
		}
		for (const note of own) {
			const copy = cloneWithoutIds(note);
			copy.hidden = false;
			notesPanel.append(copy);
		}
	}

	function syncSolution(): void {
		if (!solutionButton) return;
		const shown = revealed.has(current);
		solutionButton.textContent = shown ? 'Masquer la solution (s)' : 'Afficher la solution (s)';
		solutionButton.setAttribute('aria-pressed', String(shown));
	}

	function setSolution(n: number, shown: boolean, broadcast: boolean): void {
		const slide = slides[n - 1];
		if (!slide || slide.kind === 'text') return;
		if (shown) revealed.add(n);
		else revealed.delete(n);
		if (slide.kind === 'quiz') toggleAnswers(slide.el, shown);
		syncSolution();
		if (live) live.textContent = shown ? (slide.kind === 'quiz' ? `Réponse montrée à la salle\u00a0: ${shownAnswers(slide.el)}` : 'Solution montrée à la salle.') : 'Solution masquée pour la salle.';
		if (broadcast) channel.solution(n, shown);
	}

	function onReaction(r: Reaction): void {
		if (r.kind === 'goto') show(r.slide, { broadcast: false });
		else if (r.kind === 'solution') setSolution(r.slide, r.shown, false);
		else if (r.kind === 'open-lesson') location.href = `${root.dataset.presenterBase ?? ''}${r.lesson}/${slideHash(r.slide)}`;
		else if (r.kind === 'peer-left' && r.role === 'projection' && status) status.textContent = 'Projection\u00a0: fermée';
		if ((r.kind === 'goto' || r.kind === 'solution') && status) status.textContent = 'Projection\u00a0: ouverte, en phase';
	}

	function openProjection(): void {
		window.open(`${root.dataset.projectionUrl ?? ''}${slideHash(current)}`, 'chorus-pro-projection');
		if (status) status.textContent = 'Projection\u00a0: ouverte, en phase';
	}

	addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest?.('input, select, textarea')) return;
		if (target?.closest?.('button, a') && (event.key === ' ' || (event.key === 'Enter' && typed === ''))) return;
		const action = keyAction(event.key, current, slides.length, typed);
		if (!action) return;
		if (action.type === 'digit') {
			// A number then Entrée, as in the projection.
			typed = (typed + action.digit).slice(-3);
			return;
		}
		typed = '';
		if (action.type === 'goto') {
			event.preventDefault();
			show(action.slide);
		} else if (action.type === 'solution') {
			event.preventDefault();
			setSolution(current, !revealed.has(current), true);
		}
	});
	$('[data-deck-prev]')?.addEventListener('click', () => show(Math.max(current - 1, 1)));
	$('[data-deck-next]')?.addEventListener('click', () => show(Math.min(current + 1, slides.length)));
	solutionButton?.addEventListener('click', () => setSolution(current, !revealed.has(current), true));
	$('[data-open-projection]')?.addEventListener('click', openProjection);
	$('[data-print]')?.addEventListener('click', () => print());
	jumpInput?.addEventListener('change', () => {
		const n = Number(jumpInput.value);
		if (!Number.isInteger(n) || n < 1 || n > slides.length) return;
		show(n);
		// Back to the page, so that the arrow keys move the slides again.
		jumpInput.blur();
	});
	jumpInput?.setAttribute('max', String(slides.length));
	addEventListener('resize', () => {
		fitCanvas(deck);
		showNext(slides[current]);
	});
}

/** The trainer notes of each section, in the order written. */
function notesBySection(slides: readonly DeckSlide[]): Map<string, HTMLElement[]> {
	const bySection = new Map<string, HTMLElement[]>();
	for (const slide of slides) {
		for (const note of slide.el.querySelectorAll<HTMLElement>('[data-note]')) {
			bySection.set(slide.section, [...(bySection.get(slide.section) ?? []), note]);
		}
	}
	return bySection;
}

function readAgenda(root: HTMLElement): AgendaVariant[] {
	try {
		const variants = JSON.parse(root.dataset.agenda ?? '[]') as AgendaVariant[];
		initAgenda(variants);
		return variants;
	} catch {
		return [];
	}
}

/** The lesson's block in today's agenda, and the time left in the day. */
function showDay(variants: readonly AgendaVariant[], lesson: string, section: string | undefined, planEl: HTMLElement | null, leftEl: HTMLElement | null): void {
	const variant = variants.find((v) => v.id === $agendaChoice.get()) ?? variants[0];
	if (!variant || !planEl || !leftEl) return;
	const day = schedule(variant, $agendaSettings.get()[variant.id] ?? defaultSettings(variant));
	const block = blockFor(variant, lesson, section);
	const placed = day.items.find((i): i is ScheduledBlock => i.kind === 'block' && i.id === block?.id);
	const now = new Date();
	const minutes = now.getHours() * 60 + now.getMinutes();
	planEl.textContent = placed
		? `Bloc prévu (${variant.label})\u00a0: «\u00a0${placed.title}\u00a0», ${formatDuration(placed.minutes)}, de ${formatClock(placed.start)} à ${formatClock(placed.end)}${minutes >= placed.start && minutes < placed.end ? `\u202f; il reste ${formatDuration(placed.end - minutes)} dans ce bloc` : ''}.`
		: `Cette partie de la leçon n’a pas de bloc dans le programme «\u00a0${variant.label}\u00a0».`;
	if (minutes < day.items[0]!.start) leftEl.textContent = `La journée commence à ${formatClock(day.items[0]!.start)} et finit à ${formatClock(day.end)}.`;
	else if (minutes >= day.end) leftEl.textContent = `La journée prévue est finie (fin à ${formatClock(day.end)}).`;
	else leftEl.textContent = `Reste dans la journée\u00a0: ${formatDuration(day.end - minutes)} (fin à ${formatClock(day.end)}${day.end > day.plannedEnd ? `, ${formatDuration(day.end - day.plannedEnd)} après la fin prévue` : ''}).`;
}
