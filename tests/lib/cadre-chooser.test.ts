import { describe, expect, test } from 'vitest';
import {
	cadreText,
	lessonLinkKey,
	lessonTargets,
	reachableResults,
	scoreSituations,
	validateGuide,
	walkGuide,
	type CadreNode,
	type CadreOption,
	type GuideTree,
} from '../../src/lib/cadre-chooser';
import { CadreChooserSchema } from '../../src/schemas/sequence-2-widgets';

const to = (text: string, next: string): CadreOption => ({ text, next });
const res = (text: string, code: string, label: string, extra: Partial<CadreOption['result']> = {}): CadreOption => ({ text, result: { code, label, ...extra } });
const node = (id: string, question: string, ...options: CadreOption[]): CadreNode => ({ id, question, options });

/** A small guide: who deposits, then what; the two supplier branches merge on « deja-paye ». */
const tree: GuideTree = {
	start: 'qui',
	nodes: [
		node(
			'qui',
			'Vous déposez…',
			to('en tant que fournisseur titulaire', 'quoi'),
			res('en tant que sous-traitant payé directement', 'A9', 'Dépôt par un sous-traitant d’une facture', { note: 'Le titulaire valide.' }),
			res('en tant que cotraitant', 'A12', 'Dépôt par un cotraitant d’une facture')
		),
		node(
			'quoi',
			'Quel document ?',
			to('une facture de fournitures ou de services', 'deja-paye'),
			res('un mémoire de frais de justice', 'A3', 'Dépôt par un fournisseur d’un mémoire de frais de justice'),
			res('un projet de décompte mensuel de travaux', 'A4', 'Dépôt par un fournisseur d’un projet de décompte mensuel', { seeLesson: { lesson: '09-travaux', section: 'cadres' } }),
			to('une facture de services déjà réglée', 'deja-paye')
		),
		node(
			'deja-paye',
			'La facture est-elle déjà payée ?',
			res('non', 'A1', 'Dépôt par un fournisseur d’une facture'),
			res('oui, par carte d’achat', 'A2', 'Dépôt par un fournisseur d’une facture déjà payée'),
			res('je ne sais pas', 'A1', 'Autre libellé, qui ne doit pas gagner')
		),
	],
};

const kinds = (t: GuideTree) => validateGuide(t).map((p) => p.kind);

describe('walkGuide', () => {
	test('the empty path is the first question', () => {
		const walk = walkGuide(tree, []);

		expect(walk.kind).toBe('question');
		expect(walk.kind === 'question' && walk.node.id).toBe('qui');
		expect(walk.steps).toEqual([]);
	});

	test('a full path ends on the result and lists each question with the answer given', () => {
		const walk = walkGuide(tree, [0, 0, 1]);

		expect(walk.kind).toBe('result');
		expect(walk.kind === 'result' && walk.result.code).toBe('A2');
		expect(walk.steps.map((s) => `${s.node.question} : ${s.option.text}`)).toEqual([
			'Vous déposez… : en tant que fournisseur titulaire',
			'Quel document ? : une facture de fournitures ou de services',
			'La facture est-elle déjà payée ? : oui, par carte d’achat',
		]);
	});

	test('a path back (« Modifier ») is the shorter prefix: the same question, another answer possible', () => {
		const deep = walkGuide(tree, [0, 0, 1]);

		const back = walkGuide(tree, [0]);
		const other = walkGuide(tree, [0, 1]);

		expect(deep.kind).toBe('result');
		expect(back.kind === 'question' && back.node.id).toBe('quoi');
		expect(back.steps[0]?.index).toBe(0);
		expect(other.kind === 'result' && other.result.code).toBe('A3');
	});

	test('a result reached in one answer', () => {
		const walk = walkGuide(tree, [1]);

		expect(walk.kind === 'result' && walk.result.note).toBe('Le titulaire valide.');
	});

	test('bad paths are invalid, with the steps that were valid', () => {
		expect(walkGuide(tree, [7])).toMatchObject({ kind: 'invalid', steps: [], message: 'Réponse n° 7 absente de la question «\u00a0qui\u00a0».' });
		expect(walkGuide(tree, [-1]).kind).toBe('invalid');
		expect(walkGuide(tree, [0.5]).kind).toBe('invalid');
		expect(walkGuide(tree, [0, 0, 0, 0])).toMatchObject({ kind: 'invalid', message: 'Le chemin continue après un résultat.' });
		expect(walkGuide(tree, [0, 0, 0, 0]).steps).toHaveLength(3);
	});

	test('unknown start, unknown next, an answer leading nowhere or to both are invalid', () => {
		expect(walkGuide({ ...tree, start: 'absent' }, [])).toMatchObject({ kind: 'invalid', message: 'Question de départ «\u00a0absent\u00a0» inconnue.' });
		const broken: GuideTree = {
			start: 'a',
			nodes: [node('a', 'Question A ?', to('vers nulle part', 'zzz'), { text: 'rien' }, { text: 'les deux', next: 'a', result: { code: 'A1', label: 'Libellé A1' } })],
		};
		expect(walkGuide(broken, [0])).toMatchObject({ kind: 'invalid', message: 'Question «\u00a0zzz\u00a0» inconnue.' });
		expect(walkGuide(broken, [1])).toMatchObject({ kind: 'invalid', message: 'La réponse «\u00a0rien\u00a0» ne mène nulle part.' });
		expect(walkGuide(broken, [2]).kind).toBe('invalid');
	});

	test('a loop in the tree does not stop a finite path', () => {
		const loop: GuideTree = { start: 'a', nodes: [node('a', 'Question A ?', to('encore', 'a'), res('fin', 'A1', 'Libellé A1'))] };

		const walk = walkGuide(loop, [0, 0, 0, 1]);

		expect(walk.kind === 'result' && walk.result.code).toBe('A1');
	});
});

describe('reachableResults', () => {
	test('each cadre once, the first label met, in the order of the numbers', () => {
		expect(reachableResults(tree)).toEqual([
			{ code: 'A1', label: 'Dépôt par un fournisseur d’une facture' },
			{ code: 'A2', label: 'Dépôt par un fournisseur d’une facture déjà payée' },
			{ code: 'A3', label: 'Dépôt par un fournisseur d’un mémoire de frais de justice' },
			{ code: 'A4', label: 'Dépôt par un fournisseur d’un projet de décompte mensuel' },
			{ code: 'A9', label: 'Dépôt par un sous-traitant d’une facture' },
			{ code: 'A12', label: 'Dépôt par un cotraitant d’une facture' },
		]);
	});

	test('results of questions never asked are not offered; loops are walked once', () => {
		const t: GuideTree = {
			start: 'a',
			nodes: [
				node('a', 'Question A ?', to('vers b', 'b'), res('fin', 'A1', 'Libellé A1')),
				node('b', 'Question B ?', to('retour', 'a'), res('fin', 'A2', 'Libellé A2')),
				node('orpheline', 'Jamais posée ?', res('x', 'A3', 'Libellé A3'), res('y', 'A5', 'Libellé A5')),
			],
		};

		expect(reachableResults(t).map((c) => c.code)).toEqual(['A1', 'A2']);
	});

	test('an unknown start reaches nothing', () => {
		expect(reachableResults({ ...tree, start: 'absent' })).toEqual([]);
	});
});

describe('validateGuide', () => {
	test('a sound tree has no problem, even where two branches merge', () => {
		expect(validateGuide(tree)).toEqual([]);
	});

	test('an answer leading back to an earlier question is an endless loop', () => {
		const t: GuideTree = {
			start: 'a',
			nodes: [node('a', 'Question A ?', to('suite', 'b'), res('fin', 'A1', 'Libellé A1')), node('b', 'Question B ?', to('retour au début', 'a'), res('fin', 'A2', 'Libellé A2'))],
		};

		expect(validateGuide(t)).toEqual([{ kind: 'cycle', nodeId: 'a', message: 'Boucle sans fin\u00a0: «\u00a0a\u00a0» → «\u00a0b\u00a0» → «\u00a0a\u00a0».' }]);
	});

	test('a question pointing to itself is a loop', () => {
		const t: GuideTree = { start: 'a', nodes: [node('a', 'Question A ?', to('encore', 'a'), res('fin', 'A1', 'Libellé A1'))] };

		expect(validateGuide(t).map((p) => p.message)).toEqual(['Boucle sans fin\u00a0: «\u00a0a\u00a0» → «\u00a0a\u00a0».']);
	});

	test('a loop among questions never asked is reported too', () => {
		const t: GuideTree = {
			start: 'a',
			nodes: [node('a', 'Question A ?', res('x', 'A1', 'Libellé A1'), res('y', 'A2', 'Libellé A2')), node('b', 'Question B ?', to('vers c', 'c'), res('fin', 'A2', 'Libellé A2')), node('c', 'Question C ?', to('vers b', 'b'), res('fin', 'A3', 'Libellé A3'))],
		};

		expect(kinds(t)).toEqual(['unreachable', 'cycle', 'unreachable']);
	});

	test('dead ends: an unknown question, an answer leading nowhere, a question without answers', () => {
		const t: GuideTree = {
			start: 'a',
			nodes: [node('a', 'Question A ?', to('vers zzz', 'zzz'), { text: 'rien' }, to('vers b', 'b')), node('b', 'Question B ?')],
		};

		const problems = validateGuide(t);

		expect(problems.map((p) => p.kind)).toEqual(['unknown-next', 'dead-end', 'dead-end']);
		expect(problems[0]?.message).toBe('question «\u00a0a\u00a0», réponse 1 («\u00a0vers zzz\u00a0»)\u00a0: question «\u00a0zzz\u00a0» inconnue.');
		expect(problems[2]?.message).toBe('La question «\u00a0b\u00a0» n’a aucune réponse.');
	});

	test('unknown start, duplicate ids, and an answer leading to both a question and a result', () => {
		const t: GuideTree = {
			start: 'depart',
			nodes: [node('a', 'Question A ?', { text: 'les deux', next: 'a', result: { code: 'A1', label: 'Libellé A1' } }, res('fin', 'A1', 'Libellé A1')), node('a', 'Encore A ?', res('x', 'A1', 'Libellé A1'), res('y', 'A2', 'Libellé A2'))],
		};

		expect(kinds(t)).toEqual(['ambiguous', 'duplicate-id', 'unknown-start', 'unreachable', 'cycle']);
	});
});

describe('scoreSituations', () => {
	const situations = [
		{ id: 's1', expected: 'A1' },
		{ id: 's2', expected: 'A9' },
		{ id: 's3', expected: 'A12' },
	];

	test('one point per right cadre', () => {
		expect(scoreSituations(situations, { s1: 'A1', s2: 'A12', s3: 'A12' })).toEqual({
			verdicts: [
				{ id: 's1', given: 'A1', expected: 'A1', correct: true },
				{ id: 's2', given: 'A12', expected: 'A9', correct: false },
				{ id: 's3', given: 'A12', expected: 'A12', correct: true },
			],
			score: 2,
			max: 3,
			missing: [],
		});
	});

	test('missing and empty answers are listed and score nothing; unknown ids are ignored', () => {
		const result = scoreSituations(situations, { s1: '', s3: 'A12', autre: 'A1' });

		expect(result.missing).toEqual(['s1', 's2']);
		expect(result.score).toBe(1);
		expect(result.verdicts[0]?.given).toBeNull();
	});

	test('no situation: nothing to score', () => {
		expect(scoreSituations([], {})).toEqual({ verdicts: [], score: 0, max: 0, missing: [] });
	});
});

describe('lesson links and labels', () => {
	test('the key of a target with and without a section', () => {
		expect(lessonLinkKey({ lesson: '09-travaux', section: 'cadres' })).toBe('09-travaux#cadres');
		expect(lessonLinkKey({ lesson: '09-travaux' })).toBe('09-travaux');
	});

	test('the targets named by the results, once each', () => {
		const t: GuideTree = {
			start: 'a',
			nodes: [node('a', 'Question A ?', res('x', 'A4', 'Libellé A4', { seeLesson: { lesson: '09-travaux' } }), res('y', 'A10', 'Libellé A10', { seeLesson: { lesson: '09-travaux' } }), res('z', 'A1', 'Libellé A1'))],
		};

		expect(lessonTargets(t)).toEqual([{ lesson: '09-travaux' }]);
		expect(lessonTargets(tree)).toEqual([{ lesson: '09-travaux', section: 'cadres' }]);
	});

	test('« code — label »', () => {
		expect(cadreText({ code: 'A1', label: 'Dépôt par un fournisseur d’une facture' })).toBe('A1 — Dépôt par un fournisseur d’une facture');
	});
});

describe('with the schema', () => {
	test('the test tree plus situations is valid data, and the functions accept the parsed output', () => {
		const parsed = CadreChooserSchema.parse({
			...tree,
			situations: [
				{ id: 's1', text: 'Vous livrez des fournitures à une mairie.', expected: 'A1', why: 'Facture simple du titulaire.' },
				{ id: 's2', text: 'Vous êtes sous-traitant payé directement.', expected: 'A9', why: 'Le titulaire valide.' },
				{ id: 's3', text: 'Vous êtes cotraitant d’un groupement.', expected: 'A12', why: 'Le mandataire valide.' },
				{ id: 's4', text: 'Facture réglée par carte d’achat.', expected: 'A2', why: 'Déjà payée.' },
			],
		});

		expect(validateGuide(parsed)).toEqual([]);
		expect(reachableResults(parsed)).toHaveLength(6);
	});
});
