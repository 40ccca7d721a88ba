import { useEffect, useState } from 'preact/hooks';
import { canonicalJson, type SignedDocument } from '../../lib/compact-code';
import { signDocument } from '../../lib/document-signature';
import { href } from '../../lib/url';
import type { LoadedKey } from './SigningKey';

/** A signed document's code, its verification link and the QR code of that link (SVG markup). */
export interface Signature {
	code: string;
	url: string;
	qrSvg: string;
	keyId: string;
}

/** The link the QR code carries: the verification page of this site, the code after `#` (never sent to a server). */
export function verificationUrl(code: string, origin: string = location.origin): string {
	return `${origin}${href('verifier')}#${code}`;
}

async function qrSvg(text: string): Promise<string> {
	// Loaded only when a key is: the encoder is the heaviest part of the organiser page.
	const { toString } = await import('qrcode');
	// Level L: the link is long (a whole document), and the printed code below is the fallback.
	return toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
}

/**
 * Signs every document shown while a key is loaded. Keyed by the document's canonical JSON, so a
 * settings change re-signs exactly what is on screen and a stale result is never shown.
 */
export function useSignatures(docs: readonly SignedDocument[], key: LoadedKey | null): { signatures: Map<string, Signature>; pending: boolean } {
	const [signatures, setSignatures] = useState(new Map<string, Signature>());
	const [pending, setPending] = useState(false);
	const ids = docs.map((d) => canonicalJson(d));
	const wanted = key ? `${key.keyId}\n${ids.join('\n')}` : '';

	useEffect(() => {
		if (!key || docs.length === 0) {
			setSignatures(new Map());
			setPending(false);
			return;
		}
		let cancelled = false;
		setPending(true);
		void (async () => {
			const next = new Map<string, Signature>();
			for (const [i, doc] of docs.entries()) {
				const { code, keyId } = await signDocument(doc, key.jwk);
				const url = verificationUrl(code);
				next.set(ids[i] as string, { code, url, qrSvg: await qrSvg(url), keyId });
				if (cancelled) return;
			}
			setSignatures(next);
			setPending(false);
		})();
		return () => {
			cancelled = true;
		};
	}, [wanted]);

	return { signatures, pending };
}
