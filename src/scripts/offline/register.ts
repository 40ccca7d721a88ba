
/**
 * Registers the course's service worker (dist/sw.js, scripts/service-worker.mjs) and says when a
 * new deployment is ready: « Une nouvelle version du cours est disponible », with « Recharger
 * maintenant ». The learner chooses when; the progress is in localStorage, which an update does
 * not touch (a newer progress format is migrated by the store when the new pages load it).
 *
 * Only in a secure context (HTTPS or localhost: browsers refuse a worker elsewhere) and never in
 * an LMS package, whose pages are files an LMS serves (PUBLIC_FILE_LINKS, scripts/package.mjs).
 */
export function registerServiceWorker(region: HTMLElement | null): void {
	if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
	// When the waiting worker takes over after « Recharger maintenant »: this page reloads into it.
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Also fired when a first worker takes over the page (not asked): no reload then.
		if (!reloading) return;
		reloading = false;
		window.location.reload();
	});
	// A few seconds after the page has loaded, when the browser is idle: the precache's downloads
	// (the whole course, once) never compete with what the learner opened, on a weak phone either.
	const later = () => setTimeout(() => requestIdle(() => register(region, () => (reloading = true))), 3000);
	if (document.readyState === 'complete') later();
	else window.addEventListener('load', later, { once: true });
}

// The site's root (Astro's base), read directly rather than through lib/url.ts's href: this runs on
// every page, and a text page's script is kept to the bytes it needs.
const SITE_ROOT = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const requestIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 0));

function register(region: HTMLElement | null, onReload: () => void): void {
	void navigator.serviceWorker
		.register(`${SITE_ROOT}sw.js`, { scope: SITE_ROOT })
		.then((registration) => {
			const offer = () => {
				// A first install is not an update: there is nothing to reload into.
				if (registration.waiting && navigator.serviceWorker.controller) showUpdate(region, registration.waiting, onReload);
			};
			offer();
			registration.addEventListener('updatefound', () => {
				const next = registration.installing;
				next?.addEventListener('statechange', () => {
					if (next.state === 'installed') offer();
				});
			});
		})
		.catch(() => {
			// No worker (private mode, a policy): the course works online as before.
		});
}

function showUpdate(region: HTMLElement | null, waiting: ServiceWorker, onReload: () => void): void {
	if (!region || region.querySelector('[data-update]')) return;
	const box = document.createElement('div');
	box.className = 'notice notice-update';
	box.dataset.update = '';
	const text = document.createElement('p');
	text.textContent = 'Une nouvelle version du cours est disponible. Votre progression est conservée.';
	const actions = document.createElement('p');
	actions.className = 'notice-actions';
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'btn-small';
	reload.textContent = 'Recharger maintenant';
	reload.addEventListener('click', () => {
		onReload();
		waiting.postMessage('skip-waiting');
	});
	const later = document.createElement('button');
	later.type = 'button';
	later.className = 'btn-small';
	later.textContent = 'Plus tard';
	// Offered again on the next page opened.
	later.addEventListener('click', () => box.remove());
	actions.append(reload, later);
	box.append(text, actions);
	region.append(box);
}
