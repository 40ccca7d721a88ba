import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { remarkFirstTerm, termOccurrences, withTip, type TermTreeNode } from '../../src/integrations/remark-first-term';

const term = (id: string, extra: TermTreeNode['attributes'] = []): TermTreeNode => ({
	type: 'mdxJsxTextElement',
	name: 'Terme',
	attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }, ...extra],
	children: [{ type: 'text' }],
});
const paragraph = (...children: TermTreeNode[]): TermTreeNode => ({ type: 'paragraph', children });
const flow = (name: string, ...children: TermTreeNode[]): TermTreeNode => ({ type: 'mdxJsxFlowElement', name, attributes: [], children });

describe('termOccurrences', () => {
	test('gives the tip to the first <Terme> of each id, in document order, and to no later one', () => {
		const root = { type: 'root', children: [paragraph(term('siret'), term('ej')), flow('Section', paragraph(term('siret'), term('service')), paragraph(term('ej')))] };

		const tips = termOccurrences(root).map((t) => `${t.id}:${t.tip}`);

		expect(tips).toEqual(['siret:true', 'ej:true', 'siret:false', 'service:true', 'ej:false']);
	});

	test('never gives it in a trainer note, which the learner’s page does not show: the next one gets it', () => {
		const root = { type: 'root', children: [flow('NoteFormateur', paragraph(term('ppf'))), paragraph(term('ppf')), flow('PlusLoin', paragraph(term('moe')))] };

		const tips = termOccurrences(root).map((t) => `${t.id}:${t.tip}`);

		expect(tips).toEqual(['ppf:false', 'ppf:true', 'moe:true']);
	});

	test('skips a <Terme> whose id is an expression and leaves other components alone', () => {
		const expressionId = { ...term('x'), attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'mdxJsxAttributeValueExpression', value: '"x"' } }] };
		const root = { type: 'root', children: [paragraph(expressionId, { type: 'mdxJsxTextElement', name: 'LienLecon', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }] })] };

		expect(termOccurrences(root)).toEqual([]);
	});
});

describe('withTip', () => {
	test('sets the attribute once, and removes one an author wrote on a later occurrence', () => {
		const marked = withTip(term('siret'), true);
		const unmarked = withTip(term('siret', [{ type: 'mdxJsxAttribute', name: 'infobulle', value: null }]), false);

		expect(marked.attributes?.map((a) => a.name)).toEqual(['id', 'infobulle']);
		expect(withTip(marked, true).attributes?.map((a) => a.name)).toEqual(['id', 'infobulle']);
		expect(unmarked.attributes?.map((a) => a.name)).toEqual(['id']);
	});
});

describe('remarkFirstTerm in the MDX compiler (Sätteri, as Astro runs it)', () => {
	test('the compiled lesson passes infobulle to the first <Terme> of an id only, keeping its content', () => {
		const source = [
			'Le <Terme id="siret">SIRET *du* destinataire</Terme> et l’<Terme id="ej">EJ</Terme>.',
			'',
			'<NoteFormateur>',
			'Rappeler le <Terme id="service">service</Terme>.',
			'</NoteFormateur>',
			'',
			'| champ | où |',
			'| --- | --- |',
			'| <Terme id="siret">SIRET</Terme> | <Terme id="service">service</Terme> |',
		].join('\n');

		const { code } = mdxToJs(source, { mdastPlugins: [remarkFirstTerm] });

		// Each call to the component, with its props, in order.
		const calls = [...code.matchAll(/_jsxs?\(Terme, \{([\s\S]*?)\n\s*\}\)/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
		expect(calls).toHaveLength(5);
		expect(calls[0]).toMatch(/^id: "siret", infobulle: true, children: \[ "SIRET ", _jsx\(_components\.em, \{ children: "du" \}\), " destinataire" \]/);
		expect(calls[1]).toMatch(/^id: "ej", infobulle: true,/);
		expect(calls[2]).toMatch(/^id: "service", children/);
		expect(calls[3]).toMatch(/^id: "siret", children/);
		expect(calls[4]).toMatch(/^id: "service", infobulle: true,/);
	});
});
