/**
 * A signing key made at test time (issue 14): no private key ever lives in the repository. Writes,
 * in the folder given (default test-results/cles):
 *   - cles-publiques.json, the public keys file the test site is built with
 *     (COURSE_PUBLIC_KEYS=test-results/cles/cles-publiques.json npm run build);
 *   - cle-privee-test.json, the private key file the browser test loads in the organiser space;
 *   - cle-etrangere.json, a second key NOT in the public file (signs documents that must read « clé inconnue »).
 * The formats are those of src/lib/document-signature.ts; tests/lib/test-keys.test.ts checks they stay so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' };

/** Same bytes as canonicalJson of the public JWK members (sorted keys, no spaces). */
function canonicalPublicJwk(jwk) {
	return JSON.stringify({ crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y });
}

export async function keyIdOf(jwk) {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalPublicJwk(jwk)));
	return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new key pair: the public keys file entry and the private key file text. */
export async function makeTestKey(organiser) {
	const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
	const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
	const publicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
	const keyId = await keyIdOf(publicJwk);
	const entry = { keyId, organiser, addedOn: new Date().toISOString().slice(0, 10), jwk: publicJwk };
	const privateFile = `${JSON.stringify(
		{
			type: 'cle-privee-organisme-chorus-pro',
			version: 1,
			organisme: organiser,
			avertissement: 'Clé de test, créée par scripts/test-keys.mjs pour les tests : jamais publiée.',
			jwk: { ...publicJwk, d: jwk.d },
		},
		null,
		'\t',
	)}\n`;
	return { keyId, entry, privateFile };
}

export async function writeTestKeys(folder) {
	const dir = resolve(folder);
	mkdirSync(dir, { recursive: true });
	const known = await makeTestKey('Organisme de test');
	const foreign = await makeTestKey('Organisme étranger');
	writeFileSync(join(dir, 'cles-publiques.json'), `${JSON.stringify([known.entry], null, '\t')}\n`);
	writeFileSync(join(dir, 'cle-privee-test.json'), known.privateFile);
	writeFileSync(join(dir, 'cle-etrangere.json'), foreign.privateFile);
	return { dir, keyId: known.keyId, foreignKeyId: foreign.keyId };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { dir, keyId } = await writeTestKeys(process.argv[2] ?? 'test-results/cles');
	console.log(`Clé de test ${keyId} écrite dans ${dir}`);
}
