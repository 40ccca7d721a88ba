import { describe, expect, test } from 'vitest';
import { characterType, checkPassword, passwordSummary, passwordVerdict } from '../../src/lib/password';

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

describe('what the password checker says', () => {
	test('the summary counts characters and types, singular when one', () => {
		expect(passwordSummary(checkPassword('a', rule), rule)).toBe('1 caractère sur 12 au moins\u202f; 1 type de caractères sur 3 au moins.');
		expect(passwordSummary(checkPassword('Factures2026', rule), rule)).toBe('12 caractères sur 12 au moins\u202f; 3 types de caractères sur 3 au moins.');
	});

	test('the verdict says « Correct » with the summary, or names each missing condition', () => {
		expect(passwordVerdict(checkPassword('Factures2026', rule), rule)).toMatch(/^Correct\s: ce mot de passe respecte la règle de la formation \(12 caractères/);
		const short = passwordVerdict(checkPassword('court', rule), rule);
		expect(short).toContain('il faut au moins 12 caractères.');
		expect(short).toContain('il faut au moins 3 types de caractères');
		expect(passwordVerdict(checkPassword('facturesfactures', rule), rule)).not.toContain('12 caractères');
	});
});
