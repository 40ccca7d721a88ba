import { useStore } from '@nanostores/preact';
import { $lessonStatus, type LessonStatus } from '../../stores/progress';

const LABEL: Record<LessonStatus, string> = { terminee: '✓ Terminée', 'en-cours': '◐ En cours', 'a-faire': '○ À faire' };

/** The learner's status for one lesson, on the course map. */
export default function LessonBadge({ lesson }: { lesson: string }) {
	const status = useStore($lessonStatus, { ssr: () => ({}) })[lesson] ?? 'a-faire';
	return (
		<span class={`badge badge-${status}`} data-status={status}>
			<span class="visually-hidden">Statut : </span>
			{LABEL[status]}
		</span>
	);
}
