import { describe, expect, test } from 'vitest';
import {
	countIncompleteSteps,
	countMissingSelects,
	initialWorksOrder,
	moveWorksStep,
	reshuffleWorks,
	scoreWorks,
	shuffleSteps,
	stepAnswerFor,
	worksSolution,
	type WorksCircuitData,
} from '../../src/lib/works-circuit';
import { WorksCircuitSchema } from '../../src/schemas/sequence-2-extra-widgets';

// The monthly circuit of fact 5.4, then the end of the contract (fact 5.7).
const data: WorksCircuitData = WorksCircuitSchema.parse({
	actors: [
		{ id: 'titulaire', label: 'Le titulaire du marché' },
		{ id: 'moe', label: 'La maîtrise d’œuvre (MOE)' },
		{ id: 'moa', label: 'La maîtrise d’ouvrage (MOA)' },
	],
	cadres: [
		{ code: 'A1', label: 'Dépôt par un fournisseur d’une facture' },
		{ code: 'A4', label: 'Projet de décompte mensuel (fournisseur)' },
		{ code: 'A15', label: 'État d’acompte (MOE)' },
		{ code: 'A17', label: 'Projet de décompte général (MOE)' },
		{ code: 'A19', label: 'État d’acompte validé (MOA)' },
	],
	steps: [
		{ id: 'projet-mensuel', document: 'Projet de décompte mensuel', actor: 'titulaire', cadre: 'A4', why: 'Le titulaire dépose son projet avant la fin du mois.' },
		{ id: 'etat-acompte', document: 'État d’acompte', actor: 'moe', cadre: 'A15', why: 'Le MOE récupère le projet et dépose son état d’acompte.' },
		{ id: 'etat-valide', document: 'État d’acompte validé', actor: 'moa', cadre: 'A19', why: 'La MOA valide et transmet au service financier.' },
		{ id: 'decompte-general', document: 'Projet de décompte général', actor: 'moe', cadre: 'A17', why: 'En fin de marché, le MOE établit le projet de décompte général.' },
	],
	deadlines: [{ text: 'Le MOE traite la demande de paiement dans ce délai.', fact: 'travaux-delai-moe' }],
});
const solved = data.steps.map((s) => s.id);

describe('works circuit scoring', () => {
	test('the solution scores 3 per step: 12 out of 12', () => {
		const { order, answers } = worksSolution(data);

		const result = scoreWorks(data, order, answers);

		expect(order).toEqual(solved);
		expect(result).toMatchObject({ score: 12, max: 12 });
		expect(result.steps.every((r) => r.positionOk && r.actorOk && r.cadreOk && r.score === 3 && r.max === 3)).toBe(true);
	});

	test('two swapped steps lose their two position points only', () => {
		const { answers } = worksSolution(data);

		const result = scoreWorks(data, ['etat-acompte', 'projet-mensuel', 'etat-valide', 'decompte-general'], answers);

		expect(result.score).toBe(10);
		expect(result.steps.map((r) => r.positionOk)).toEqual([false, false, true, true]);
		expect(result.steps[0]).toEqual({ stepId: 'projet-mensuel', positionOk: false, actorOk: true, cadreOk: true, score: 2, max: 3 });
	});

	test('actor and cadre are judged separately from the position', () => {
		const { answers } = worksSolution(data);
		// A16 is the MOE’s validated statement, A19 the MOA’s (fact 10.3): a classic confusion.
		answers['etat-valide'] = { actor: 'moe', cadre: 'A19' };
		answers['etat-acompte'] = { actor: 'moe', cadre: 'A1' };

		const result = scoreWorks(data, solved, answers);

		expect(result.score).toBe(10);
		expect(result.steps[2]).toMatchObject({ positionOk: true, actorOk: false, cadreOk: true, score: 2 });
		expect(result.steps[1]).toMatchObject({ positionOk: true, actorOk: true, cadreOk: false, score: 2 });
	});

	test('bad ids: unknown actors and cadres are wrong, answers for unknown steps ignored, a foreign id in the order shifts what follows', () => {
		const { answers } = worksSolution(data);
		const withBad = { ...answers, 'projet-mensuel': { actor: 'inconnu', cadre: 'A99' }, fantome: { actor: 'moe', cadre: 'A15' } };

		const result = scoreWorks(data, ['fantome', 'projet-mensuel', 'etat-acompte', 'etat-valide'], withBad);

		expect(result.steps.some((r) => r.stepId === 'fantome')).toBe(false);
		expect(result.steps.map((r) => r.positionOk)).toEqual([false, false, false, false]);
		expect(result.steps[0]).toMatchObject({ actorOk: false, cadreOk: false, score: 0 });
		expect(result).toMatchObject({ score: 6, max: 12 });
		expect(scoreWorks(data, [], {}).score).toBe(0);
	});

	test('missing answers are counted per select and per step, over the exercise’s steps only', () => {
		const answers = { 'projet-mensuel': { actor: 'titulaire', cadre: '' }, 'etat-acompte': { actor: '', cadre: '' }, fantome: { actor: '', cadre: '' } };

		expect(countMissingSelects(data.steps, {})).toBe(8);
		expect(countMissingSelects(data.steps, answers)).toBe(7);
		expect(countIncompleteSteps(data.steps, answers)).toBe(4);
		expect(countMissingSelects(data.steps, worksSolution(data).answers)).toBe(0);
		expect(countIncompleteSteps(data.steps, worksSolution(data).answers)).toBe(0);
		expect(stepAnswerFor({}, 'projet-mensuel')).toEqual({ actor: '', cadre: '' });
	});
});

describe('works circuit order', () => {
	test('the first order is the same for the same seed, holds every step, and is never solved', () => {
		const order = initialWorksOrder(data.steps, 'circuit-travaux');

		expect(initialWorksOrder(data.steps, 'circuit-travaux')).toEqual(order);
		expect([...order].sort()).toEqual([...solved].sort());
		expect(order).not.toEqual(solved);
	});

	test('no seed among many gives the solved order, even with three steps', () => {
		const three = data.steps.slice(0, 3);
		for (let i = 0; i < 300; i += 1) {
			expect(initialWorksOrder(three, `graine-${i}`)).not.toEqual(three.map((s) => s.id));
		}
	});

	test('a generator stuck on one permutation still gives an unsolved order, different from the current one', () => {
		// Math.random() = 0 makes Fisher–Yates always give the same shuffle: the fallback rotates.
		const stuck = shuffleSteps(solved, () => 0);
		const again = shuffleSteps(solved, () => 0, stuck);

		expect(stuck).not.toEqual(solved);
		expect(again).not.toEqual(solved);
		expect(again).not.toEqual(stuck);
		expect(shuffleSteps(['a', 'b'], () => 0.99, ['b', 'a'])).toEqual(['b', 'a']);
		expect(shuffleSteps(['seul'], Math.random)).toEqual(['seul']);
		expect(shuffleSteps([], Math.random)).toEqual([]);
	});

	test('« Réessayer » gives another unsolved order of the same steps', () => {
		const current = initialWorksOrder(data.steps, 'x');

		for (let i = 0; i < 50; i += 1) {
			const next = reshuffleWorks(data.steps, current);
			expect(next).not.toEqual(current);
			expect(next).not.toEqual(solved);
			expect([...next].sort()).toEqual([...solved].sort());
		}
	});

	test('a step moves one place up or down and gives its new 1-based position', () => {
		expect(moveWorksStep(['a', 'b', 'c'], 'c', -1)).toEqual({ order: ['a', 'c', 'b'], position: 2 });
		expect(moveWorksStep(['a', 'b', 'c'], 'a', 1)).toEqual({ order: ['b', 'a', 'c'], position: 2 });
	});

	test('a move past either end, or of an unknown step, is refused', () => {
		const order = ['a', 'b', 'c'];

		expect(moveWorksStep(order, 'a', -1)).toBeNull();
		expect(moveWorksStep(order, 'c', 1)).toBeNull();
		expect(moveWorksStep(order, 'z', 1)).toBeNull();
		expect(order).toEqual(['a', 'b', 'c']);
	});
});
