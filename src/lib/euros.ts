/**
 * French money input and display: « 1 234,56 € » shown; « 1234,56 », « 1 234,56 » and
 * « 1234.56 » accepted (widgets.md, forms). Amounts are handled in cents to avoid float drift.
 */

/** Cents from what the learner typed, or null when it is not an amount. */
export function parseEuros(text: string): number | null {
	// A euro sign is allowed at the end only: « 12 €50 » is not an amount.
	const compact = text.trim().replace(/\s*€$/, '').replace(/[\s\u00a0\u202f]/g, '');
	if (!/^-?\d+([.,]\d{1,2})?$/.test(compact)) return null;
	return Math.round(Number(compact.replace(',', '.')) * 100);
}

/** « 1 234,56 € » from cents. */
export function formatEuros(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(Math.round(cents));
	const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
	return `${sign}${units},${String(abs % 100).padStart(2, '0')}\u00a0€`;
}
