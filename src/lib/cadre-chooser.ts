import type { z } from '../schemas/zod';
import type { CadreChooserSchema } from '../schemas/sequence-2-widgets';

/** The validated data of the cadre chooser (guide and practice situations). */
export type CadreChooserData = z.output<typeof CadreChooserSchema>;
/** One question of the guide. */
export type CadreNode = CadreChooserData['nodes'][number];
/** One answer of a question: it leads to another question or to a result. */
export type CadreOption = CadreNode['options'][number];
/** Where the guide ends: a cadre de facturation, its note, maybe a pointer to another lesson. */
export type CadreResult = NonNullable<CadreOption['result']>;
/** A situation to practise on. */
export type CadreSituation = CadreChooserData['situations'][number];
/** A lesson, or one of its sections, named by a result (`seeLesson`). */
export type LessonTarget = NonNullable<CadreResult['seeLesson']>;

/**
 * URLs of the lessons the results point to, computed at build time and keyed by
 * {@link lessonLinkKey}; `null` when the lesson is not written yet.
 */
export type CadreLessonLinks = Record<string, string | null>;

/**
 * The part of the data the guide functions need: tests build small trees with it, and the
 * functions stay defensive because they may be handed data the schema never saw.
 */
export interface GuideTree {
	start: string;
	nodes: readonly CadreNode[];
}

/** One answered question on the way through the guide. */
export interface GuideStep {
	node: CadreNode;
	/** Index of the chosen option in `node.options`. */
	index: number;
	option: CadreOption;
}

/** Where a path of answers leads: a question still to answer, a result, or nowhere valid. */
export type GuideWalk =
	| { kind: 'question'; steps: GuideStep[]; node: CadreNode }
	| { kind: 'result'; steps: GuideStep[]; result: CadreResult }
	| { kind: 'invalid'; steps: GuideStep[]; message: string };

/** A cadre as offered in lists: its code and official label. */
export interface CadreChoice {
	code: string;
	label: string;
}

/** What can be wrong with a guide tree. */
export type GuideProblemKind = 'unknown-start' | 'duplicate-id' | 'unknown-next' | 'dead-end' | 'ambiguous' | 'cycle' | 'unreachable';

/** One problem found by {@link validateGuide}, with a French message for build errors. */
export interface GuideProblem {
	kind: GuideProblemKind;
	/** The question where it shows. */
	nodeId: string;
	message: string;
}

/** « A1 — Dépôt par un fournisseur d’une facture ». */
export function cadreText(choice: CadreChoice): string {
	return `${choice.code} — ${choice.label}`;
}

/** The key of a lesson target in {@link CadreLessonLinks}: « lecon » or « lecon#section ». */
export function lessonLinkKey(target: LessonTarget): string {
	return target.section ? `${target.lesson}#${target.section}` : target.lesson;
}

/** Every lesson target named by the guide's results, once each (for the build-time links). */
export function lessonTargets(tree: GuideTree): LessonTarget[] {
	const seen = new Map<string, LessonTarget>();
	for (const node of tree.nodes) {
		for (const option of node.options) {
			const target = option.result?.seeLesson;
			if (target && !seen.has(lessonLinkKey(target))) seen.set(lessonLinkKey(target), target);
		}
	}
	return [...seen.values()];
}

function nodeMap(tree: GuideTree): Map<string, CadreNode> {
	const map = new Map<string, CadreNode>();
	// The first node of an id wins, as validateGuide reports the duplicates.
	for (const node of tree.nodes) if (!map.has(node.id)) map.set(node.id, node);
	return map;
}

/**
 * Follows a path of option indexes from `tree.start`. Every index must choose an option of
 * the current question; the path may stop at a question (still to answer) or at a result,
 * never go past a result.
 */
export function walkGuide(tree: GuideTree, path: readonly number[]): GuideWalk {
	const nodes = nodeMap(tree);
	const steps: GuideStep[] = [];
	let node = nodes.get(tree.start);
	if (!node) return { kind: 'invalid', steps, message: `Question de départ «\u00a0${tree.start}\u00a0» inconnue.` };
	for (let i = 0; i < path.length; i += 1) {
		const index = path[i] as number;
		const option = Number.isInteger(index) ? node.options[index] : undefined;
		if (!option) return { kind: 'invalid', steps, message: `Réponse n° ${index} absente de la question «\u00a0${node.id}\u00a0».` };
		steps.push({ node, index, option });
		if (option.result && option.next !== undefined) return { kind: 'invalid', steps, message: `La réponse «\u00a0${option.text}\u00a0» mène à la fois à une question et à un résultat.` };
		if (option.result) {
			if (i < path.length - 1) return { kind: 'invalid', steps, message: 'Le chemin continue après un résultat.' };
			return { kind: 'result', steps, result: option.result };
		}
		if (option.next === undefined) return { kind: 'invalid', steps, message: `La réponse «\u00a0${option.text}\u00a0» ne mène nulle part.` };
		const next = nodes.get(option.next);
		if (!next) return { kind: 'invalid', steps, message: `Question «\u00a0${option.next}\u00a0» inconnue.` };
		node = next;
	}
	return { kind: 'question', steps, node };
}

function cadreNumber(code: string): number {
	return Number(code.replace(/^\D+/, ''));
}

/**
 * The cadres the guide can lead to from its start, once each (the first label met wins),
 * in the order of their numbers (A1, A2, A3, A9, A12…). Loops in the tree are walked once.
 */
export function reachableResults(tree: GuideTree): CadreChoice[] {
	const nodes = nodeMap(tree);
	const found = new Map<string, CadreChoice>();
	const visited = new Set<string>();
	const stack = [tree.start];
	while (stack.length > 0) {
		const id = stack.pop() as string;
		const node = nodes.get(id);
		if (visited.has(id) || !node) continue;
		visited.add(id);
		for (const option of node.options) {
			if (option.result && !found.has(option.result.code)) found.set(option.result.code, { code: option.result.code, label: option.result.label });
			if (option.next !== undefined) stack.push(option.next);
		}
	}
	return [...found.values()].sort((a, b) => cadreNumber(a.code) - cadreNumber(b.code) || a.code.localeCompare(b.code));
}

/**
 * Checks that every path through the guide ends at a result: no loop, no answer leading
 * nowhere or to an unknown question; also reports duplicate ids and questions never reached.
 * An empty list means the guide is sound.
 */
export function validateGuide(tree: GuideTree): GuideProblem[] {
	const problems: GuideProblem[] = [];
	const nodes = nodeMap(tree);
	const seenIds = new Set<string>();
	for (const node of tree.nodes) {
		if (seenIds.has(node.id)) problems.push({ kind: 'duplicate-id', nodeId: node.id, message: `La question «\u00a0${node.id}\u00a0» est définie deux fois.` });
		seenIds.add(node.id);
		if (node.options.length === 0) problems.push({ kind: 'dead-end', nodeId: node.id, message: `La question «\u00a0${node.id}\u00a0» n’a aucune réponse.` });
		node.options.forEach((option, j) => {
			const where = `question «\u00a0${node.id}\u00a0», réponse ${j + 1} («\u00a0${option.text}\u00a0»)`;
			if (option.next !== undefined && option.result) problems.push({ kind: 'ambiguous', nodeId: node.id, message: `${where}\u00a0: à la fois une question suivante et un résultat.` });
			else if (option.next === undefined && !option.result) problems.push({ kind: 'dead-end', nodeId: node.id, message: `${where}\u00a0: ne mène nulle part.` });
			if (option.next !== undefined && !nodes.has(option.next)) problems.push({ kind: 'unknown-next', nodeId: node.id, message: `${where}\u00a0: question «\u00a0${option.next}\u00a0» inconnue.` });
		});
	}
	if (!nodes.has(tree.start)) problems.push({ kind: 'unknown-start', nodeId: tree.start, message: `Question de départ «\u00a0${tree.start}\u00a0» inconnue.` });

	// Depth-first search with the current branch on a stack: an edge back into it is a loop.
	const done = new Set<string>();
	const reached = new Set<string>();
	const visit = (id: string, branch: string[], counting: boolean) => {
		const node = nodes.get(id);
		if (!node) return;
		const at = branch.indexOf(id);
		if (at >= 0) {
			const loop = [...branch.slice(at), id];
			problems.push({ kind: 'cycle', nodeId: id, message: `Boucle sans fin\u00a0: ${loop.map((x) => `«\u00a0${x}\u00a0»`).join(' → ')}.` });
			return;
		}
		if (counting) reached.add(id);
		if (done.has(id)) return;
		for (const option of node.options) if (option.next !== undefined) visit(option.next, [...branch, id], counting);
		done.add(id);
	};
	visit(tree.start, [], true);
	for (const node of nodes.values()) {
		if (reached.has(node.id)) continue;
		problems.push({ kind: 'unreachable', nodeId: node.id, message: `La question «\u00a0${node.id}\u00a0» n’est jamais posée.` });
		visit(node.id, [], false);
	}
	return problems;
}

/** The verdict on one situation. */
export interface SituationVerdict {
	id: string;
	/** The cadre chosen, or null when none was. */
	given: string | null;
	expected: string;
	correct: boolean;
}

/** The score of the practice part: one point per situation. */
export interface SituationScore {
	verdicts: SituationVerdict[];
	score: number;
	max: number;
	/** Ids of the situations left without an answer. */
	missing: string[];
}

/** Scores the cadres chosen for the situations (an empty string counts as no answer). */
export function scoreSituations(situations: readonly Pick<CadreSituation, 'id' | 'expected'>[], answers: Readonly<Record<string, string | undefined>>): SituationScore {
	const verdicts = situations.map((s) => {
		const given = answers[s.id] || null;
		return { id: s.id, given, expected: s.expected, correct: given === s.expected };
	});
	return {
		verdicts,
		score: verdicts.filter((v) => v.correct).length,
		max: situations.length,
		missing: verdicts.filter((v) => v.given === null).map((v) => v.id),
	};
}
