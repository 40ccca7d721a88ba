import { keyAction, slideFromHash, slideHash } from '../../lib/deck-nav';
import type { Reaction } from '../../lib/presenter-channel';
import { requestReveal } from '../../stores/session';
import { openDeckChannel } from './channel';
import { layoutDeck, sectionStarts, type DeckSlide } from './layout';
import { fitCanvas, shownAnswers, toggleAnswers } from './view';

/**
 * The projection window: one slide at a time, keys, the place in the URL, the presenter view in
 * step over the channel, and the room's « Afficher la solution » for widgets and quiz questions.
 */
const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) start(deck);

function start(deck: HTMLElement): void {
	const lesson = deck.dataset.lesson ?? '';
	const lessonUrl = deck.dataset.lessonUrl ?? '/';
	const presenterUrl = deck.dataset.presenterUrl ?? '';
	const live = document.querySelector<HTMLElement>('[data-deck-live]');
	const counter = document.querySelector<HTMLElement>('[data-deck-counter]');
	const jump = document.querySelector<HTMLElement>('[data-deck-jump]');
	const help = document.querySelector<HTMLElement>('[data-deck-help]');
	const overview = document.querySelector<HTMLElement>('[data-deck-overview]');
	const solutionButton = document.querySelector<HTMLButtonElement>('[data-deck-solution]');
	fitCanvas(deck);
	const slides = layoutDeck(deck);
	const starts = sectionStarts(slides);
	let current = 0;
	let typed = '';
	let typedTimer = 0;
	const revealed = new Set<number>();

	buildOverview(slides);
	const channel = openDeckChannel('projection', lesson, slideFromHash(location.hash, slides.length, starts), onReaction);
	show(channel.state.slide, { announce: false, broadcast: false });
	document.documentElement.classList.add('deck-ready');

	function slideAt(n: number): DeckSlide | undefined {
		return slides[n - 1];
	}

	function show(n: number, how: { announce?: boolean; broadcast?: boolean } = {}): void {
		const next = slideAt(n);
		if (!next) return;
		const previous = slideAt(current);
		if (previous && previous !== next) previous.el.classList.remove('is-current');
		next.el.classList.add('is-current');
		current = n;
		history.replaceState(null, '', slideHash(n));
		if (counter) counter.textContent = `${n} / ${slides.length}`;
		const interactive = next.kind !== 'text';
		if (solutionButton) {
			solutionButton.hidden = !interactive;
			syncSolutionButton();
		}
		if (how.announce !== false && live) live.textContent = `Diapositive ${n} sur ${slides.length}\u00a0: ${next.title}`;
		if (how.broadcast !== false) channel.moved(n);
		else channel.state.slide = n;
	}

	function syncSolutionButton(): void {
		if (!solutionButton) return;
		const shown = revealed.has(current);
		solutionButton.textContent = shown ? 'Masquer la solution (s)' : 'Afficher la solution (s)';
		solutionButton.setAttribute('aria-pressed', String(shown));
	}

	/** Shows or hides the solution of the current slide: the widget's, or the quiz question's answer. */
	function setSolution(n: number, shown: boolean, broadcast: boolean): void {
		const slide = slideAt(n);
		if (!slide || slide.kind === 'text') return;
		if (shown) revealed.add(n);
		else revealed.delete(n);
		if (slide.kind === 'quiz') toggleAnswers(slide.el, shown);
		else {
			const exercise = slide.el.querySelector<HTMLElement>('[data-exercise]')?.dataset.exercise;
			if (exercise) requestReveal(exercise, !shown);
		}
		syncSolutionButton();
		if (live) live.textContent = shown ? (slide.kind === 'quiz' ? `Réponse affichée\u00a0: ${shownAnswers(slide.el)}` : 'Solution affichée.') : 'Solution masquée.';
		if (broadcast) channel.solution(n, shown);
	}

	function onReaction(r: Reaction): void {
		if (r.kind === 'goto') show(r.slide, { broadcast: false });
		else if (r.kind === 'solution') setSolution(r.slide, r.shown, false);
		else if (r.kind === 'open-lesson') location.href = `${deck.dataset.projectionBase ?? ''}${r.lesson}/${slideHash(r.slide)}`;
	}

	function toggle(panel: HTMLElement | null, focusInside = true): void {
		if (!panel) return;
		const opening = panel.hidden;
		for (const p of [help, overview]) if (p && p !== panel) p.hidden = true;
		panel.hidden = !opening;
		if (opening && panel === overview) {
			// The overview opens on the slide shown, marked as such.
			const buttons = [...panel.querySelectorAll<HTMLButtonElement>('.overview-slide')];
			buttons.forEach((b, i) => (i + 1 === current ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current')));
			if (focusInside) return buttons[current - 1]?.focus();
		}
		if (opening && focusInside) panel.querySelector<HTMLElement>('[data-deck-focus], button, a')?.focus();
		if (!opening) slideAt(current)?.el.focus({ preventScroll: true });
	}

	function buildOverview(list: readonly DeckSlide[]): void {
		const target = overview?.querySelector('ol');
		if (!target) return;
		for (const s of list) {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.className = `overview-slide overview-${s.kind}`;
			button.textContent = `${s.n}. ${s.title}${s.el.querySelector('.slide-suite') ? ' (suite)' : ''}${s.kind === 'exercise' ? ' — exercice' : ''}`;
			button.addEventListener('click', () => {
				if (overview) overview.hidden = true;
				show(s.n);
				s.el.focus({ preventScroll: true });
			});
			item.append(button);
			target.append(item);
		}
	}

	function inWidget(target: EventTarget | null): boolean {
		const el = target as HTMLElement | null;
		return !!el?.closest?.('input, select, textarea, [contenteditable], [role="radiogroup"], [role="listbox"], .exercise, [data-deck-help], [data-deck-overview]');
	}

	addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (event.key === 'Escape') {
			if (help && !help.hidden) return toggle(help);
			if (overview && !overview.hidden) return toggle(overview);
			// An open glossary tip (a popover): the browser closes it on this Escape; the deck stays.
			if (CSS.supports('selector(:popover-open)') && document.querySelector(':popover-open')) return;
			if (inWidget(target)) {
				// Out of a widget, the deck's keys work again.
				event.preventDefault();
				slideAt(current)?.el.focus({ preventScroll: true });
				return;
			}
			location.href = lessonUrl;
			return;
		}
		if (inWidget(target)) return;
		// Space and Enter on a button or a link are theirs, unless a slide number is being typed.
		if (target?.closest?.('button, a') && (event.key === ' ' || (event.key === 'Enter' && typed === ''))) return;
		const action = keyAction(event.key, current, slides.length, typed);
		if (!action) return;
		event.preventDefault();
		if (action.type === 'digit') {
			typed = (typed + action.digit).slice(-3);
			if (jump) {
				jump.hidden = false;
				jump.textContent = `Aller à la diapositive ${typed}\u00a0: Entrée`;
			}
			clearTimeout(typedTimer);
			typedTimer = window.setTimeout(clearTyped, 4000);
			return;
		}
		clearTyped();
		if (action.type === 'goto') show(action.slide);
		else if (action.type === 'overview') toggle(overview);
		else if (action.type === 'help') toggle(help);
		else if (action.type === 'fullscreen') toggleFullscreen();
		else if (action.type === 'presenter') openPresenter();
		else if (action.type === 'solution') setSolution(current, !revealed.has(current), true);
	});

	function clearTyped(): void {
		typed = '';
		if (jump) jump.hidden = true;
	}

	function toggleFullscreen(): void {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void document.documentElement.requestFullscreen?.().catch(() => undefined);
	}

	function openPresenter(): void {
		window.open(`${presenterUrl}${slideHash(current)}`, 'chorus-pro-presentateur', 'popup,width=1100,height=760');
	}

	addEventListener('hashchange', () => {
		const n = slideFromHash(location.hash, slides.length, starts);
		if (n !== current) show(n);
	});
	addEventListener('resize', () => fitCanvas(deck));
	document.querySelector('[data-deck-prev]')?.addEventListener('click', () => show(Math.max(current - 1, 1)));
	document.querySelector('[data-deck-next]')?.addEventListener('click', () => show(Math.min(current + 1, slides.length)));
	document.querySelector('[data-deck-overview-button]')?.addEventListener('click', () => toggle(overview));
	document.querySelector('[data-deck-help-button]')?.addEventListener('click', () => toggle(help));
	document.querySelector('[data-deck-fullscreen]')?.addEventListener('click', toggleFullscreen);
	document.querySelector('[data-deck-presenter]')?.addEventListener('click', openPresenter);
	solutionButton?.addEventListener('click', () => setSolution(current, !revealed.has(current), true));
	for (const close of document.querySelectorAll('[data-deck-close]')) close.addEventListener('click', () => toggle(close.closest<HTMLElement>('[data-deck-help], [data-deck-overview]')));
}
