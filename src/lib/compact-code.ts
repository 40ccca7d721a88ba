import { z } from '../schemas/zod';

/**
 * The content of an attestation or a certificat de réalisation, exactly what the verification
 * page shows. Dates are ISO (YYYY-MM-DD); `issuedAt` may carry a time.
 */
export interface SignedDocument {
	kind: 'attestation' | 'certificat';
	issuedAt: string;
	organiser: { name: string; siret?: string; representative?: string; nda?: string };
	learner: { name: string; employer?: string };
	action: {
		title: string;
		nature: string;
		dates: { from: string; to: string };
		durationHours: number;
		modality: 'presentiel' | 'distance';
		place?: string;
	};
	objectives: { id: string; statement: string; result: 'valide' | 'non-valide' | 'non-evalue'; detail?: string }[];
	evaluation?: { date: string; right: number; total: number };
	activities?: { title: string; minutes: number; estimatedMinutes: number }[];
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date ISO attendue');
const Text = z.string().min(1);

/** Zod shape of a SignedDocument: strict, so an added field is refused rather than shown unsigned. */
export const SignedDocumentSchema = z
	.object({
		kind: z.enum(['attestation', 'certificat']),
		issuedAt: IsoDate,
		organiser: z
			.object({ name: Text, siret: z.string().optional(), representative: z.string().optional(), nda: z.string().optional() })
			.strict(),
		learner: z.object({ name: Text, employer: z.string().optional() }).strict(),
		action: z
			.object({
				title: Text,
				nature: Text,
				dates: z.object({ from: IsoDate, to: IsoDate }).strict(),
				durationHours: z.number().nonnegative().finite(),
				modality: z.enum(['presentiel', 'distance']),
				place: z.string().optional(),
			})
			.strict(),
		objectives: z.array(
			z
				.object({
					id: Text,
					statement: Text,
					result: z.enum(['valide', 'non-valide', 'non-evalue']),
					detail: z.string().optional(),
				})
				.strict(),
		),
		evaluation: z
			.object({ date: IsoDate, right: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
			.strict()
			.optional(),
		activities: z
			.array(
				z
					.object({ title: Text, minutes: z.number().nonnegative().finite(), estimatedMinutes: z.number().nonnegative().finite() })
					.strict(),
			)
			.optional(),
	})
	.strict();

/** Version prefix: a later format gets another prefix, so old codes stay recognisable. */
export const CODE_PREFIX = 'CP1.';

/** What a code carries once decoded. */
export interface DecodedCode {
	doc: SignedDocument;
	signature: string;
	keyId: string;
	/**
	 * « CP1.<payload> », exactly as written in the code: what the signature is over. Signing these
	 * characters, not the decoded document, means that any changed character fails, even one that
	 * deflate would ignore (the padding bits of its last byte).
	 */
	signedText: string;
}

const PayloadSchema = z
	.object({
		d: SignedDocumentSchema,
		k: z.string().regex(/^[0-9a-f]{16}$/),
	})
	.strict();

/**
 * JSON with object keys sorted at every level and no spaces, so the same content always gives the
 * same bytes whatever order its keys were written in (the signature is over these bytes).
 * `undefined` properties are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('nombre non fini');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
	const entries = Object.keys(value as Record<string, unknown>)
		.sort()
		.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
		.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
	return `{${entries.join(',')}}`;
}

/** Bytes to base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url (no padding) to bytes, or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	// A length of 1 modulo 4 can never come from whole bytes.
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		// The last character may carry unused bits: only the one canonical spelling is accepted, so
		// two different codes never read as the same signed document.
		return toBase64Url(bytes) === text ? bytes : null;
	} catch {
		return null;
	}
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

/**
 * The text a signature is made over: « CP1. » then the deflate-raw of the canonical JSON of
 * { d: doc, k: keyId } in base64url.
 */
export async function signedText(doc: SignedDocument, keyId: string): Promise<string> {
	const json = canonicalJson({ d: doc, k: keyId });
	const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
	return CODE_PREFIX + toBase64Url(packed);
}

/**
 * The compact, URL-safe code of a signed document: the signed text, « . », the signature
 * (base64url). Base64url has no « . », so the code splits back without ambiguity.
 */
export async function encodeDocumentCode(doc: SignedDocument, signature: string, keyId: string): Promise<string> {
	return `${await signedText(doc, keyId)}.${signature}`;
}

/**
 * Reads a code back. Every malformed code gives a French message, never an exception. Spaces and
 * line breaks (a code pasted from a PDF or an e-mail) are ignored, and a whole verification link
 * is accepted: the code is what follows `#`.
 */
export async function decodeDocumentCode(code: string): Promise<DecodedCode | { error: string }> {
	if (typeof code !== 'string') return { error: 'Le code est vide.' };
	let text = code.replace(/\s+/g, '');
	const hash = text.indexOf('#');
	if (hash >= 0) text = text.slice(hash + 1);
	if (text === '') return { error: 'Le code est vide.' };
	if (!text.startsWith(CODE_PREFIX)) {
		return { error: `Ce code ne commence pas par «\u00a0${CODE_PREFIX}\u00a0»\u00a0: ce n’est pas un code d’attestation de ce parcours, ou il est incomplet.` };
	}
	const parts = text.slice(CODE_PREFIX.length).split('.');
	if (parts.length !== 2 || !parts[1]) {
		return { error: 'Ce code est incomplet\u00a0: sa signature, après le point, manque ou il en a trop. Recopiez-le en entier.' };
	}
	const [payload, signature] = parts as [string, string];
	const bytes = fromBase64Url(payload);
	if (!bytes || bytes.length === 0 || !fromBase64Url(signature)) {
		return { error: 'Ce code contient des caractères qui n’y ont pas leur place ou il est tronqué\u00a0: recopiez-le en entier.' };
	}
	let json: string;
	try {
		const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
		json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch {
		return { error: 'Ce code est abîmé ou tronqué\u00a0: son contenu ne peut pas être décompressé.' };
	}
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return { error: 'Ce code est abîmé\u00a0: son contenu n’est pas lisible.' };
	}
	const parsed = PayloadSchema.safeParse(value);
	if (!parsed.success) {
		return { error: 'Ce code ne contient pas un document complet (champ manquant ou inattendu)\u00a0: il a été modifié ou vient d’un autre outil.' };
	}
	return { doc: parsed.data.d as SignedDocument, signature, keyId: parsed.data.k, signedText: CODE_PREFIX + payload };
}
