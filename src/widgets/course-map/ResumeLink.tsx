import { useStore } from '@nanostores/preact';
import { $lessonStatus, $progress, $resumePlace } from '../../stores/progress';

interface Props {
	lessons: { id: string; title: string; href: string }[];
	/** Sections of each lesson, with their URL already built by the URL helper. */
	sections: Record<string, { id: string; title: string; href: string }[]>;
	/** The positioning test's page: a new learner starts there (issue 16). */
	positioningHref?: string;
}

/**
 * « Reprendre » to the last place visited; on a first visit, « Commencer par le test de
 * positionnement » (then the first lesson), or « Commencer le cours » once the test is done.
 */
export default function ResumeLink({ lessons, sections, positioningHref }: Props) {
	const place = useStore($resumePlace, { ssr: () => null });
	const status = useStore($lessonStatus, { ssr: () => ({}) });
	const progress = useStore($progress, { ssr: 'initial' });
	const first = lessons[0];
	if (!first) return null;
	const lesson = lessons.find((l) => l.id === place?.lesson);
	const positioned = (progress.runs ?? []).some((r) => r.kind === 'positionnement');
	if ((!place || !lesson) && positioningHref && !positioned) {
		return (
			<p class="resume">
				<a class="btn btn-large" href={positioningHref}>
					Commencer par le test de positionnement
				</a>
				<a class="btn btn-secondary" href={first.href}>
					Ou commencer directement&nbsp;: {first.title}
				</a>
			</p>
		);
	}
	if (!place || !lesson) {
		return (
			<p class="resume">
				<a class="btn btn-large" href={first.href}>
					Commencer le cours&nbsp;: {first.title}
				</a>
			</p>
		);
	}
	const section = sections[lesson.id]?.find((s) => s.id === place.section);
	const next = status[lesson.id] === 'terminee' ? lessons.find((l) => status[l.id] !== 'terminee') : undefined;
	return (
		<p class="resume">
			<a class="btn btn-large" href={section ? section.href : lesson.href}>
				Reprendre&nbsp;: {lesson.title}
				{section ? ` — ${section.title}` : ''}
			</a>
			{next ? (
				<a class="btn btn-secondary" href={next.href}>
					Leçon suivante à faire&nbsp;: {next.title}
				</a>
			) : null}
		</p>
	);
}
