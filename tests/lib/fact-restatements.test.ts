import { describe, expect, test } from 'vitest';
import { checkedFacts, findRestatements, normalizeText, pageRestatements, phrasingPattern, restatementProblems, unmarkedText } from '../../src/lib/fact-restatements';

const chat = { id: 'support-chat-horaires', phrasings: ['8 h 30 à 18 h 30'] };
const size = { id: 'piece-jointe-taille-max', phrasings: ['10 Mo par pièce jointe'] };
const rate = { id: 'taux-interets-2026-s2', phrasings: ['10,40 %'] };

describe('normalizeText', () => {
	test('one space for every kind of space, non-breaking and narrow ones included, and lower case', () => {
		expect(normalizeText('De 8\u00a0h\u202f30\t à\n\n18 h 30')).toBe('de 8 h 30 à 18 h 30');
	});

	test('one apostrophe, one dash, no space inside guillemets nor before %', () => {
		expect(normalizeText("L'acheteur – « Organisation\u00a0modification\u00a0» : 10,40\u00a0%")).toBe('l’acheteur - «organisation modification» : 10,40%');
	});
});

describe('findRestatements', () => {
	test('finds a phrasing whatever the spaces, case and apostrophes', () => {
		const found = findRestatements('Le chat est ouvert DE 8\u00a0H\u00a030 À 18\u202fh\u00a030, du lundi au vendredi.', [chat]);

		expect(found.map((r) => [r.factId, r.phrasing])).toEqual([['support-chat-horaires', '8 h 30 à 18 h 30']]);
		expect(found[0]?.excerpt).toContain('8 h 30 à 18 h 30');
	});

	test('a phrasing that starts or ends with a digit or letter only matches whole words', () => {
		expect(findRestatements('moins de 110 Mo par pièce jointe', [size])).toEqual([]);
		expect(findRestatements('10,40 % et 10,405 %', [rate])).toHaveLength(1);
		expect(findRestatements('Taux : 110,40 %', [rate])).toEqual([]);
	});

	test('counts every occurrence, of every fact', () => {
		expect(findRestatements('10,40 % puis 10,40%. Chat : 8 h 30 à 18 h 30.', [chat, rate]).map((r) => r.factId)).toEqual(['support-chat-horaires', 'taux-interets-2026-s2', 'taux-interets-2026-s2']);
	});

	test('finds nothing in innocent text', () => {
		expect(findRestatements('Le taux du 2e semestre 2026 est à vérifier ; la taille des pièces jointes aussi.', [chat, size, rate])).toEqual([]);
	});

	test('escapes the phrasing: its dots and brackets are text, not patterns', () => {
		const article = { id: 'date-reception-article', phrasings: ['R. 2192-15'] };

		expect(findRestatements('art. R. 2192-15 du code', [article])).toHaveLength(1);
		expect(findRestatements('art. RX 2192-15 du code', [article])).toEqual([]);
		expect(phrasingPattern('(a)').test('(a)')).toBe(true);
	});
});

describe('unmarkedText', () => {
	test('leaves out scripts, styles, comments and every element with data-fact-note, nested ones included', () => {
		const html = `<html><head><style>.x{content:"8 h 30 à 18 h 30"}</style></head><body>
			<p>Avant <span data-fact-note><span class="fact-value">du lundi au vendredi, 8&nbsp;h&nbsp;30 à 18&nbsp;h&nbsp;30</span><strong>(à vérifier)</strong></span> après.</p>
			<!-- 8 h 30 à 18 h 30 --><script>const t = "8 h 30 à 18 h 30";</script>
			<li data-fact="x" data-fact-note=""><em>10,40 %</em></li></body></html>`;

		const text = unmarkedText(html);

		expect(text).not.toMatch(/18|10,40|vérifier/);
		expect(normalizeText(text)).toContain('avant');
		expect(normalizeText(text)).toContain('après.');
	});

	test('decodes entities and keeps inline elements joined, block elements apart', () => {
		expect(normalizeText(unmarkedText('<p>10<strong>,40</strong>&nbsp;%</p><td>de&#32;8 h 30</td><td>à 18 h 30</td>'))).toBe('10,40% de 8 h 30 à 18 h 30');
	});

	test('a phrasing cannot be matched across the edge of a marked element', () => {
		const html = '<p>de 8 h 30 <span data-fact-note>(à vérifier)</span> à 18 h 30</p>';

		expect(pageRestatements(html, [chat])).toEqual([]);
	});

	test('an attribute merely starting with the marker’s name is not the marker', () => {
		const html = '<p data-fact-note-x="1">de 8 h 30 à 18 h 30</p>';

		expect(pageRestatements(html, [chat])).toHaveLength(1);
	});

	test('void and self-closed elements do not swallow what follows', () => {
		const html = '<span data-fact-note>note<br><img src="x.png" alt=""><svg><path d="M0"/></svg></span> 10,40 %';

		expect(pageRestatements(html, [rate])).toHaveLength(1);
	});
});

describe('pageRestatements and restatementProblems', () => {
	test('a phrasing restated in prose is found; the same words inside the marked display are not', () => {
		const html = '<p>Le chat ouvre de 8 h 30 à 18 h 30.</p><p><span data-fact-note>de 8 h 30 à 18 h 30 (selon une fiche ancienne)</span></p>';

		expect(pageRestatements(html, [chat])).toHaveLength(1);
	});

	test('the message names the page, the fact id and the phrasing', () => {
		const problems = restatementProblems([{ path: '/lecons/14-assistance/', html: '<p>Chat de 8 h 30 à 18 h 30.</p>' }], [chat]);

		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('/lecons/14-assistance/ : fait « support-chat-horaires », formulation « 8 h 30 à 18 h 30 »');
	});

	test('only likely and unsure facts with phrasings are searched for', () => {
		const facts = [
			{ id: 'a', confidence: 'sure', phrasings: ['toujours vrai'] },
			{ id: 'b', confidence: 'likely', phrasings: ['sans doute vrai'] },
			{ id: 'c', confidence: 'unsure', phrasings: ['peut-être vrai'] },
			{ id: 'd', confidence: 'likely' },
		];

		expect(checkedFacts(facts).map((f) => f.id)).toEqual(['b', 'c']);
	});
});
