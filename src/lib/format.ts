/** « 28 novembre 2026 » from an ISO date or timestamp; « date inconnue » rather than an error. */
export function formatDate(iso: string): string {
	const date = new Date(typeof iso === 'string' && iso.length === 10 ? `${iso}T12:00:00Z` : iso);
	// Formatting an invalid date throws a RangeError: one bad date must never break a page.
	if (Number.isNaN(date.getTime())) return 'date inconnue';
	return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
		.format(date)
		.replace(/^1 /, '1er ');
}

/** « 1 h 05 min », « 12 min », « moins d’une minute »: no-break spaces, so a number never leaves its unit. */
export function formatDuration(ms: number): string {
	const minutes = Math.floor(ms / 60_000);
	if (minutes < 1) return 'moins d’une minute';
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h > 0 ? `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}\u00a0min` : `${m}\u00a0min`;
}

/** « 83 % » from a 0–1 ratio, the « % » held to its number by a no-break space. */
export function formatPercent(ratio: number): string {
	return `${Math.round(ratio * 100)}\u00a0%`;
}
