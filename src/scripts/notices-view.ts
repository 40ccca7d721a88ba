import { $notices, dismissNotice, type Notice } from '../stores/session';
import { exportProgressMessage } from '../widgets/progress/export-progress';

/**
 * Storage problems (fallback storage, quarantined data, a newer tab) in the live region at the top
 * of every page, written with the DOM rather than an island; loaded with the first notice
 * (src/stores/session.ts).
 */
export function showNotices(region: HTMLElement): void {
	$notices.subscribe((notices) => {
		region.replaceChildren(...notices.map(noticeElement));
	});
}

function button(label: string, onClick: () => void): HTMLButtonElement {
	const b = document.createElement('button');
	b.type = 'button';
	b.className = 'btn-small';
	b.textContent = label;
	b.addEventListener('click', onClick);
	return b;
}

function noticeElement(notice: Notice): HTMLElement {
	const box = document.createElement('div');
	box.className = 'notice';
	box.dataset.notice = notice.id;
	const text = document.createElement('p');
	const strong = document.createElement('strong');
	strong.textContent = 'Attention\u00a0: ';
	text.append(strong, notice.text);
	const actions = document.createElement('p');
	actions.className = 'notice-actions';
	if (notice.action === 'reload') actions.append(button('Recharger la page', () => window.location.reload()));
	// The export code loads on demand: few learners ever need it. What it did, or why it could not
	// load, is said under the buttons, inside the live region.
	const result = document.createElement('p');
	result.className = 'notice-result';
	if (notice.action === 'export') {
		actions.append(
			button('Exporter ma progression', async () => {
				result.textContent = (await exportProgressMessage()).text;
			})
		);
	}
	actions.append(button('J’ai compris', () => dismissNotice(notice.id)));
	box.append(text, actions);
	if (notice.action === 'export') box.append(result);
	return box;
}
