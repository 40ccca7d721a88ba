/** What the learner reads when the export's code could not be loaded (no network, no offline copy). */
export const EXPORT_UNAVAILABLE =
	'L’export n’a pas pu se préparer\u00a0: la connexion semble coupée. Votre progression est intacte dans ce navigateur\u00a0; réessayez une fois la connexion revenue.';

/**
 * Exports the progress and returns the message to show. The export's code (file format, checksum,
 * migrations) loads on the first click, not with « Mon parcours » (issue 18: the page's budget).
 */
export async function exportProgressMessage(): Promise<{ ok: boolean; text: string }> {
	let download: typeof import('./download');
	try {
		download = await import('./download');
	} catch {
		return { ok: false, text: EXPORT_UNAVAILABLE };
	}
	const name = await download.downloadProgress();
	return { ok: true, text: `Fichier «\u00a0${name}\u00a0» enregistré dans vos téléchargements.` };
}
