/**
 * An island whose code could not load (offline, the service worker not there yet) says why
 * beside it and hydrates again as soon as the network is back. Astro tells of the failure with
 * `astro:hydration-error` (its island retries once, a second later, before giving up).
 */
export const ISLAND_FAILED =
	'Cet exercice n’a pas pu se charger\u00a0: la connexion semble coupée. Il se chargera dès le retour du réseau.';

type Island = HTMLElement & { start?: () => Promise<void> };

const failed = new Set<Island>();

function retryUrl(url: string): string {
	const parsed = new URL(url, document.baseURI);
	parsed.searchParams.set('reprise', Date.now().toString());
	return parsed.toString();
}

function retry(): void {
	for (const island of failed) {
		failed.delete(island);
		const message = island.nextElementSibling;
		if (message?.matches('[data-island-failed]')) message.remove();
		const url = island.getAttribute('component-url');
		// A fresh address: the browser does not reuse the failed import.
		if (url) island.setAttribute('component-url', retryUrl(url));
		void island.start?.();
	}
}

export function watchIslandFailures(): void {
	document.addEventListener('astro:hydration-error', (event) => {
		const island = (event.target as Element).closest?.('astro-island') as Island | null;
		if (!island || failed.has(island)) return;
		event.preventDefault();
		failed.add(island);
		const message = document.createElement('p');
		message.className = 'notice island-failed';
		message.dataset.islandFailed = '';
		message.setAttribute('role', 'status');
		message.textContent = ISLAND_FAILED;
		island.after(message);
		if (navigator.onLine) setTimeout(retry, 3000);
	});
	window.addEventListener('online', retry);
}
