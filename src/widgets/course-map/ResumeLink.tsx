import { useStore } from '@nanostores/preact';
import { $lessonStatus, $resumePlace } from '../../stores/progress';

interface Props {
	lessons: { id: string; title: string; href: string }[];
	/** Sections of each lesson, with their URL already built by the URL helper. */
	sections: Record<string, { id: string; title: string; href: string }[]>;
}

/** « Reprendre » to the last place visited, or « Commencer » on a first visit. */
export default function ResumeLink({ lessons, sections }: Props) {
	const place = useStore($resumePlace, { ssr: () => null });
	const status = useStore($lessonStatus, { ssr: () => ({}) });
	const first = lessons[0];
	if (!first) return null;
	const lesson = lessons.find((l) => l.id === place?.lesson);
	if (!place || !lesson) {
		return (
			<p class="resume">
				<a class="btn btn-large" href={first.href}>
					Commencer le cours : {first.title}
				</a>
			</p>
		);
	}
	const section = sections[lesson.id]?.find((s) => s.id === place.section);
	const next = status[lesson.id] === 'terminee' ? lessons.find((l) => status[l.id] !== 'terminee') : undefined;
	return (
		<p class="resume">
			<a class="btn btn-large" href={section ? section.href : lesson.href}>
				Reprendre : {lesson.title}
				{section ? ` — ${section.title}` : ''}
			</a>
			{next ? (
				<a class="btn btn-secondary" href={next.href}>
					Leçon suivante à faire : {next.title}
				</a>
			) : null}
		</p>
	);
}
