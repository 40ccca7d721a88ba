import { render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Puts happy-dom's lists right where it departs from browsers, so that the kit's adoption of early
 * answers sees what a browser sees: options have no `defaultSelected` (browsers reflect the
 * `selected` attribute), and a list parsed with an option marked `selected` reports
 * `selectedIndex` -1. Without this, every list rendered by the server would look changed.
 */
function fixHappyDomLists(): void {
	if (typeof HTMLOptionElement === 'undefined') return;
	if (!('defaultSelected' in HTMLOptionElement.prototype)) {
		Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
			configurable: true,
			get(this: HTMLOptionElement) {
				return this.hasAttribute('selected');
			},
		});
	}
	const probe = document.createElement('div');
	probe.innerHTML = '<select><option selected value="">a</option></select>';
	if ((probe.firstChild as HTMLSelectElement).selectedIndex === 0) return;
	let proto: object | null = HTMLSelectElement.prototype;
	let native: PropertyDescriptor | undefined;
	while (proto && !(native = Object.getOwnPropertyDescriptor(proto, 'selectedIndex'))) proto = Object.getPrototypeOf(proto);
	Object.defineProperty(HTMLSelectElement.prototype, 'selectedIndex', {
		configurable: true,
		get(this: HTMLSelectElement) {
			return [...this.options].findIndex((o) => o.selected);
		},
		set(this: HTMLSelectElement, index: number) {
			native?.set?.call(this, index);
		},
	});
}
fixHappyDomLists();

/** Render options that hydrate (the library does it; its types do not list the option). */
const hydrating = (container: HTMLElement) => ({ container, hydrate: true });

function serverHtml(ui: VNode): HTMLElement {
	const container = document.body.appendChild(document.createElement('div'));
	container.innerHTML = renderToString(ui);
	return container;
}

/** Renders `ui` as the site does: HTML from the build, then the island hydrated over it. */
export function renderAsServer(ui: VNode) {
	return render(ui, hydrating(serverHtml(ui)));
}

/**
 * Renders `ui` as the build does, lets `early` act on that HTML as a learner does before the
 * island starts — values set on the controls, no event fired, since no handler is there yet —
 * then hydrates it, as the browser does when the island's script arrives, and waits for the
 * island to have taken those values over.
 */
export async function hydrateAfter(ui: VNode, early: (container: HTMLElement) => void) {
	const container = serverHtml(ui);
	early(container);
	const rendered = render(ui, hydrating(container));
	// The kit replays one control per timer tick, starting as the island mounts: as many ticks as
	// there are controls (and one more) see every replay done, however slow the machine.
	const ticks = container.querySelectorAll('input, select, textarea').length + 2;
	for (let i = 0; i < ticks; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
	return rendered;
}

/** Sets a control's current value (or checked state) the way typing or clicking does, without events. */
export function setSilently(control: HTMLElement, value: string | boolean): void {
	if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
	else (control as HTMLInputElement | HTMLSelectElement).value = value;
}
