import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPublicKeys, parsePublicKeys } from '../../src/data/public-keys';

const entry = {
	keyId: '0123456789abcdef',
	organiser: 'Formations Exemple',
	addedOn: '2026-12-01',
	jwk: { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43) },
};

describe('public keys file', () => {
	it('reads the course file (an empty array) when COURSE_PUBLIC_KEYS is not set', () => {
		expect(getPublicKeys({})).toEqual([]);
	});

	it('reads the file named by COURSE_PUBLIC_KEYS', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cles-')), 'cles.json');
		writeFileSync(file, JSON.stringify([entry]));
		expect(getPublicKeys({ COURSE_PUBLIC_KEYS: file })).toEqual([entry]);
	});

	it('names the file and the field of a bad entry, in French', () => {
		const bad = [{ ...entry, jwk: { ...entry.jwk, x: 'court' } }];
		expect(() => parsePublicKeys(JSON.stringify(bad), 'cles.json')).toThrow(/cles\.json invalide\s:[\s\S]*0\.jwk\.x\s: coordonnée x/);
	});

	it('refuses a repeated keyId and unreadable JSON', () => {
		expect(() => parsePublicKeys(JSON.stringify([entry, entry]), 'f.json')).toThrow(/1\.keyId\s: clé 0123456789abcdef en double/);
		expect(() => parsePublicKeys('[{', 'f.json')).toThrow(/f\.json invalide\s: JSON illisible/);
	});

	it('says when the file is missing', () => {
		expect(() => getPublicKeys({ COURSE_PUBLIC_KEYS: '/nonexistent/cles.json' })).toThrow(/\/nonexistent\/cles\.json introuvable/);
	});
});
