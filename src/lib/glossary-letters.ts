/**
 * The glossary's letter groups. A term that opens on a guillemet or another sign (« « Rejetée »
 * ou « Refusée » ») is filed under its first letter, without its accent: « Écran » under E.
 */

/** The letter a term is filed under (« A »…« Z »), or « # » for a term without any letter. */
export function glossaryLetter(term: string): string {
	const first = term.normalize('NFD').match(/\p{L}/u)?.[0];
	return first ? first.toLocaleUpperCase('fr') : '#';
}

/** Alphabetical order of terms, French rules, leading signs and spaces ignored. */
export function compareTerms(a: string, b: string): number {
	const key = (t: string) => t.replace(/^[^\p{L}\p{N}]+/u, '');
	return key(a).localeCompare(key(b), 'fr', { sensitivity: 'base' });
}
