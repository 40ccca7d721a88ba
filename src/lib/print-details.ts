/**
 * Prints every `<details>` open (« Pour aller plus loin » and any other disclosure), then gives
 * the learner back the page as it was. The print stylesheet opens them too
 * (`details::details-content` in global.css); this module covers the browsers that do not know
 * that pseudo-element, and makes the summary's marker read « open » on paper as well.
 */

/** The part of a `<details>` element this module needs. */
export interface Disclosure {
	open: boolean;
}

/** The part of `window` and `document` this module needs (testable without a DOM). */
export interface PrintHost {
	addEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
}
export interface DisclosureRoot {
	querySelectorAll(selector: 'details'): Iterable<Disclosure>;
}

/**
 * Opens every `details` on `beforeprint` and, on `afterprint`, closes again only those it
 * opened, so that a disclosure the learner had opened stays open.
 */
export function openDisclosuresForPrint(host: PrintHost, root: DisclosureRoot): void {
	let opened: Disclosure[] = [];
	host.addEventListener('beforeprint', () => {
		// Queried at print time: widgets may have added disclosures since the page loaded.
		opened = [...root.querySelectorAll('details')].filter((d) => !d.open);
		for (const d of opened) d.open = true;
	});
	host.addEventListener('afterprint', () => {
		for (const d of opened) d.open = false;
		opened = [];
	});
}
