import { z } from 'astro/zod';
import { IdSchema, ObjectiveIdSchema } from './common';

/** Which questions of the bank a quiz shows. */
export const QuizSelectionSchema = z.discriminatedUnion('by', [
	z.object({ by: z.literal('lesson'), lesson: IdSchema }),
	z.object({ by: z.literal('sequence'), sequence: z.union([z.literal(1), z.literal(2)]) }),
	z.object({ by: z.literal('objective'), objectives: z.array(ObjectiveIdSchema).min(1) }),
	z.object({ by: z.literal('ids'), ids: z.array(IdSchema).min(1) }),
	/** A seeded draw of `perObjective` questions per objective (the evaluations), sharing nothing with `exclude`'s draw. */
	z.object({ by: z.literal('draw'), perObjective: z.number().int().min(1).max(5), seed: z.string().min(1), exclude: IdSchema.optional() }),
]);
export type QuizSelection = z.infer<typeof QuizSelectionSchema>;

/** A quiz: a selection of the question bank, recorded under one context. */
export const QuizSchema = z.object({
	title: z.string().min(5),
	/** Shown above the questions. */
	intro: z.string().min(10).optional(),
	/** « lesson » for practice, « avant » for the positioning test, « apres » for the final one. */
	context: z.enum(['lesson', 'avant', 'apres']).default('lesson'),
	select: QuizSelectionSchema,
	/** The positioning test (before Séquence 1) or the final evaluation (after Séquence 2), shown on the course map. */
	evaluation: z.enum(['positionnement', 'finale']).optional(),
	/** Listed on the course map at the end of this séquence, with its own page (séquence quizzes). */
	sequence: z.union([z.literal(1), z.literal(2)]).optional(),
});
export type Quiz = z.infer<typeof QuizSchema>;
