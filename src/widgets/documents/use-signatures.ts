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
 * settings change re-signs exactly what is on screen and a stale result is never shown. A document
 * already signed with the same key keeps its signature: going back to a document seen a moment ago
 * (another learner, then back) is signed at once, and printing is never refused for it.
 */
export function useSignatures(docs: readonly SignedDocument[], key: LoadedKey | null): { signatures: Map<string, Signature>; pending: boolean } {
	const [signed, setSigned] = useState(new Map<string, Signature>());
	const ids = docs.map((d) => canonicalJson(d));
	const wanted = key ? `${key.keyId}\n${ids.join('\n')}` : '';
	const current = (id: string) => {
		const signature = signed.get(id);
		return key && signature?.keyId === key.keyId ? signature : undefined;
	};

	useEffect(() => {
		if (!key || docs.length === 0) {
			setSigned(new Map());
			return;
		}
		let cancelled = false;
		void (async () => {
			const next = new Map<string, Signature>();
			for (const [i, doc] of docs.entries()) {
				const id = ids[i] as string;
				const known = current(id);
				if (known) {
					next.set(id, known);
					continue;
				}
				const { code, keyId } = await signDocument(doc, key.jwk);
				const url = verificationUrl(code);
				next.set(id, { code, url, qrSvg: await qrSvg(url), keyId });
				if (cancelled) return;
			}
			setSigned(next);
		})();
		return () => {
			cancelled = true;
		};
	}, [wanted]);

	// Derived at render, not set by the effect: the render that shows a new document already knows
	// it is unsigned, so « Imprimer » can never send an unsigned sheet while its signature is on the way.
	const signatures = new Map(ids.flatMap((id) => (current(id) ? [[id, current(id) as Signature] as const] : [])));
	return { signatures, pending: key !== null && signatures.size < new Set(ids).size };
}
