import { useStore } from '@nanostores/preact';
import { $lessonStatus, LESSON_STATUS_LABEL } from '../../stores/progress';

/** The learner's status for one lesson, on the course map. */
export default function LessonBadge({ lesson }: { lesson: string }) {
	const status = useStore($lessonStatus, { ssr: () => ({}) })[lesson] ?? 'a-faire';
	return (
		<span class={`badge badge-${status}`} data-status={status}>
			<span class="visually-hidden">Statut&nbsp;: </span>
			{LESSON_STATUS_LABEL[status]}
		</span>
	);
}
