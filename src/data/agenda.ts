/**
 * Build-time access to the day's agenda (content/agenda.json): the validated variants, with
 * every lesson and section they name checked against the written lessons.
 */
import { getCollection } from 'astro:content';
import { agendaReferenceProblems } from '../lib/agenda';
import type { AgendaVariant } from '../schemas/agenda';
import { getLessons, lessonSections } from './course';

/** The variant shown first and server-rendered: the day in the room. */
export const DEFAULT_VARIANT = 'presentiel';

let checked: Promise<AgendaVariant[]> | null = null;

/**
 * The agenda's variants in file order (« presentiel » first). Throws, naming
 * content/agenda.json, the variant, the block and the bad id, when a block names a lesson or a
 * section that does not exist: the build fails instead of printing a dead link.
 */
export function getAgenda(): Promise<AgendaVariant[]> {
	checked ??= (async () => {
		// The collection does not keep the file's order: the day in the room comes first, as the default.
		const variants = (await getCollection('agenda')).map((entry) => entry.data).sort((a, b) => Number(b.id === DEFAULT_VARIANT) - Number(a.id === DEFAULT_VARIANT));
		const lessons = (await getLessons()).map((l) => ({ id: l.id, sections: lessonSections(l).map((s) => s.id) }));
		const problems = agendaReferenceProblems(variants, lessons);
		if (problems.length > 0) throw new Error(`Programme de la journée invalide (${problems.length} erreur(s)) :\n- ${problems.join('\n- ')}`);
		if (variants.length === 0) throw new Error('content/agenda.json : aucune variante de la journée');
		return variants;
	})();
	return checked;
}
