import { describe, expect, test } from 'vitest';
import { characterType, checkPassword } from '../../src/lib/password';

const rule = { minLength: 12, minCharacterTypes: 3 };

describe('checkPassword (the training’s rule: 12 characters, 3 of the 4 types)', () => {
	test('12 characters with lower case, upper case and digits passes', () => {
		expect(checkPassword('Factures2026', rule)).toMatchObject({ length: 12, lengthOk: true, typeCount: 3, valid: true });
	});

	test('11 characters fails on length only', () => {
		expect(checkPassword('Facture2026', rule)).toMatchObject({ length: 11, lengthOk: false, typesOk: true, valid: false });
	});

	test('long but only lower case and digits fails on types', () => {
		expect(checkPassword('factureschorus2026', rule)).toMatchObject({ typeCount: 2, typesOk: false, valid: false });
	});

	test('special characters count as the fourth type', () => {
		expect(checkPassword('facture+chorus+2026', rule)).toMatchObject({ typeCount: 3, valid: true });
		expect(checkPassword('Facture+Chorus+2026', rule).types).toEqual({ minuscule: true, majuscule: true, chiffre: true, special: true });
	});

	test('accented letters are letters, and length counts characters not bytes', () => {
		const r = checkPassword('Élève-été-ÀÉ', rule);

		expect(r.length).toBe(12);
		expect(r.types).toEqual({ minuscule: true, majuscule: true, chiffre: false, special: true });
		expect(r.valid).toBe(true);
	});

	test('an emoji is one character of the special type', () => {
		expect(characterType('🔒')).toBe('special');
		expect(checkPassword('🔒', rule).length).toBe(1);
	});

	test('an empty password meets nothing', () => {
		expect(checkPassword('', rule)).toMatchObject({ length: 0, typeCount: 0, valid: false });
	});

	test('a space is a special character', () => {
		expect(characterType(' ')).toBe('special');
	});
});
