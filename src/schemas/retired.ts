import { z } from './zod';
import { IsoDateSchema, ObjectiveIdSchema } from './common';

/** An id removed from the content: older progress files may still hold it. */
const Retired = z.object({
	/** As recorded: a question or exercise id, `<exercise>:<part>`, or a lesson id. */
	id: z.string().min(1),
	retiredOn: IsoDateSchema,
	reason: z.string().min(5),
});

/**
 * content/retired.json: what the content no longer has but learners' files may. An import is
 * checked against the content; these ids stay known so that a file exported before an edit is
 * still accepted (course.md §5: never break an exported file).
 */
export const RetiredSchema = z
	.object({
		items: z.array(Retired),
		lessons: z.array(Retired),
		/** Evaluation pool questions, with the objective they were drawn for. */
		evaluationQuestions: z.array(Retired.extend({ objective: ObjectiveIdSchema })),
	})
	.strict();
export type RetiredIds = z.infer<typeof RetiredSchema>;
