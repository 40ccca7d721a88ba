import { z } from 'astro/zod';
import { IdSchema, ObjectiveIdSchema } from './common';

/**
 * Data of a widget placed in a lesson with <Exercise id="…" />. Each kind of widget adds its own
 * variant to this union; « practice » shows bank questions inline, in the middle of a section.
 */
export const ExerciseSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('practice'),
		title: z.string().min(5),
		instructions: z.string().min(10),
		objectives: z.array(ObjectiveIdSchema).min(1),
		/** Bank questions asked, in this order. */
		questions: z.array(IdSchema).min(1),
	}),
]);
export type Exercise = z.infer<typeof ExerciseSchema>;
