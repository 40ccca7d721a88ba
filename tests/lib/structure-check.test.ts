import { describe, expect, test } from 'vitest';
import { checkStructure, emptyStructureAnswer, fieldId, structureSolution, type StructureAnswer } from '../../src/lib/structure-check';
import { scenario } from '../support/scenario';

const kinds = (a: StructureAnswer) => checkStructure(scenario, a, 'x').mistakes.map((m) => m.kind);
const solution = () => structureSolution(scenario);

describe('checkStructure', () => {
	test('the solution has no mistake and full marks (2 requests + 2 × 2 users + 1 decision)', () => {
		expect(checkStructure(scenario, solution(), 'x')).toEqual({ mistakes: [], score: 7, max: 7 });
	});

	test('an empty answer: requests untreated, missing profiles and services, nobody can deposit, no decision', () => {
		const result = checkStructure(scenario, emptyStructureAnswer(), 'x');

		expect(new Set(result.mistakes.map((m) => m.kind))).toEqual(
			new Set(['demande-non-traitee', 'droit-manquant', 'service-oublie', 'personne-ne-peut-deposer', 'decision'])
		);
		expect(result.score).toBe(0);
	});

	test('accepting an unknown person is explained with the reason', () => {
		const a = solution();
		a.requests['r-inconnu'] = 'accepter';

		const { mistakes, score } = checkStructure(scenario, a, 'x');

		expect(mistakes).toEqual([
			{ kind: 'demande-acceptee-a-tort', field: fieldId.request('x', 'r-inconnu'), message: 'Demande de J. Dupont acceptée à tort. Personne ne le connaît.' },
		]);
		expect(score).toBe(6);
	});

	test('refusing a legitimate colleague is a mistake too', () => {
		const a = solution();
		a.requests['r-paul'] = 'refuser';

		expect(kinds(a)).toEqual(['demande-refusee-a-tort']);
	});

	test('« Organisation modification » for someone who only deposits is too much', () => {
		const a = solution();
		a.profiles['claire'] = ['fe-modif', 'orga-modif'];

		const { mistakes } = checkStructure(scenario, a, 'x');

		expect(mistakes.map((m) => m.kind)).toEqual(['droit-en-trop']);
		expect(mistakes[0]?.message).toContain('«\u00a0Organisation modification\u00a0»\u00a0: c’est trop pour son travail');
		expect(mistakes[0]?.field).toBe(fieldId.profiles('x', 'claire'));
	});

	test('taking the deposit profile away from the only depositor: missing profile and nobody can deposit', () => {
		const a = solution();
		a.profiles['claire'] = [];

		expect(kinds(a)).toEqual(['droit-manquant', 'personne-ne-peut-deposer']);
	});

	test('a profile neither required nor forbidden is allowed', () => {
		const a = solution();
		a.profiles['claire'] = ['fe-modif', 'fe-consult'];

		expect(kinds(a)).toEqual([]);
	});

	test('forgetting a service the user must reach', () => {
		const a = solution();
		a.services['paul'] = ['travaux'];

		const { mistakes } = checkStructure(scenario, a, 'x');

		expect(mistakes.map((m) => m.kind)).toEqual(['service-oublie']);
		expect(mistakes[0]?.message).toContain('Comptabilité (COMPTA)');
	});

	test('a wrong decision gives the option’s reason', () => {
		const a = solution();
		a.decision = 'soi-meme';

		expect(checkStructure(scenario, a, 'x').mistakes).toEqual([
			{ kind: 'decision', field: fieldId.decision('x'), message: 'Transférer le rôle soi-même\u00a0: non. Seul le GP en place peut transférer son rôle.' },
		]);
	});

	test('at least 5 distinct kinds of mistake are explained', () => {
		const all = new Set<string>();
		const wrong = solution();
		wrong.requests['r-inconnu'] = 'accepter';
		wrong.requests['r-paul'] = 'refuser';
		wrong.profiles['claire'] = ['orga-modif'];
		wrong.services['paul'] = [];
		wrong.decision = 'soi-meme';

		kinds(wrong).forEach((k) => all.add(k));

		expect(all.size).toBeGreaterThanOrEqual(5);
	});
});
