import { describe, expect, test } from 'vitest';
import { QuestionSchema } from '../../src/schemas/question';
import { issuesOf } from './issues';

const base = {
	id: 'q-siret',
	objectives: ['depot'],
	lesson: '07-deposer-facture',
	section: 'siret',
	prompt: 'Quel identifiant saisir ?',
	explanation: 'Le SIRET identifie l’établissement destinataire.',
	basis: { facts: ['siret-obligatoire'] },
};

const single = {
	...base,
	type: 'single',
	options: [
		{ id: 'siret', text: 'Le SIRET', correct: true },
		{ id: 'siren', text: 'Le SIREN', correct: false },
	],
};

const multiple = {
	...base,
	type: 'multiple',
	options: [
		{ id: 'a', text: 'A', correct: true },
		{ id: 'b', text: 'B', correct: true },
		{ id: 'c', text: 'C', correct: false },
	],
};

const truefalse = { ...base, type: 'truefalse', answer: false };

const ordering = {
	...base,
	type: 'ordering',
	items: [
		{ id: 'creer', text: 'Créer le compte' },
		{ id: 'structure', text: 'Enregistrer la structure' },
		{ id: 'deposer', text: 'Déposer la facture' },
	],
};

const matching = {
	...base,
	type: 'matching',
	items: [
		{ id: 'ej', text: 'EJ', target: 'engagement' },
		{ id: 'moe', text: 'MOE', target: 'maitre-oeuvre' },
	],
	targets: [
		{ id: 'engagement', text: 'Engagement juridique' },
		{ id: 'maitre-oeuvre', text: 'Maître d’œuvre' },
		{ id: 'leurre', text: 'Distracteur' },
	],
};

describe('QuestionSchema', () => {
	test.each([
		['single', single],
		['multiple', multiple],
		['truefalse', truefalse],
		['ordering', ordering],
		['matching', matching],
	])('accepts a valid %s question', (_type, question) => {
		const result = QuestionSchema.safeParse(question);

		expect(issuesOf(result)).toEqual([]);
		expect(result.data?.type).toBe(question.type);
	});

	test('accepts a source link instead of facts and defaults facts to []', () => {
		const question = { ...truefalse, basis: { source: 'https://communaute.chorus-pro.gouv.fr/' } };

		const result = QuestionSchema.safeParse(question);

		expect(result.success).toBe(true);
		expect(result.data?.basis.facts).toEqual([]);
	});

	test('rejects a basis with neither facts nor source, on path basis', () => {
		const question = { ...truefalse, basis: { facts: [] } };

		const issues = issuesOf(QuestionSchema.safeParse(question));

		expect(issues).toEqual([
			{ path: ['basis'], message: 'indiquez au moins un fait (facts) ou une source (source)' },
		]);
	});

	test('rejects a basis source that is not an http(s) link', () => {
		const question = { ...truefalse, basis: { source: 'ftp://exemple.fr/fichier' } };

		const issues = issuesOf(QuestionSchema.safeParse(question));

		expect(issues).toContainEqual({ path: ['basis', 'source'], message: 'lien http(s) attendu' });
	});

	test('rejects an unknown type on path type', () => {
		const question = { ...truefalse, type: 'essay' };

		const issues = issuesOf(QuestionSchema.safeParse(question));

		expect(issues.map((i) => i.path)).toEqual([['type']]);
	});

	test('rejects an id that is not kebab-case with the French message', () => {
		const question = { ...truefalse, id: 'Question_1' };

		const issues = issuesOf(QuestionSchema.safeParse(question));

		expect(issues).toEqual([{ path: ['id'], message: 'identifiant attendu en minuscules-avec-tirets' }]);
	});

	test('rejects an objective that is not one of the ten', () => {
		const question = { ...truefalse, objectives: ['cadre', 'inconnu'] };

		const issues = issuesOf(QuestionSchema.safeParse(question));

		expect(issues.map((i) => i.path)).toEqual([['objectives', 1]]);
	});

	describe('single', () => {
		test('rejects two right options', () => {
			const question = {
				...single,
				options: single.options.map((o) => ({ ...o, correct: true })),
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{ path: ['options'], message: 'une question à choix unique doit avoir exactement une bonne réponse' },
			]);
		});

		test('rejects no right option', () => {
			const question = {
				...single,
				options: single.options.map((o) => ({ ...o, correct: false })),
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{ path: ['options'], message: 'une question à choix unique doit avoir exactement une bonne réponse' },
			]);
		});

		test('rejects two options with the same id', () => {
			const question = {
				...single,
				options: [
					{ id: 'a', text: 'A', correct: true },
					{ id: 'a', text: 'B', correct: false },
				],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([{ path: ['options'], message: 'deux options ont le même id' }]);
		});

		test('rejects a single option', () => {
			const question = { ...single, options: [single.options[0]] };

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues.map((i) => i.path)).toEqual([['options']]);
		});
	});

	describe('multiple', () => {
		test('rejects options that are all wrong', () => {
			const question = {
				...multiple,
				options: multiple.options.map((o) => ({ ...o, correct: false })),
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{
					path: ['options'],
					message: 'une question à choix multiples doit avoir au moins une bonne réponse',
				},
			]);
		});

		test('rejects options that are all right', () => {
			const question = {
				...multiple,
				options: multiple.options.map((o) => ({ ...o, correct: true })),
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{
					path: ['options'],
					message: 'toutes les options sont justes : ajoutez au moins une mauvaise réponse',
				},
			]);
		});

		test('accepts exactly one right option among three', () => {
			const question = {
				...multiple,
				options: multiple.options.map((o, i) => ({ ...o, correct: i === 0 })),
			};

			const result = QuestionSchema.safeParse(question);

			expect(result.success).toBe(true);
		});

		test('rejects fewer than three options', () => {
			const question = { ...multiple, options: multiple.options.slice(0, 2) };

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues.map((i) => i.path)).toContainEqual(['options']);
		});
	});

	describe('truefalse', () => {
		test('rejects an answer that is not a boolean', () => {
			const question = { ...truefalse, answer: 'vrai' };

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues.map((i) => i.path)).toEqual([['answer']]);
		});
	});

	describe('ordering', () => {
		test('rejects fewer than three steps', () => {
			const question = { ...ordering, items: ordering.items.slice(0, 2) };

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues.map((i) => i.path)).toEqual([['items']]);
		});

		test('rejects two steps with the same id', () => {
			const question = {
				...ordering,
				items: [...ordering.items.slice(0, 2), { id: 'creer', text: 'Autre étape' }],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([{ path: ['items'], message: 'deux étapes ont le même id' }]);
		});

		test('rejects two steps with the same text, ignoring case and spaces', () => {
			const question = {
				...ordering,
				items: [...ordering.items.slice(0, 2), { id: 'encore', text: ' créer le compte ' }],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{
					path: ['items'],
					message: 'deux étapes ont le même texte : l’ordre attendu ne serait pas unique',
				},
			]);
		});
	});

	describe('matching', () => {
		test('rejects an item whose target is not in targets, on the item’s target path', () => {
			const question = {
				...matching,
				items: [matching.items[0], { id: 'moa', text: 'MOA', target: 'maitre-ouvrage' }],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([
				{
					path: ['items', 1, 'target'],
					message: 'la cible « maitre-ouvrage » n’est pas dans la liste targets',
				},
			]);
		});

		test('rejects two items with the same id', () => {
			const question = {
				...matching,
				items: [matching.items[0], { ...matching.items[1], id: 'ej' }],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([{ path: ['items'], message: 'deux éléments ont le même id' }]);
		});

		test('rejects two targets with the same id', () => {
			const question = {
				...matching,
				targets: [...matching.targets, { id: 'leurre', text: 'Autre distracteur' }],
			};

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues).toEqual([{ path: ['targets'], message: 'deux cibles ont le même id' }]);
		});

		test('rejects a single item', () => {
			const question = { ...matching, items: [matching.items[0]] };

			const issues = issuesOf(QuestionSchema.safeParse(question));

			expect(issues.map((i) => i.path)).toEqual([['items']]);
		});
	});
});
