import { z } from './zod';
import { ObjectiveIdSchema } from './common';
import { EvaluationRuleSchema } from './evaluation';

/** A competency objective; its statement is what the attestation prints. */
export const ObjectiveSchema = z.object({
	/** Stable id, one of the ten of course.md §2. */
	id: ObjectiveIdSchema,
	/** Short label shown in tables (« Cadre et vocabulaire »). */
	label: z.string().min(3),
	/** Completes « À l'issue de la formation, vous êtes capable de… ». */
	statement: z.string().min(10),
	/** Display order on « Mon parcours ». */
	order: z.number().int().positive(),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Parameters of the « Entraînement » rule (course.md §2), kept as data so a trainer can tune them. */
export const MasteryRuleSchema = z.object({
	id: z.literal('regle-de-maitrise'),
	/** Mean of the items' latest counted scores (0–1) that makes an objective « acquis ». */
	threshold: z.number().gt(0).lte(1),
	/** Minimum number of distinct items answered before an objective can be « acquis ». */
	minItems: z.number().int().min(1),
});
export type MasteryRule = z.infer<typeof MasteryRuleSchema>;

/** content/mastery.json: the « Entraînement » rule and the evaluation thresholds, one entry each. */
export const RuleSchema = z.discriminatedUnion('id', [MasteryRuleSchema, EvaluationRuleSchema]);
