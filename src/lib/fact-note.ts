import type { Confidence } from '../schemas/common';

/** A likely or unsure fact's note, ready to show: inline « (…) » text and a block sentence. */
export interface FactNoteText {
	/** Lower-case, for parentheses after a value: « à vérifier : le tableau officiel… ». */
	text: string;
	/** Capitalised and ended by a full stop, for a block: « À vérifier : le tableau officiel…. ». */
	sentence: string;
}

/**
 * The note to show with a fact, or null for a sure fact. An unsure fact always says « à vérifier »
 * (README: an unsure fact is shown as such), so its note gets that prefix unless it already says
 * it; a likely fact shows its note as written (« selon une source secondaire »).
 */
export function factNote(fact: { confidence: Confidence; note?: string }): FactNoteText | null {
	if (fact.confidence === 'sure' || !fact.note) return null;
	const note = fact.note.trim();
	const text = fact.confidence === 'unsure' && !/à vérifier/i.test(note) ? `à vérifier\u00a0: ${note}` : note;
	const capitalised = `${text.charAt(0).toLocaleUpperCase('fr')}${text.slice(1)}`;
	return { text, sentence: /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.` };
}
