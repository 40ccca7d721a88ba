import { FAILED_MESSAGE } from './search-failed';

/**
 * Brings the header's search to life when its dialog first opens (SearchDialog.astro): the panel's
 * code, with Preact, then Pagefind's index, load then; a page that is only read loads none of it.
 * If the code cannot load, the panel's live region says so and the next opening tries again.
 */
export function watchSearchDialog(): void {
	const dialog = document.getElementById('recherche') as HTMLDialogElement | null;
	const container = dialog?.querySelector<HTMLElement>('[data-search-panel]');
	if (!dialog || !container) return;
	const mount = () => {
		if (!dialog.open) return;
		dialog.removeEventListener('toggle', mount);
		import('../components/search/SearchPanel.mount')
			.then((m) => m.mountSearchPanel(container))
			.catch(() => {
				const status = container.querySelector('[role="status"]');
				if (status) status.textContent = FAILED_MESSAGE;
				dialog.addEventListener('toggle', mount);
			});
	};
	dialog.addEventListener('toggle', mount);
}
