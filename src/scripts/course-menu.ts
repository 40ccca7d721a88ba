import { $lessonStatus, LESSON_STATUS_LABEL } from '../stores/progress';

/**
 * Writes each lesson's status into the course menu and keeps it current (a lesson marked
 * « terminée » at the bottom of the page changes its line in the menu). Plain DOM rather than
 * an island: the menu is static HTML and a lesson page's script budget is nearly spent.
 */
export function showLessonStatuses(root: ParentNode): () => void {
	return $lessonStatus.subscribe((statuses) => {
		for (const el of root.querySelectorAll<HTMLElement>('[data-menu-status]')) {
			const status = statuses[el.dataset.menuStatus ?? ''] ?? 'a-faire';
			el.dataset.status = status;
			el.textContent = LESSON_STATUS_LABEL[status];
		}
	});
}
