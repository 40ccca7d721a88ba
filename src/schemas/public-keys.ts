import { z } from './zod';

/** Base64url text without padding, as WebCrypto writes the x and y of a JWK. */
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'base64url attendu');

/** The public half of an organiser's ECDSA P-256 key, as exported by WebCrypto (no `d`). */
export const PublicJwkSchema = z
	.object({
		kty: z.literal('EC'),
		crv: z.literal('P-256'),
		// A P-256 coordinate is 32 bytes, i.e. 43 base64url characters without padding.
		x: Base64Url.length(43, 'coordonnée x de 43 caractères attendue'),
		y: Base64Url.length(43, 'coordonnée y de 43 caractères attendue'),
	})
	.strict();

/** One organiser's public key as pasted into content/cles-publiques.json. */
export const PublicKeyEntrySchema = z
	.object({
		// First 16 hex characters of the SHA-256 of the canonical public JWK (document-signature.ts).
		keyId: z.string().regex(/^[0-9a-f]{16}$/, 'identifiant de clé de 16 caractères hexadécimaux attendu'),
		organiser: z.string().trim().min(1, 'nom de l’organisme attendu'),
		addedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue'),
		jwk: PublicJwkSchema,
	})
	.strict();

/** The whole content/cles-publiques.json file: keyIds must not repeat (a lookup by keyId would be ambiguous). */
export const PublicKeysFileSchema = z.array(PublicKeyEntrySchema).superRefine((entries, ctx) => {
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		if (seen.has(entry.keyId)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'keyId'], message: `clé ${entry.keyId} en double` });
		}
		seen.add(entry.keyId);
	});
});

/** A public JWK of P-256. */
export type PublicJwk = z.infer<typeof PublicJwkSchema>;
/** One entry of content/cles-publiques.json. */
export type PublicKeyEntry = z.infer<typeof PublicKeyEntrySchema>;
