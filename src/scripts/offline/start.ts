import { watchIslandFailures } from './island-retry';
import { registerServiceWorker } from './register';

/**
 * The course offline (issue 18): islands that say so when their code could not load, and the
 * service worker with its notice of a new version (in OfflineSupport.astro's region). Never in an
 * LMS package (PUBLIC_FILE_LINKS, scripts/package.mjs): the code is left out of its build.
 */
export function startOffline(): void {
	watchIslandFailures();
	if (import.meta.env.PUBLIC_FILE_LINKS !== '1') registerServiceWorker(document.querySelector<HTMLElement>('[data-update-region]'));
}
