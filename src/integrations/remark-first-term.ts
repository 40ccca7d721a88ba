/**
 * Marks the first `<Terme>` of each glossary id in a lesson with `infobulle`, so that only that
 * one shows the definition as a toggletip (components/mdx/Terme.astro); later ones stay plain
 * links to the glossary. Authors keep choosing which words are terms: the first one they wrote
 * gets the tip, wherever it is.
 *
 * Astro 7 compiles MDX with Sätteri, which runs mdast plugins (remark's syntax tree, its own
 * plugin API) rather than remark plugins; this is registered in astro.config.mjs.
 */
import type { MdastContent, MdastPluginDefinition, MdastTarget } from 'satteri';

/** The parts of an mdast node the plugin reads. */
export interface TermTreeNode {
	type: string;
	name?: string | null;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly TermTreeNode[];
}

/** One `<Terme>` of a lesson and whether it shows the toggletip. */
export interface TermOccurrence {
	node: TermTreeNode;
	id: string;
	tip: boolean;
}

/** The attribute the plugin sets; authors do not write it (the plugin sets or removes it). */
export const TIP_ATTRIBUTE = 'infobulle';

const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
// A trainer note is shown only in the presenter view: a tip there would leave the learner's
// page without one.
const NOT_IN_LEARNER_PAGE = new Set(['NoteFormateur']);

function literalId(node: TermTreeNode): string | undefined {
	const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
	return typeof id === 'string' ? id : undefined;
}

/**
 * Every `<Terme>` with a literal id, in document order; `tip` is true for the first of each id
 * outside a trainer note.
 */
export function termOccurrences(root: TermTreeNode): TermOccurrence[] {
	const found: TermOccurrence[] = [];
	const tipped = new Set<string>();
	const walk = (node: TermTreeNode, inNote: boolean) => {
		const isJsx = JSX_ELEMENTS.has(node.type);
		if (isJsx && node.name === 'Terme') {
			const id = literalId(node);
			if (id !== undefined) {
				const tip = !inNote && !tipped.has(id);
				if (tip) tipped.add(id);
				found.push({ node, id, tip });
			}
		}
		const noteBelow = inNote || (isJsx && NOT_IN_LEARNER_PAGE.has(node.name ?? ''));
		for (const child of node.children ?? []) walk(child, noteBelow);
	};
	walk(root, false);
	return found;
}

/** Whether `node` carries the tip attribute. */
export function hasTipAttribute(node: TermTreeNode): boolean {
	return node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === TIP_ATTRIBUTE) ?? false;
}

/** `node` with the tip attribute set (a boolean JSX attribute) or removed. */
export function withTip(node: TermTreeNode, tip: boolean): TermTreeNode {
	const others = (node.attributes ?? []).filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === TIP_ATTRIBUTE));
	const attributes = tip ? [...others, { type: 'mdxJsxAttribute', name: TIP_ATTRIBUTE, value: null }] : others;
	// A new node of the same kind and name, holding the same children (Sätteri moves them over).
	return { type: node.type, name: node.name, attributes, children: node.children ?? [] };
}

/** The Sätteri mdast plugin (`satteri({ mdastPlugins: [remarkFirstTerm] })`). */
export const remarkFirstTerm = {
	name: 'remark-first-term',
	before(root, ctx) {
		for (const { node, tip } of termOccurrences(root as TermTreeNode)) {
			// Sätteri's node attributes are read-only: the node is replaced, its children kept.
			if (hasTipAttribute(node) !== tip) ctx.replaceNode(node as MdastTarget, withTip(node, tip) as MdastContent);
		}
	},
} satisfies MdastPluginDefinition;
