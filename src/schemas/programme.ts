import { z } from './zod';
import { IdSchema } from './common';

/** A bullet of the training programme (course.md §3) and the lesson meant to cover it. */
export const ProgrammeBulletSchema = z.object({
	id: IdSchema,
	sequence: z.union([z.literal(1), z.literal(2)]),
	/** Number of the lesson in the course map (1–15). */
	lessonNumber: z.number().int().min(1).max(15),
	/** Id of the lesson file meant to cover it (written or not yet). */
	lesson: IdSchema,
	/** The bullet, in the programme's words. */
	text: z.string().min(5),
});
export type ProgrammeBullet = z.infer<typeof ProgrammeBulletSchema>;
