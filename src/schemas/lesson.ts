import { z } from './zod';
import { IdSchema, ObjectiveIdSchema, SourceUrlSchema } from './common';

/**
 * Frontmatter of a lesson (content/lessons/*.mdx). There is no `duration`: it is computed at
 * build from the lesson's words, exercises and quiz (getLessonDuration in src/data/course.ts).
 * A leftover `duration:` line is stripped like any unknown key, and flagged by the readability
 * content test.
 */
export const LessonSchema = z.object({
	title: z.string().min(5),
	/** Séquence 1 (comptes, structures, utilisateurs) or 2 (dépôt et suivi). */
	sequence: z.union([z.literal(1), z.literal(2)]),
	/** Lesson number in the course map (1–15), unique. */
	order: z.number().int().min(1).max(15),
	objectives: z.array(ObjectiveIdSchema).min(1),
	/** One or two sentences shown on the course map. */
	summary: z.string().min(20).max(400),
	/** Official links the lesson rests on. */
	sources: z.array(z.object({ label: z.string().min(3), url: SourceUrlSchema })).min(1),
	/** Training-programme bullets covered, each by one or more sections (their anchors). */
	programme: z
		.array(z.object({ bullet: IdSchema, sections: z.array(IdSchema).min(1) }))
		.min(1),
	/** Quiz shown at the end of the lesson. */
	quiz: IdSchema,
});
export type Lesson = z.infer<typeof LessonSchema>;
