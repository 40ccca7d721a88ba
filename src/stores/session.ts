import { atom } from 'nanostores';

/** A message about storage shown at the top of every page. */
export interface Notice {
	id: 'memoire' | 'quarantaine' | 'import' | 'autre-version';
	text: string;
	/** A button the notice offers: export the progress, or reload the page. */
	action?: 'export' | 'reload';
}

/** Notices to show; one per id. */
export const $notices = atom<Notice[]>([]);

let shown = false;

/**
 * Adds or replaces a notice, and has the page show its notices: their view (plain DOM in the
 * layout's live region, src/scripts/notices-view.ts) loads with the first one, never before.
 */
export function addNotice(notice: Notice): void {
	$notices.set([...$notices.get().filter((n) => n.id !== notice.id), notice]);
	const region = !shown && typeof document !== 'undefined' ? document.querySelector<HTMLElement>('[data-notices]') : null;
	if (!region) return;
	shown = true;
	void import('../scripts/notices-view').then((m) => m.showNotices(region));
}

/** Removes a notice the learner has read. */
export function dismissNotice(id: Notice['id']): void {
	$notices.set($notices.get().filter((n) => n.id !== id));
}

/**
 * Demo mode: widgets work but nothing is recorded (trainers projecting a lesson). A projected
 * page says so on its root element, so that the mode holds before any island starts.
 */
export const $demoMode = atom(typeof document != 'undefined' && document.documentElement.hasAttribute('data-demo'));

/** Turns demo mode on or off. */
export function setDemoMode(on: boolean): void {
	$demoMode.set(on);
}

/** A request, from outside a widget, to reveal its solution or to hide it again (« all » or one item id). */
export const $revealRequest = atom<{ target: string; n: number; hide?: boolean } | null>(null);

/** Asks widgets to show their solution, or with `hide` to go back to a blank exercise; the projection mode drives it. */
export function requestReveal(target = 'all', hide = false): void {
	$revealRequest.set({ target, n: ($revealRequest.get()?.n ?? 0) + 1, hide });
}
