import { describe, expect, it } from 'vitest';
import { frenchSpaces } from '../../src/lib/french-spaces';

describe('frenchSpaces', () => {
	it('puts a no-break space before high punctuation and inside guillemets', () => {
		expect(frenchSpaces('Ne rien faire : le délai ; vraiment ? oui !')).toBe('Ne rien faire\u00a0: le délai\u202f; vraiment\u202f? oui\u202f!');
		expect(frenchSpaces('le cadre « A15 » ici')).toBe('le cadre «\u00a0A15\u00a0» ici');
	});
	it('holds a number to its unit', () => {
		expect(frenchSpaces('15 jours, 1 jour, 12 000 € HT, 20 %, 2,5 M€, 4 999 personnes')).toBe('15\u00a0jours, 1\u00a0jour, 12\u202f000\u00a0€ HT, 20\u00a0%, 2,5\u00a0M€, 4\u202f999\u00a0personnes');
	});
	it('leaves other spaces and words alone', () => {
		expect(frenchSpaces('3 hommes, 10 heures')).toBe('3 hommes, 10\u00a0heures');
		expect(frenchSpaces('déjà\u00a0: bon')).toBe('déjà\u00a0: bon');
		expect(frenchSpaces('2026 jusqu’ici, le 27 mars 2026, 10 800 + 2 400')).toBe('2026 jusqu’ici, le 27 mars 2026, 10\u202f800 + 2\u202f400');
	});
});
