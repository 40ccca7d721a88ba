import { z } from './zod';
import { IdSchema } from './common';

/** A glossary term with its French definition. */
export const GlossaryTermSchema = z.object({
	id: IdSchema,
	term: z.string().min(2),
	/** Other spellings or acronyms (« EJ » for « engagement juridique »). */
	aliases: z.array(z.string().min(1)).default([]),
	definition: z.string().min(20),
	/** Ids of related terms. */
	seeAlso: z.array(IdSchema).default([]),
	/** Fact ids the definition rests on. */
	facts: z.array(IdSchema).default([]),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
