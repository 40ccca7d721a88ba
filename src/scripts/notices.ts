import { STORAGE_KEY } from '../config';
import { storageNeedsStore } from './storage-check';

/**
 * Storage notices on a page that does not load the progress store (a text page): once the page is
 * idle, or when another tab writes, the store loads only if storage has something to say (refused,
 * unreadable, another format); the store then raises its notices, which show themselves
 * (src/stores/session.ts). A page with islands loads the store anyway (issue 18: a page with
 * nothing interactive carries no island and almost no JavaScript).
 */
function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

let loading = false;
function check(): void {
	if (loading || !storageNeedsStore(storage())) return;
	loading = true;
	void import('../stores/progress');
}

const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
whenIdle(check);
window.addEventListener('storage', (event) => {
	if (event.key === STORAGE_KEY) check();
});
