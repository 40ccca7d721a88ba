import { describe, expect, test } from 'vitest';
import { checkIban, checkRib, checkSiren, checkSiret, formatIban, luhnValid, ribKey } from '../../src/lib/identifiers';

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('luhnValid', () => {
	// A fictional company (fact 11.11: not the SIREN INSEE publishes as an example, not starting with 1 or 2).
	test('accepts a fictional SIREN and its head-office SIRET (fact 9.2)', () => {
		expect(luhnValid('528174634')).toBe(true);
		expect(luhnValid('52817463400014')).toBe(true);
	});

	test('rejects a changed digit and an empty string', () => {
		expect(luhnValid('528174635')).toBe(false);
		expect(luhnValid('')).toBe(false);
	});
});

describe('checkSiren', () => {
	test('a valid SIREN passes', () => {
		expect(checkSiren('528174634')).toMatchObject({ valid: true, problems: [] });
	});

	test('a SIRET typed where a SIREN is expected is too long', () => {
		const r = checkSiren('52817463400014');

		expect(codes(r)).toEqual(['longueur']);
		expect(r.problems[0]?.message).toBe('Le SIREN doit comporter 9 chiffres\u202f; vous en avez saisi 14.');
	});

	test('two swapped digits break the key', () => {
		expect(codes(checkSiren('582174634'))).toEqual(['cle']);
	});
});

describe('checkSiret', () => {
	test('a fictional company’s SIRET with a right key is valid', () => {
		expect(checkSiret('52817463400014').valid).toBe(true);
	});

	test('12345678912345 is invalid although its digit sum (60) is a multiple of 5 (fact 10.15)', () => {
		const r = checkSiret('12345678912345');

		expect(r.valid).toBe(false);
		expect(codes(r)).toEqual(['cle']);
	});

	test('La Poste’s head office passes Luhn: 35600000000048', () => {
		const r = checkSiret('35600000000048');

		expect(r.valid).toBe(true);
		expect(r.notes).toEqual([]);
	});

	test('35600000049837 fails Luhn but is valid by La Poste’s own rule, and says so', () => {
		expect(luhnValid('35600000049837')).toBe(false);

		const r = checkSiret('35600000049837');

		expect(r.valid).toBe(true);
		expect(r.notes.join(' ')).toContain('règle propre à La Poste');
	});

	test('the La Poste rule does not apply to another SIREN with a digit sum multiple of 5', () => {
		// SIREN 356000010 (not La Poste), digit sum 45, fails Luhn.
		expect(luhnValid('35600001049827')).toBe(false);

		expect(checkSiret('35600001049827').valid).toBe(false);
	});

	test('a La Poste SIRET failing both rules is invalid', () => {
		// Digit sum 46: not a multiple of 5, and Luhn fails.
		expect(luhnValid('35600000049838')).toBe(false);
		expect(checkSiret('35600000049838').valid).toBe(false);
	});

	test('13 digits: the message counts them', () => {
		expect(checkSiret('5281746340001').problems[0]?.message).toBe('Le SIRET doit comporter 14 chiffres\u202f; vous en avez saisi 13.');
	});

	test('spaces are removed with a note, and the number is checked', () => {
		const r = checkSiret(' 528 174 634 00014 ');

		expect(r.valid).toBe(true);
		expect(r.normalized).toBe('52817463400014');
		expect(r.notes[0]).toContain('sans espace');
	});

	test('a letter O typed for a zero is named', () => {
		const r = checkSiret('5281746340OO14');

		expect(r.valid).toBe(false);
		expect(codes(r)).toEqual(['caracteres']);
		expect(r.problems[0]?.message).toContain('La lettre O a sans doute été tapée à la place du chiffre 0.');
	});

	test('empty input asks for the number', () => {
		expect(checkSiret('   ')).toMatchObject({ valid: false, problems: [{ code: 'vide', message: 'Saisissez le SIRET.' }] });
	});

	test('too long and with letters: both problems are listed', () => {
		expect(codes(checkSiret('52817463400014AB'))).toEqual(['caracteres', 'longueur']);
	});
});

describe('checkIban', () => {
	test('the fact sheet’s IBAN is valid (fact 9.4)', () => {
		expect(checkIban('FR7630006000011234567890189')).toMatchObject({ valid: true, normalized: 'FR7630006000011234567890189' });
	});

	test('written in groups of 4 and in lower case, it is the same IBAN, with notes', () => {
		const r = checkIban('fr76 3000 6000 0112 3456 7890 189');

		expect(r.valid).toBe(true);
		expect(r.normalized).toBe('FR7630006000011234567890189');
		expect(r.notes).toHaveLength(2);
	});

	test('one digit changed fails modulo 97', () => {
		expect(codes(checkIban('FR7630006000011234567890188'))).toEqual(['cle']);
	});

	test('26 characters: too short, counted', () => {
		expect(checkIban('FR763000600001123456789018').problems[0]?.message).toBe('Un IBAN français compte 27 caractères\u202f; vous en avez saisi 26.');
	});

	test('a foreign IBAN is not a French one', () => {
		expect(codes(checkIban('DE89370400440532013000'))).toContain('pays');
	});

	test('punctuation is refused', () => {
		expect(codes(checkIban('FR76/3000/6000/0112/3456/7890/189'))).toContain('caracteres');
	});

	test('letters where the check digits go are refused', () => {
		expect(codes(checkIban('FRAB30006000011234567890189'))).toEqual(['caracteres']);
	});

	test('empty input asks for the IBAN', () => {
		expect(codes(checkIban(''))).toEqual(['vide']);
	});

	test('formatIban prints groups of 4', () => {
		expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
	});
});

describe('ribKey and checkRib', () => {
	test('bank 30006, branch 00001, account 12345678901 → key 89 (fact 9.5)', () => {
		expect(ribKey('30006', '00001', '12345678901')).toBe(89);
	});

	test('letters of the account number are converted (A, J → 1; B, K, S → 2…)', () => {
		expect(ribKey('30006', '00001', '1234567890A')).toBe(ribKey('30006', '00001', '12345678901'));
		expect(ribKey('30006', '00001', '1234567890S')).toBe(ribKey('30006', '00001', '12345678902'));
	});

	test('the matching RIB is valid', () => {
		expect(checkRib('30006 00001 12345678901 89').valid).toBe(true);
	});

	test('a wrong key says which key was expected', () => {
		const r = checkRib('30006 00001 12345678901 98');

		expect(r.valid).toBe(false);
		expect(r.problems[0]?.message).toBe('La clé RIB ne correspond pas\u00a0: avec ces codes et ce numéro de compte, elle devrait être 89, pas 98.');
	});

	test('a missing digit is a length problem', () => {
		expect(codes(checkRib('30006 00001 1234567890 89'))).toEqual(['longueur']);
	});

	test('letters in the bank code are refused', () => {
		expect(codes(checkRib('3OOO6 00001 12345678901 89'))).toEqual(['caracteres']);
	});

	test('empty input asks for the four parts', () => {
		expect(codes(checkRib(''))).toEqual(['vide']);
	});
});
