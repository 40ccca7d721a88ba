import { z } from './zod';
import { IdSchema, ObjectiveIdSchema } from './common';

/** Which questions of the bank a quiz shows. */
export const QuizSelectionSchema = z.discriminatedUnion('by', [
	z.object({ by: z.literal('lesson'), lesson: IdSchema }),
	z.object({ by: z.literal('sequence'), sequence: z.union([z.literal(1), z.literal(2)]) }),
	z.object({ by: z.literal('objective'), objectives: z.array(ObjectiveIdSchema).min(1) }),
	z.object({ by: z.literal('ids'), ids: z.array(IdSchema).min(1) }),
]);
export type QuizSelection = z.infer<typeof QuizSelectionSchema>;

/** A quiz: a selection of the question bank, recorded under one context. */
export const QuizSchema = z.object({
	title: z.string().min(5),
	/** Shown above the questions. */
	intro: z.string().min(10).optional(),
	/** Quizzes are practice; the evaluations are content/evaluations.json, drawn per learner. */
	context: z.literal('lesson').default('lesson'),
	select: QuizSelectionSchema,
	/** Listed on the course map at the end of this séquence, with its own page (séquence quizzes). */
	sequence: z.union([z.literal(1), z.literal(2)]).optional(),
});
export type Quiz = z.infer<typeof QuizSchema>;
