import { describe, expect, test } from 'vitest';
import { factNote } from '../../src/lib/fact-note';

describe('factNote', () => {
	test('a sure fact has no note to show, even if one were written', () => {
		expect(factNote({ confidence: 'sure', note: 'selon X' })).toBeNull();
	});

	test('a likely fact shows its note as written, and as a sentence in a block', () => {
		expect(factNote({ confidence: 'likely', note: 'selon une source secondaire' })).toEqual({ text: 'selon une source secondaire', sentence: 'Selon une source secondaire.' });
	});

	test('an unsure fact always says « à vérifier », once', () => {
		expect(factNote({ confidence: 'unsure', note: 'libellés indicatifs' })?.text).toBe('à vérifier\u00a0: libellés indicatifs');
		expect(factNote({ confidence: 'unsure', note: 'cas d’usage à vérifier' })?.text).toBe('cas d’usage à vérifier');
		expect(factNote({ confidence: 'unsure', note: 'À vérifier : liste non trouvée.' })?.sentence).toBe('À vérifier : liste non trouvée.');
	});

	test('a likely or unsure fact without its note (invalid data) shows nothing rather than an empty note', () => {
		expect(factNote({ confidence: 'likely' })).toBeNull();
	});
});
