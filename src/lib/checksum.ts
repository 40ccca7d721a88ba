/**
 * The export's checksum: SHA-256 of its `progress` member as JSON.stringify writes it. It catches
 * a damaged file (one changed character), not a deliberate edit: whoever edits the file can
 * compute it again. The pages say so.
 */
export const CHECKSUM_ALGORITHM = 'SHA-256';

/** Hex SHA-256 of a text (Web Crypto: the browser's and Node's). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The checksum of a progress record, as the export writes and the import checks it. */
export function progressChecksum(progress: unknown): Promise<string> {
	return sha256Hex(JSON.stringify(progress));
}
