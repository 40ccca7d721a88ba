import { z } from './zod';

/**
 * The figures lesson durations are computed from (content/reading.json), kept as data so a
 * trainer can tune them without touching code. Nothing in a lesson's frontmatter types a duration.
 */
export const ReadingSchema = z
	.object({
		/** Reading speed of the lesson prose, in words per minute. */
		wordsPerMinute: z.number().int().min(100).max(400),
		/**
		 * Minutes a quiz question takes: read it, answer, read the explanation. Applies to the end
		 * quiz of each lesson and to the sequence quizzes and evaluations.
		 */
		minutesPerQuestion: z.number().positive().max(5),
	})
	.strict();
export type Reading = z.infer<typeof ReadingSchema>;
