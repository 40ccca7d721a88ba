import type { APIRoute } from 'astro';
import { getLessons, lessonSections } from '../../data/course';
import { extractTrainerNotes } from '../../lib/mdx-refs';

/**
 * Presenter-only data: the trainer notes of every lesson, by section. The learner's pages
 * never contain them; the projection mode will read this file.
 */
export const GET: APIRoute = async () => {
	const lessons = await getLessons();
	const data = {
		generatedFor: 'vue présentateur',
		lessons: lessons.map((l) => {
			const titles = new Map(lessonSections(l).map((s) => [s.id, s.title]));
			return {
				id: l.id,
				title: l.data.title,
				notes: extractTrainerNotes(l.body ?? '').map((n) => ({
					section: n.section,
					sectionTitle: n.section ? titles.get(n.section) ?? null : null,
					text: n.text,
				})),
			};
		}),
	};
	return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
