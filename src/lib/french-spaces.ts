/**
 * French typography for texts printed as they come from the data (issue 16, the printed
 * handout): a no-break space before « : ; ? ! » and inside « guillemets », between a number and
 * its unit, and inside a number written in groups of three digits (« 12 000 »), so that a line
 * never starts with a colon or leaves « 30 » without « jours ».
 * Spaces already unbreakable (U+00A0, U+202F) are kept.
 */
export function frenchSpaces(text: string): string {
	return text
		.replace(/[ \t]+([:;?!»])/g, '\u00a0$1')
		.replace(/«[ \t]+/g, '«\u00a0')
		.replace(/(\d)[ \t](?=\d{3}(?!\d))/g, '$1\u202f')
		.replace(/(\d)[ \t]+(?=(?:jours?|mois|ans?|heures?|h|min|M€|€|%|personnes?)(?![\p{L}\d]))/gu, '$1\u00a0');
}
