import { h, hydrate } from 'preact';
import SearchPanel from './SearchPanel';

/**
 * Brings the search panel, rendered by the build inside the dialog, to life (issue 18): loaded
 * when the dialog first opens, so a page that is only read carries neither Preact nor the search.
 */
export function mountSearchPanel(container: HTMLElement): void {
	hydrate(h(SearchPanel, { siteRoot: container.dataset.siteRoot ?? '/' }), container);
}
