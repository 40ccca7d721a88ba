import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, IsoDateSchema, SourceUrlSchema } from './common';

/**
 * A dated fact from the fact sheet (shared/domain/faits-chorus-pro.md). Reform dates, rates and
 * thresholds live here, never in prose or code, so that a change of law is a data change.
 */
export const FactSchema = z.object({
	id: IdSchema,
	/** The fact in one French sentence, as the lesson states it. */
	statement: z.string().min(10),
	/** The value shown inline (« 1er janvier 2017 », « 60 minutes », « 10,40 % »). */
	value: z.string().min(1),
	/** The value as a number for calculators (30 for « 30 jours », 10.4 for « 10,40 % »). */
	numericValue: z.number().optional(),
	/** Date from which the fact applies, if it has one. */
	effectiveDate: IsoDateSchema.optional(),
	/** Where the fact comes from: an official page first. */
	source: z.object({ url: SourceUrlSchema, label: z.string().min(3) }),
	confidence: ConfidenceSchema,
	/**
	 * Short French note shown with every display of a likely or unsure fact (« à vérifier »,
	 * « selon la FAQ de l’AIFE »). Required for those two confidences (see FactSchema's refinement).
	 */
	note: z.string().min(3).optional(),
	/**
	 * Plain phrasings of the claim, as a writer would type it when restating it as certain. The build
	 * fails when one of them appears in a page outside a display that carries the note.
	 */
	phrasings: z.array(z.string().min(6)).min(1).optional(),
	/** Line of the fact sheet it comes from (« 1.5 », « 10.12 »). */
	sheetRef: z.string().regex(/^\d+(\.\d+)*$/, 'référence de la fiche de faits attendue (ex. 10.12)'),
	/** Date the fact was last checked against its source. */
	checkedOn: IsoDateSchema,
});
export type Fact = z.infer<typeof FactSchema>;
