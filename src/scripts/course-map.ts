import { $lessonStatus, $progress, LESSON_STATUS_LABEL } from '../stores/progress';

/** What the home page gives the « Reprendre » line (data-resume, JSON). */
export interface ResumeData {
	lessons: { id: string; title: string; href: string }[];
	/** Sections of each lesson, with their URL already built by the URL helper. */
	sections: Record<string, { id: string; title: string; href: string }[]>;
	/** The positioning test's page: a new learner starts there (issue 16). */
	positioningHref?: string;
}

type Link = { href: string; text: string; secondary?: boolean };

/**
 * « Reprendre » to the last place visited; on a first visit, « Commencer par le test de
 * positionnement » (then the first lesson), or « Commencer le cours » once the test is done.
 */
export function resumeLinks({ lessons, sections, positioningHref }: ResumeData, progress = $progress.get(), status = $lessonStatus.get()): Link[] {
	const first = lessons[0];
	if (!first) return [];
	const place = progress.lastPlace ?? null;
	const lesson = lessons.find((l) => l.id === place?.lesson);
	const positioned = (progress.runs ?? []).some((r) => r.kind === 'positionnement');
	if ((!place || !lesson) && positioningHref && !positioned) {
		return [
			{ href: positioningHref, text: 'Commencer par le test de positionnement' },
			{ href: first.href, text: `Ou commencer directement\u00a0: ${first.title}`, secondary: true },
		];
	}
	if (!place || !lesson) return [{ href: first.href, text: `Commencer le cours\u00a0: ${first.title}` }];
	const section = sections[lesson.id]?.find((s) => s.id === place.section);
	const next = status[lesson.id] === 'terminee' ? lessons.find((l) => status[l.id] !== 'terminee') : undefined;
	const links: Link[] = [{ href: section ? section.href : lesson.href, text: `Reprendre\u00a0: ${lesson.title}${section ? ` — ${section.title}` : ''}` }];
	if (next) links.push({ href: next.href, text: `Leçon suivante à faire\u00a0: ${next.title}`, secondary: true });
	return links;
}

/**
 * The home page's learner parts, kept current from the progress store with plain DOM: the
 * « Reprendre » line and each lesson's status badge. No island, so no Preact on the home page
 * (issue 18); the build renders a first visit's version, replaced once the store has answered.
 */
export function showCourseMap(root: ParentNode): void {
	const resume = root.querySelector<HTMLElement>('[data-resume]');
	const data = resume ? (JSON.parse(resume.dataset.resume ?? '{}') as ResumeData) : null;
	$progress.subscribe((progress) => {
		const status = $lessonStatus.get();
		for (const badge of root.querySelectorAll<HTMLElement>('[data-lesson-badge]')) {
			const value = status[badge.dataset.lessonBadge ?? ''] ?? 'a-faire';
			badge.className = `badge badge-${value}`;
			badge.dataset.status = value;
			const label = badge.querySelector('[data-label]');
			if (label) label.textContent = LESSON_STATUS_LABEL[value];
		}
		if (!resume || !data) return;
		const links = resumeLinks(data, progress, status);
		const same = links.length === resume.children.length && links.every((l, i) => resume.children[i]?.textContent === l.text && resume.children[i]?.getAttribute('href') === l.href);
		if (same) return;
		resume.replaceChildren(
			...links.map((l) => {
				const a = document.createElement('a');
				a.className = l.secondary ? 'btn btn-secondary' : 'btn btn-large';
				a.href = l.href;
				a.textContent = l.text;
				return a;
			})
		);
	});
}
