import { describe, expect, test } from 'vitest';
import {
	CODE_PREFIX,
	canonicalJson,
	decodeDocumentCode,
	encodeDocumentCode,
	signedText,
	fromBase64Url,
	toBase64Url,
	type SignedDocument,
} from '../../src/lib/compact-code';
import { PublicKeysFileSchema } from '../../src/schemas/public-keys';
import keysFile from '../../content/cles-publiques.json';

const SIG = 'A'.repeat(86);
const KEY = '0123456789abcdef';

const doc: SignedDocument = {
	kind: 'attestation',
	issuedAt: '2026-12-04',
	organiser: { name: 'Formations Dupont' },
	learner: { name: 'Élodie Martin', employer: 'Bâtiments & Cie' },
	action: {
		title: 'Facturer le secteur public avec Chorus Pro',
		nature: 'Action de formation',
		dates: { from: '2026-11-30', to: '2026-11-30' },
		durationHours: 7,
		modality: 'presentiel',
		place: 'Lyon',
	},
	objectives: [{ id: 'cadre', statement: 'Situer Chorus Pro', result: 'valide' }],
};

/** Deflate-raw then base64url, to build codes whose inner JSON is chosen by the test. */
async function packed(text: string): Promise<string> {
	const out = new Response(new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw')));
	return `${CODE_PREFIX}${toBase64Url(new Uint8Array(await out.arrayBuffer()))}.${SIG}`;
}

describe('canonicalJson: same content, same bytes', () => {
	test('key order does not matter, at any depth, and there are no spaces', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'é' } })).toBe('{"a":{"c":"é","d":[1,{"y":2,"z":1}]},"b":1}');
		expect(canonicalJson({ a: { c: 'é', d: [1, { y: 2, z: 1 }] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'é' } }));
	});

	test('a document rebuilt in another key order gives the same text', () => {
		const shuffled = { objectives: doc.objectives, learner: doc.learner, action: doc.action, organiser: doc.organiser, issuedAt: doc.issuedAt, kind: doc.kind };
		expect(canonicalJson(shuffled)).toBe(canonicalJson(doc));
	});

	test('undefined properties are left out, array order is kept', () => {
		expect(canonicalJson({ a: undefined, b: [2, 1] })).toBe('{"b":[2,1]}');
	});

	test('a non-finite number is refused rather than written as null', () => {
		expect(() => canonicalJson({ a: Number.NaN })).toThrow();
	});
});

describe('base64url', () => {
	test('round trip of every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(Array.from(fromBase64Url(text) ?? [])).toEqual(Array.from(bytes));
	});

	test('characters outside base64url and impossible lengths give null', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
		expect(fromBase64Url('ab=')).toBeNull();
		// « AB » and « AA » both hold the byte 0 but « AB » sets an unused bit: not canonical.
		expect(Array.from(fromBase64Url('AA') ?? [9])).toEqual([0]);
		expect(fromBase64Url('AB')).toBeNull();
	});
});

describe('encodeDocumentCode / decodeDocumentCode', () => {
	test('round trip keeps the document, signature and key id', async () => {
		const code = await encodeDocumentCode(doc, SIG, KEY);
		expect(code.startsWith('CP1.')).toBe(true);
		expect(code).toMatch(/^CP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
		// The signature is over the characters before the last « . », exactly as written.
		expect(await decodeDocumentCode(code)).toEqual({ doc, signature: SIG, keyId: KEY, signedText: code.slice(0, code.lastIndexOf('.')) });
		expect(code.slice(0, code.lastIndexOf('.'))).toBe(await signedText(doc, KEY));
	});

	test('the same document in another key order gives the same code', async () => {
		const shuffled = { objectives: doc.objectives, learner: doc.learner, action: doc.action, organiser: doc.organiser, issuedAt: doc.issuedAt, kind: doc.kind } as SignedDocument;
		expect(await encodeDocumentCode(shuffled, SIG, KEY)).toBe(await encodeDocumentCode(doc, SIG, KEY));
	});

	test('a whole verification link and line breaks are accepted', async () => {
		const code = await encodeDocumentCode(doc, SIG, KEY);
		const wrapped = `https://exemple.fr/verifier/#${code.slice(0, 20)}\n${code.slice(20)}`;
		expect(await decodeDocumentCode(wrapped)).toEqual({ doc, signature: SIG, keyId: KEY, signedText: code.slice(0, code.lastIndexOf('.')) });
	});

	const bad: [string, () => Promise<string> | string, RegExp][] = [
		['empty', () => '', /vide/],
		['wrong prefix', () => 'CP2.abcd', /ne commence pas par «\u00a0CP1\.\u00a0»/],
		['prefix only', () => 'CP1.', /incomplet/],
		['no signature after the point', () => 'CP1.abcd.', /incomplet/],
		['no signature at all', async () => (await packed('{}')).split('.').slice(0, 2).join('.'), /incomplet/],
		['two points', () => `CP1.abcd.${SIG}.${SIG}`, /incomplet/],
		['not base64url', () => `CP1.abc$def.${SIG}`, /caractères/],
		['signature not base64url', () => 'CP1.abcd.ab+c', /caractères/],
		['not deflate', () => `CP1.${toBase64Url(new TextEncoder().encode('{"d":1}'))}.${SIG}`, /décompressé/],
		['deflate of non-JSON', () => packed('pas du json'), /pas lisible/],
		['JSON of the wrong shape', () => packed('{"d":{},"s":"x","k":"y"}'), /document complet/],
		['an extra unsigned field', async () => packed(canonicalJson({ d: { ...doc, extra: 1 }, k: KEY })), /document complet/],
		['an extra member beside the document', async () => packed(canonicalJson({ d: doc, k: KEY, s: SIG })), /document complet/],
		['bad key id', async () => packed(canonicalJson({ d: doc, k: 'XYZ' })), /document complet/],
	];
	test.each(bad)('%s gives a French message, not an exception', async (_name, make, message) => {
		const result = await decodeDocumentCode(await make());
		expect(result).toHaveProperty('error');
		expect((result as { error: string }).error).toMatch(message);
	});

	test('a truncated code gives a message', async () => {
		const code = await encodeDocumentCode(doc, SIG, KEY);
		// (a cut signature still decodes: verification then finds it altered, see document-signature.test.ts)
		for (const cut of [5, 10, Math.floor(code.lastIndexOf('.') / 2), code.lastIndexOf('.')]) {
			expect(await decodeDocumentCode(code.slice(0, cut))).toHaveProperty('error');
		}
	});

	test('non-string input gives a message', async () => {
		expect(await decodeDocumentCode(undefined as unknown as string)).toHaveProperty('error');
	});
});

describe('content/cles-publiques.json', () => {
	test('is a valid, empty list of public keys (organisers add theirs)', () => {
		expect(PublicKeysFileSchema.parse(keysFile)).toEqual([]);
	});

	test('the schema refuses a private key, a bad date and a repeated key id', () => {
		const entry = { keyId: KEY, organiser: 'Formations Dupont', addedOn: '2026-12-04', jwk: { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43) } };
		expect(PublicKeysFileSchema.safeParse([entry]).success).toBe(true);
		expect(PublicKeysFileSchema.safeParse([{ ...entry, jwk: { ...entry.jwk, d: 'c'.repeat(43) } }]).success).toBe(false);
		expect(PublicKeysFileSchema.safeParse([{ ...entry, addedOn: '04/12/2026' }]).success).toBe(false);
		expect(PublicKeysFileSchema.safeParse([entry, entry]).success).toBe(false);
		expect(PublicKeysFileSchema.safeParse([{ ...entry, jwk: { ...entry.jwk, crv: 'P-384' } }]).success).toBe(false);
	});
});
