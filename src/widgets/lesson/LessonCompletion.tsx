import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { activeTime } from '../../lib/activity';
import { formatDate } from '../../lib/format';
import { $progress, addLessonTime, setLessonCompleted, setPlace, visitLesson } from '../../stores/progress';

interface Props {
	lesson: string;
	sectionIds: string[];
}

const TICK_MS = 15_000;

/**
 * Records the visit, the active reading time and the section being read, and offers
 * « Marquer comme terminée ». Sits at the end of every lesson.
 */
export default function LessonCompletion({ lesson, sectionIds }: Props) {
	const progress = useStore($progress, { ssr: 'initial' });
	const completedAt = progress.lessons[lesson]?.completedAt;
	const completed = Boolean(completedAt);
	const [message, setMessage] = useState('');

	useEffect(() => {
		visitLesson(lesson);
		let lastTick = Date.now();
		let lastActivity = lastTick;
		const flush = () => {
			const now = Date.now();
			addLessonTime(lesson, activeTime(lastTick, now, lastActivity, document.visibilityState === 'visible'));
			lastTick = now;
		};
		const active = () => {
			if (Date.now() - lastActivity > 60_000) flush();
			lastActivity = Date.now();
		};
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') flush();
			else lastTick = lastActivity = Date.now();
		};
		const timer = window.setInterval(flush, TICK_MS);
		const events = ['keydown', 'pointerdown', 'scroll', 'focusin'] as const;
		events.forEach((e) => window.addEventListener(e, active, { passive: true }));
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', flush);

		const observer = new IntersectionObserver(
			(entries) => {
				const visible = entries.find((e) => e.isIntersecting);
				if (visible) setPlace(lesson, visible.target.id);
			},
			{ rootMargin: '0px 0px -70% 0px' }
		);
		sectionIds.forEach((id) => {
			const el = document.getElementById(id);
			if (el) observer.observe(el);
		});
		return () => {
			flush();
			window.clearInterval(timer);
			events.forEach((e) => window.removeEventListener(e, active));
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', flush);
			observer.disconnect();
		};
	}, [lesson]);

	const toggle = () => {
		setLessonCompleted(lesson, !completed);
		setMessage(completed ? 'La leçon n’est plus marquée comme terminée.' : 'Leçon marquée comme terminée.');
	};

	return (
		<div class="lesson-completion">
			<button type="button" class="btn" aria-pressed={completed} onClick={toggle}>
				{completed ? '✓ ' : ''}Marquer comme terminée
			</button>
			<p class="completion-state">
				{completedAt ? `Leçon terminée le ${formatDate(completedAt)}.` : 'Leçon pas encore terminée.'}
			</p>
			<p role="status" class="visually-hidden">
				{message}
			</p>
		</div>
	);
}
