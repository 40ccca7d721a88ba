import { beforeAll, describe, expect, test } from 'vitest';
import { canonicalJson, decodeDocumentCode, encodeDocumentCode, type SignedDocument } from '../../src/lib/compact-code';
import {
	generateOrganiserKey,
	isSecureContextMissing,
	keyIdOf,
	privateKeyFile,
	publicKeyEntry,
	readPrivateKeyFile,
	signDocument,
	verifyDocumentCode,
	type PrivateJwk,
} from '../../src/lib/document-signature';
import { PublicKeyEntrySchema, type PublicJwk, type PublicKeyEntry } from '../../src/schemas/public-keys';

/** A realistic attestation: the ten objectives but one, long statements, evaluation and activities. */
const attestation: SignedDocument = {
	kind: 'attestation',
	issuedAt: '2026-12-04',
	organiser: { name: 'Formations Dupont & Associés', siret: '12345678900012', representative: 'Claire Dupont, gérante', nda: '84691234569' },
	learner: { name: 'Élodie Martin-Lefèvre', employer: 'Bâtiments Rhône-Alpes SARL' },
	action: {
		title: 'Facturer le secteur public avec Chorus Pro',
		nature: 'Action de formation (art. L6313-1 du Code du travail)',
		dates: { from: '2026-11-23', to: '2026-11-30' },
		durationHours: 7,
		modality: 'distance',
	},
	objectives: [
		['cadre', 'Situer l’obligation de facturation électronique envers le secteur public et ses acteurs'],
		['compte', 'Créer et paramétrer le compte de la structure sur Chorus Pro'],
		['banque', 'Déclarer et faire valider les coordonnées bancaires'],
		['depot', 'Déposer une facture conforme avec les mentions obligatoires'],
		['suivi', 'Suivre le traitement d’une facture jusqu’à sa mise en paiement'],
		['retours', 'Comprendre un rejet ou une suspension et y répondre'],
		['sous-co', 'Traiter la facturation en sous-traitance et en cotraitance'],
		['travaux', 'Appliquer le circuit des marchés de travaux'],
		['support', 'Trouver de l’aide et solliciter le support'],
	].map(([id, statement], i) => ({
		id,
		statement,
		result: i === 5 ? 'non-valide' : i === 8 ? 'non-evalue' : 'valide',
		detail: i === 8 ? undefined : `Évaluation finale : ${i % 3 === 0 ? '3/3' : '2/3'} ; positionnement : 1/3`,
	})) as SignedDocument['objectives'],
	evaluation: { date: '2026-11-30', right: 24, total: 30 },
	activities: [
		{ title: 'Leçon : le cadre légal', minutes: 18, estimatedMinutes: 20 },
		{ title: 'Exercice : déposer une facture', minutes: 35, estimatedMinutes: 30 },
		{ title: 'Exercice : répondre à un rejet', minutes: 22, estimatedMinutes: 25 },
		{ title: 'Évaluation finale', minutes: 41, estimatedMinutes: 45 },
	],
};

let organiser: { privateJwk: PrivateJwk; publicJwk: PublicJwk; keyId: string };
let other: { privateJwk: PrivateJwk; publicJwk: PublicJwk; keyId: string };
let keys: PublicKeyEntry[];
let code: string;

beforeAll(async () => {
	organiser = await generateOrganiserKey();
	other = await generateOrganiserKey();
	keys = [await publicKeyEntry(organiser.publicJwk, 'Formations Dupont', '2026-12-04')];
	const { signature, keyId } = await signDocument(attestation, organiser.privateJwk);
	code = await encodeDocumentCode(attestation, signature, keyId);
});

describe('keys', () => {
	test('a P-256 key pair whose keyId is 16 hex characters of the public JWK', async () => {
		expect(organiser.publicJwk).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) });
		expect(organiser.privateJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(organiser.keyId).toMatch(/^[0-9a-f]{16}$/);
		expect(await keyIdOf(organiser.privateJwk)).toBe(organiser.keyId);
		expect(other.keyId).not.toBe(organiser.keyId);
	});

	test('the keyId does not depend on member order or extra members', async () => {
		const { x, y } = organiser.publicJwk;
		expect(await keyIdOf({ y, x, crv: 'P-256', kty: 'EC' })).toBe(organiser.keyId);
		expect(await keyIdOf({ ...organiser.publicJwk, key_ops: ['verify'], ext: true } as PublicJwk)).toBe(organiser.keyId);
	});

	test('the public key entry passes the schema and carries no private member', async () => {
		const entry = keys[0];
		expect(PublicKeyEntrySchema.parse(entry)).toEqual(entry);
		expect(entry.keyId).toBe(organiser.keyId);
		expect(JSON.stringify(entry)).not.toContain(organiser.privateJwk.d);
		expect((await publicKeyEntry(organiser.publicJwk, 'X')).addedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('WebCrypto is there in the test environment', () => {
		expect(isSecureContextMissing()).toBe(false);
	});
});

describe('private key file', () => {
	test('round trip, with a French note to keep it secret', () => {
		const text = privateKeyFile(organiser.privateJwk, 'Formations Dupont');
		expect(text).toContain('Gardez ce fichier secret');
		expect(text).toContain('ne l’envoyez jamais');
		expect(text).toContain('Formations Dupont');
		expect(readPrivateKeyFile(text)).toEqual({ jwk: { kty: 'EC', crv: 'P-256', x: organiser.privateJwk.x, y: organiser.privateJwk.y, d: organiser.privateJwk.d } });
	});

	test.each([
		['not JSON', 'bonjour', /JSON illisible/],
		['another JSON file', '{"version":1}', /pas un fichier de clé privée/],
		['a progress file', '[1,2]', /pas un fichier de clé privée/],
		['the public key only', JSON.stringify({ type: 'cle-privee-organisme-chorus-pro', jwk: { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43) } }), /clé publique seulement/],
		['a damaged key', JSON.stringify({ type: 'cle-privee-organisme-chorus-pro', jwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' } }), /incomplète ou abîmée/],
		['no key', JSON.stringify({ type: 'cle-privee-organisme-chorus-pro' }), /incomplète ou abîmée/],
		['null', 'null', /pas un fichier de clé privée/],
	])('%s gives a French message', (_name, text, message) => {
		const result = readPrivateKeyFile(text);
		expect(result).toHaveProperty('error');
		expect((result as { error: string }).error).toMatch(message);
	});
});

describe('sign → encode → decode → verify', () => {
	test('a signed attestation is valid and shows its whole content and key', async () => {
		expect(await verifyDocumentCode(code, keys)).toEqual({ status: 'valide', doc: JSON.parse(JSON.stringify(attestation)), key: keys[0] });
	});

	test('the code of a realistic attestation with 9 objectives fits a QR code (under 2,000 characters)', () => {
		console.info(`Longueur du code d’une attestation à 9 objectifs : ${code.length} caractères`);
		expect(code.length).toBeLessThan(2000);
	});

	test('the signature is checked against the document, not the code bytes', async () => {
		const decoded = await decodeDocumentCode(code);
		if ('error' in decoded) throw new Error(decoded.error);
		const { signature, keyId } = decoded;
		const altered = { ...attestation, learner: { ...attestation.learner, name: 'Autre Personne' } };
		expect((await verifyDocumentCode(await encodeDocumentCode(altered, signature, keyId), keys)).status).toBe('alteree');
		const raised = { ...attestation, evaluation: { date: '2026-11-30', right: 30, total: 30 } };
		expect((await verifyDocumentCode(await encodeDocumentCode(raised, signature, keyId), keys)).status).toBe('alteree');
	});

	test('one changed character anywhere in the payload is never valid (every position)', async () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const seen = new Set<string>();
		for (let i = 4; i < code.length; i++) {
			const c = code[i];
			const replacement = alphabet[(alphabet.indexOf(c) + 1 + (i % 63)) % 64];
			const mutated = code.slice(0, i) + replacement + code.slice(i + 1);
			const verdict = await verifyDocumentCode(mutated, keys);
			seen.add(verdict.status);
			expect(['alteree', 'illisible', 'cle-inconnue'], `position ${i}`).toContain(verdict.status);
		}
		expect(seen.has('valide')).toBe(false);
	});

	test('a change that deflate ignores (the padding bits of the last byte) still fails: the signature is over the characters, not the decoded document', async () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		let sameContent = 0;
		// Documents differing by their date, until some have a last character whose change decodes to the same content.
		for (let day = 1; day <= 28 && sameContent < 3; day++) {
			const doc = { ...attestation, issuedAt: `2026-12-${String(day).padStart(2, '0')}` };
			const { code: signed } = await signDocument(doc, organiser.privateJwk);
			const dot = signed.lastIndexOf('.');
			for (const c of alphabet) {
				const mutated = `${signed.slice(0, dot - 1)}${c}${signed.slice(dot)}`;
				if (mutated === signed) continue;
				const decoded = await decodeDocumentCode(mutated);
				if ('error' in decoded || canonicalJson(decoded.doc) !== canonicalJson(doc)) continue;
				sameContent++;
				expect((await verifyDocumentCode(mutated, keys)).status).toBe('alteree');
			}
		}
		expect(sameContent).toBeGreaterThan(0);
	});

	test('a document signed by an unlisted key: cle-inconnue, with its content and key id', async () => {
		const { signature, keyId } = await signDocument(attestation, other.privateJwk);
		const verdict = await verifyDocumentCode(await encodeDocumentCode(attestation, signature, keyId), keys);
		expect(verdict).toMatchObject({ status: 'cle-inconnue', keyId: other.keyId });
		expect(await verifyDocumentCode(code, [])).toMatchObject({ status: 'cle-inconnue', keyId: organiser.keyId });
	});

	test('a forged key listed under the real keyId but with other x/y: alteree', async () => {
		const forged: PublicKeyEntry = { ...keys[0], jwk: other.publicJwk };
		expect((await verifyDocumentCode(code, [forged])).status).toBe('alteree');
		// And the forger's own signature does not pass with the real listed key.
		const { signature } = await signDocument(attestation, other.privateJwk);
		expect((await verifyDocumentCode(await encodeDocumentCode(attestation, signature, organiser.keyId), keys)).status).toBe('alteree');
	});

	test('a listed key whose point is not on the curve: alteree, no exception', async () => {
		const broken: PublicKeyEntry = { ...keys[0], jwk: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) } };
		expect((await verifyDocumentCode(code, [broken])).status).toBe('alteree');
	});

	test('a signature of the wrong length: alteree', async () => {
		const verdict = await verifyDocumentCode(await encodeDocumentCode(attestation, 'AAAA', organiser.keyId), keys);
		expect(verdict.status).toBe('alteree');
	});

	test('malformed codes: illisible with a French message', async () => {
		for (const bad of ['', 'bonjour', 'CP1.', 'CP1.%%%', code.slice(0, 30)]) {
			const verdict = await verifyDocumentCode(bad, keys);
			expect(verdict.status).toBe('illisible');
			expect((verdict as { message: string }).message).toMatch(/code/i);
		}
	});
});
