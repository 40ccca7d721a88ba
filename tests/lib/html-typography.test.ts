import { describe, expect, test } from 'vitest';
import { htmlTypographyOffences, typesetHtml } from '../../src/lib/html-typography';

const show = (s: string) => s.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '~');

describe('typesetHtml', () => {
	test('typesets text between tags, with the character before an inline tag in view', () => {
		expect(show(typesetHtml('<p><strong>Attention</strong> : le code ? « <em>ECOLE</em> »</p>'))).toBe('<p><strong>Attention</strong>~: le code⍽? «~<em>ECOLE</em>~»</p>');
	});

	test('leaves attributes, island props, code and scripts alone', () => {
		const html = '<a href="https://x.fr/?a=b" title="Bon ?">lien</a><astro-island props="{&quot;t&quot;:&quot;Bon ?&quot;}"></astro-island><code>a ? b : c</code><script>x ? y : z</script>';
		expect(typesetHtml(html)).toBe(html);
	});

	test('keeps entities right: & < > stay escaped, « &amp; » is not taken for a semicolon', () => {
		expect(show(typesetHtml('<p>R&amp;D ; a &lt; b : oui</p>'))).toBe('<p>R&amp;D⍽; a &lt; b~: oui</p>');
	});

	test('a block tag cuts the context: a colon opening a paragraph is left as written', () => {
		expect(typesetHtml('<p>Titre</p><p>: suite</p>')).toBe('<p>Titre</p><p>: suite</p>');
	});
});

describe('htmlTypographyOffences', () => {
	test('counts the places to fix, and none once typeset', () => {
		const html = '<p><strong>Note</strong> : 100 % « oui »</p>';
		expect(htmlTypographyOffences(html)).toHaveLength(4);
		expect(htmlTypographyOffences(typesetHtml(html))).toEqual([]);
	});
});
