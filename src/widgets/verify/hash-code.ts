import { CODE_PREFIX } from '../../lib/compact-code';

/**
 * The document code carried by a verification link (`…/verifier/#CP1.…`), or null when the hash
 * is something else, such as the skip link's `#contenu`, which must not start a check.
 */
export function codeFromHash(hash: string): string | null {
	let text = hash.replace(/^#/, '');
	// Some QR readers and mail clients percent-encode the fragment; a code has no `%` of its own.
	try {
		text = decodeURIComponent(text);
	} catch {
		// A lone `%`: kept as is, the check will call it unreadable.
	}
	text = text.trim();
	return text.startsWith(CODE_PREFIX) ? text : null;
}
