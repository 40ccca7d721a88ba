import { describe, expect, test } from 'vitest';
import { compareTerms, glossaryLetter } from '../../src/lib/glossary-letters';

describe('glossary letter groups', () => {
	test.each([
		['« Rejetée » ou « Refusée » (réforme B2B)', 'R'],
		['Écran de saisie', 'E'],
		['engagement juridique', 'E'],
		['« ', '#'],
		['2FA', 'F'],
		['', '#'],
	])('« %s » is filed under %s', (term, letter) => {
		expect(glossaryLetter(term)).toBe(letter);
	});

	test('sorts in French order, a leading guillemet ignored', () => {
		const terms = ['Service', '« Rejetée » ou « Refusée »', 'Écran', 'Annuaire', 'émetteur'];
		expect([...terms].sort(compareTerms)).toEqual(['Annuaire', 'Écran', 'émetteur', '« Rejetée » ou « Refusée »', 'Service']);
	});
});
