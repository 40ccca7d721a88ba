import { z } from './zod';
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
}).superRefine((fact, ctx) => {
	// A likely or unsure claim never travels without its note, and the build can only catch it
	// restated as certain if it knows how it is worded: both are required for those two levels.
	if (fact.confidence === 'sure') {
		// Neither would be shown nor searched for: refusing them keeps the data saying what it does.
		if (fact.note !== undefined) ctx.addIssue({ code: 'custom', path: ['note'], message: 'note réservée aux faits likely ou unsure : un fait sure s’affiche sans note' });
		if (fact.phrasings !== undefined) ctx.addIssue({ code: 'custom', path: ['phrasings'], message: 'phrasings réservé aux faits likely ou unsure : le build ne les cherche que pour eux' });
		return;
	}
	if (fact.note === undefined) {
		ctx.addIssue({ code: 'custom', path: ['note'], message: `note obligatoire pour un fait ${fact.confidence} : une courte note affichée avec le fait (« à vérifier », « selon … »)` });
	}
	if (fact.phrasings === undefined) {
		ctx.addIssue({ code: 'custom', path: ['phrasings'], message: `phrasings obligatoire pour un fait ${fact.confidence} : au moins une formulation de l’affirmation, que le build cherche dans les pages` });
	}
});
export type Fact = z.infer<typeof FactSchema>;
