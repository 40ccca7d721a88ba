import { PublicJwkSchema, type PublicJwk, type PublicKeyEntry } from '../schemas/public-keys';
import { canonicalJson, decodeDocumentCode, fromBase64Url, signedText, toBase64Url, type SignedDocument } from './compact-code';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The private half of an organiser's key as WebCrypto exports it (a P-256 JWK with `d`). */
export interface PrivateJwk extends PublicJwk {
	d: string;
}

/** Result of checking a code against the built-in public keys. */
export type Verdict =
	| { status: 'valide'; doc: SignedDocument; key: PublicKeyEntry }
	| { status: 'alteree'; doc?: SignedDocument }
	| { status: 'cle-inconnue'; doc: SignedDocument; keyId: string }
	| { status: 'illisible'; message: string };

/** True when WebCrypto's subtle API is missing: the page is not in a secure context (HTTPS or localhost). */
export function isSecureContextMissing(): boolean {
	return typeof globalThis.crypto?.subtle === 'undefined';
}

/** Only the public members, so a private JWK or extra members (key_ops, ext) give the same id. */
function publicPart(jwk: PublicJwk): PublicJwk {
	return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** Key id: first 16 hex characters of the SHA-256 of the canonical public JWK. */
export async function keyIdOf(jwk: PublicJwk): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(publicPart(jwk))));
	return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new ECDSA P-256 key pair for an organiser, as JWKs, with its key id. */
export async function generateOrganiserKey(): Promise<{ privateJwk: PrivateJwk; publicJwk: PublicJwk; keyId: string }> {
	const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
	const priv = await crypto.subtle.exportKey('jwk', pair.privateKey);
	const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
	const publicJwk = publicPart(pub as PublicJwk);
	const privateJwk: PrivateJwk = { ...publicJwk, d: priv.d as string };
	return { privateJwk, publicJwk, keyId: await keyIdOf(publicJwk) };
}

/** Marks the file so that reading any other JSON file says what is wrong. */
const FILE_TYPE = 'cle-privee-organisme-chorus-pro';

/** The JSON text of the private key file the organiser saves (never stored by the site). */
export function privateKeyFile(privateJwk: PrivateJwk, organiserName: string): string {
	return `${JSON.stringify(
		{
			type: FILE_TYPE,
			version: 1,
			organisme: organiserName,
			avertissement:
				'Clé privée de signature de l’organisme. Gardez ce fichier secret\u00a0: ne l’envoyez jamais, ne le publiez pas et ne le déposez dans aucun dépôt. Qui l’a peut signer des attestations en votre nom. Si vous le perdez, créez une nouvelle clé et publiez sa clé publique.',
			jwk: { kty: 'EC', crv: 'P-256', x: privateJwk.x, y: privateJwk.y, d: privateJwk.d },
		},
		null,
		'\t',
	)}\n`;
}

const PrivateJwkSchema = PublicJwkSchema.extend({
	d: PublicJwkSchema.shape.x,
}).strict();

/** Reads a private key file back; French messages for every bad file. */
export function readPrivateKeyFile(text: string): { jwk: PrivateJwk } | { error: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'Ce fichier n’est pas un fichier de clé privée (contenu JSON illisible).' };
	}
	if (!value || typeof value !== 'object' || (value as { type?: unknown }).type !== FILE_TYPE) {
		return { error: 'Ce fichier n’est pas un fichier de clé privée créé par l’espace organisme.' };
	}
	const jwk = (value as { jwk?: unknown }).jwk;
	if (jwk && typeof jwk === 'object' && !('d' in jwk)) {
		return { error: 'Ce fichier contient une clé publique seulement\u00a0: choisissez le fichier de la clé privée.' };
	}
	const parsed = PrivateJwkSchema.safeParse(jwk);
	if (!parsed.success) return { error: 'La clé de ce fichier est incomplète ou abîmée (clé ECDSA P-256 attendue).' };
	return { jwk: parsed.data };
}

/** The entry the organiser pastes into content/cles-publiques.json. `addedOn` defaults to today (UTC). */
export async function publicKeyEntry(
	publicJwk: PublicJwk,
	organiserName: string,
	addedOn: string = new Date().toISOString().slice(0, 10),
): Promise<PublicKeyEntry> {
	return { keyId: await keyIdOf(publicJwk), organiser: organiserName, addedOn, jwk: publicPart(publicJwk) };
}

/**
 * Signs a document: the signature (base64url, 64 bytes r‖s) is over the code's signed text, the
 * exact characters « CP1.<payload> » (src/lib/compact-code.ts). Returns the whole code too.
 */
export async function signDocument(doc: SignedDocument, privateJwk: PrivateJwk): Promise<{ signature: string; keyId: string; code: string }> {
	const key = await crypto.subtle.importKey('jwk', { ...privateJwk, ext: true }, ALGORITHM, false, ['sign']);
	const keyId = await keyIdOf(privateJwk);
	const text = await signedText(doc, keyId);
	const signature = toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGN, key, new TextEncoder().encode(text))));
	return { signature, keyId, code: `${text}.${signature}` };
}

/**
 * Checks a code with the built-in public keys, offline. The key is found by keyId only; the
 * signature is then checked with that entry's own x/y, so a forged key reusing a listed keyId
 * gives « alteree », never « valide ».
 */
export async function verifyDocumentCode(code: string, keys: PublicKeyEntry[]): Promise<Verdict> {
	const decoded = await decodeDocumentCode(code);
	if ('error' in decoded) return { status: 'illisible', message: decoded.error };
	const { doc, signature, keyId, signedText: text } = decoded;
	const key = keys.find((entry) => entry.keyId === keyId);
	if (!key) return { status: 'cle-inconnue', doc, keyId };
	const signatureBytes = fromBase64Url(signature);
	// A P-256 signature from WebCrypto is always 64 bytes; anything else was altered.
	if (!signatureBytes || signatureBytes.length !== 64) return { status: 'alteree', doc };
	try {
		const publicKey = await crypto.subtle.importKey('jwk', { ...publicPart(key.jwk), ext: true }, ALGORITHM, false, ['verify']);
		const ok = await crypto.subtle.verify(SIGN, publicKey, signatureBytes, new TextEncoder().encode(text));
		return ok ? { status: 'valide', doc, key } : { status: 'alteree', doc };
	} catch {
		// A listed key that WebCrypto refuses (point not on the curve) proves nothing.
		return { status: 'alteree', doc };
	}
}
