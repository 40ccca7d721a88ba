import { describe, expect, test } from 'vitest';
import { countDisclosureWords, countMainPathWords, type FactText } from '../../src/lib/lesson-words';

// What the fact components print is read on the main path too: with `factText`, the limit and
// the reading time count it (the statement of a phrase, the value inline, a timeline's statements).
const facts: Record<string, { value: string; statement: string }> = {
	delai: { value: '30 jours', statement: 'Le délai de paiement de l’État est de trente jours.' },
	date: { value: '1er janvier 2017', statement: 'Les grandes entreprises entrent dans l’obligation en 2017.' },
};
const factText: FactText = (id, display) => (display === 'phrase' ? facts[id]?.statement : facts[id]?.value) ?? '';

describe('countMainPathWords with the facts printed', () => {
	test('counts an inline <Fait> as its value and a phrase as its statement', () => {
		const mdx = 'Payé sous <Fait id="delai" />.\n\n<Fait id="delai" affichage="phrase" />';

		expect(countMainPathWords(mdx)).toBe(2);
		expect(countMainPathWords(mdx, factText)).toBe(2 + 2 + 10);
	});

	test('counts the statements of a <Chronologie>', () => {
		const mdx = '<Chronologie titre="Le calendrier" faits={["date", "delai"]} />';

		expect(countMainPathWords(mdx, factText)).toBe(8 + 10);
	});

	test('does not count facts inside a disclosure on the main path, but in the disclosure', () => {
		const mdx = '<Section id="a" title="A">\n\nTexte.\n\n<PlusLoin titre="Détail">\n\n<Fait id="delai" affichage="phrase" />\n\n</PlusLoin>\n\n</Section>';

		expect(countMainPathWords(mdx, factText)).toBe(1);
		expect(countDisclosureWords(mdx, factText)).toBe(10);
	});

	test('an unknown fact prints nothing here (the build reports it elsewhere)', () => {
		expect(countMainPathWords('<Fait id="inconnu" affichage="phrase" />', factText)).toBe(0);
	});
});
