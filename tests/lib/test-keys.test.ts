import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePublicKeys } from '../../src/data/public-keys';
import { encodeDocumentCode, type SignedDocument } from '../../src/lib/compact-code';
import { keyIdOf, readPrivateKeyFile, signDocument, verifyDocumentCode } from '../../src/lib/document-signature';
import { writeTestKeys } from '../../scripts/test-keys.mjs';

const sampleDocument: SignedDocument = {
	kind: 'certificat',
	issuedAt: '2026-12-04',
	organiser: { name: 'Organisme de test', representative: 'Claire Dupont' },
	learner: { name: 'Marie Dupont' },
	action: { title: 'Chorus Pro', nature: 'Action de formation', dates: { from: '2026-12-01', to: '2026-12-01' }, durationHours: 7, modality: 'presentiel', place: 'Lyon' },
	objectives: [{ id: 'depot', statement: 'Déposer une facture', result: 'valide' }],
};

/**
 * The browser tests build the site with a key made by scripts/test-keys.mjs (plain JavaScript, run
 * before the build). Its files must be exactly what the course's own code reads and trusts.
 */
describe('scripts/test-keys.mjs', () => {
	test('writes a public keys file the build accepts and private key files the organiser space reads; a signature made with them verifies', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cles-'));
		const { keyId, foreignKeyId } = await writeTestKeys(dir);
		const keys = parsePublicKeys(readFileSync(join(dir, 'cles-publiques.json'), 'utf8'), 'cles-publiques.json');
		expect(keys.map((k) => k.keyId)).toEqual([keyId]);
		expect(await keyIdOf(keys[0]!.jwk)).toBe(keyId);

		const known = readPrivateKeyFile(readFileSync(join(dir, 'cle-privee-test.json'), 'utf8'));
		const foreign = readPrivateKeyFile(readFileSync(join(dir, 'cle-etrangere.json'), 'utf8'));
		if ('error' in known || 'error' in foreign) throw new Error('fichier de clé privée refusé');
		expect(await keyIdOf(known.jwk)).toBe(keyId);
		expect(await keyIdOf(foreign.jwk)).toBe(foreignKeyId);

		const signed = await signDocument(sampleDocument, known.jwk);
		expect((await verifyDocumentCode(await encodeDocumentCode(sampleDocument, signed.signature, signed.keyId), keys)).status).toBe('valide');
		const other = await signDocument(sampleDocument, foreign.jwk);
		expect((await verifyDocumentCode(await encodeDocumentCode(sampleDocument, other.signature, other.keyId), keys)).status).toBe('cle-inconnue');
	});
});
