import { z } from './zod';

/** One of the two evaluations (content/evaluations.json): what its page says and how much it draws. */
export const EvaluationSchema = z.object({
	id: z.enum(['positionnement', 'finale']),
	title: z.string().min(5),
	/** Shown on the course map and above the start button. */
	intro: z.string().min(10),
	/** Questions drawn per objective for each learner's run. */
	perObjective: z.number().int().min(1).max(5),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** The summative thresholds (course.md §2), kept as data beside the « Entraînement » rule. */
export const EvaluationRuleSchema = z.object({
	id: z.literal('regle-evaluation'),
	/** Share of right questions (0–1) that passes the final evaluation overall. */
	passMark: z.number().gt(0).lte(1),
	/** Right questions (of the final's per-objective draw) that validate an objective. */
	validatedRight: z.number().int().min(1),
});
export type EvaluationRuleData = z.infer<typeof EvaluationRuleSchema>;
