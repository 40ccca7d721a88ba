import { render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

// happy-dom has no HTMLOptionElement.defaultSelected, which browsers reflect from the option's
// `selected` attribute: without it every list would look changed since the server rendered it,
// and the kit's adoption of early answers would replay them all.
if (typeof HTMLOptionElement !== 'undefined' && !('defaultSelected' in HTMLOptionElement.prototype)) {
	Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
		configurable: true,
		get(this: HTMLOptionElement) {
			return this.hasAttribute('selected');
		},
	});
}

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
 * island to have taken those values over (one at a time, a few milliseconds each).
 */
export async function hydrateAfter(ui: VNode, early: (container: HTMLElement) => void) {
	const container = serverHtml(ui);
	early(container);
	const rendered = render(ui, hydrating(container));
	await new Promise((resolve) => setTimeout(resolve, 60));
	return rendered;
}

/** Sets a control's current value (or checked state) the way typing or clicking does, without events. */
export function setSilently(control: HTMLElement, value: string | boolean): void {
	if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
	else (control as HTMLInputElement | HTMLSelectElement).value = value;
}
