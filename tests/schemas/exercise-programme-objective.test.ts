import { describe, expect, test } from 'vitest';
import { ExerciseSchema } from '../../src/schemas/exercise';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { MasteryRuleSchema, ObjectiveSchema } from '../../src/schemas/objective';
import { ProgrammeBulletSchema } from '../../src/schemas/programme';
import { issuesOf } from './issues';

describe('ExerciseSchema', () => {
	const exercise = {
		kind: 'practice',
		title: 'Entraînement au dépôt',
		instructions: 'Répondez aux questions suivantes.',
		objectives: ['depot'],
		minutes: 3,
		questions: ['q-siret', 'q-code-service'],
	};

	test('accepts a practice exercise', () => {
		const result = ExerciseSchema.safeParse(exercise);

		expect(issuesOf(result)).toEqual([]);
	});

	test('rejects an unknown kind on path kind', () => {
		const issues = issuesOf(ExerciseSchema.safeParse({ ...exercise, kind: 'drag-drop' }));

		expect(issues.map((i) => i.path)).toEqual([['kind']]);
	});

	test('rejects an exercise without questions', () => {
		const issues = issuesOf(ExerciseSchema.safeParse({ ...exercise, questions: [] }));

		expect(issues.map((i) => i.path)).toEqual([['questions']]);
	});

	test('rejects an unknown objective', () => {
		const issues = issuesOf(ExerciseSchema.safeParse({ ...exercise, objectives: ['paiement'] }));

		expect(issues.map((i) => i.path)).toEqual([['objectives', 0]]);
	});
});

describe('ProgrammeBulletSchema', () => {
	const bullet = {
		id: 's1-vocabulaire',
		sequence: 1,
		lessonNumber: 1,
		lesson: '01-vocabulaire-generalites',
		text: 'Vocabulaire et principales notions',
	};

	test('accepts a bullet', () => {
		const result = ProgrammeBulletSchema.safeParse(bullet);

		expect(issuesOf(result)).toEqual([]);
	});

	test.each([0, 16])('rejects lesson number %s', (lessonNumber) => {
		const issues = issuesOf(ProgrammeBulletSchema.safeParse({ ...bullet, lessonNumber }));

		expect(issues.map((i) => i.path)).toEqual([['lessonNumber']]);
	});

	test('rejects a lesson id with capitals, with the French message', () => {
		const issues = issuesOf(ProgrammeBulletSchema.safeParse({ ...bullet, lesson: '01-Vocabulaire' }));

		expect(issues).toEqual([{ path: ['lesson'], message: 'identifiant attendu en minuscules-avec-tirets' }]);
	});

	test('rejects sequence 3', () => {
		const issues = issuesOf(ProgrammeBulletSchema.safeParse({ ...bullet, sequence: 3 }));

		expect(issues.map((i) => i.path)).toEqual([['sequence']]);
	});
});

describe('ObjectiveSchema', () => {
	const objective = {
		id: 'cadre',
		label: 'Cadre et vocabulaire',
		statement: 'expliquer le cadre de la facturation électronique',
		order: 1,
	};

	test('accepts an objective', () => {
		const result = ObjectiveSchema.safeParse(objective);

		expect(issuesOf(result)).toEqual([]);
	});

	test('rejects an id that is not one of the ten objectives', () => {
		const issues = issuesOf(ObjectiveSchema.safeParse({ ...objective, id: 'paiement' }));

		expect(issues.map((i) => i.path)).toEqual([['id']]);
	});

	test.each([0, -1, 1.5])('rejects order %s', (order) => {
		const issues = issuesOf(ObjectiveSchema.safeParse({ ...objective, order }));

		expect(issues.map((i) => i.path)).toEqual([['order']]);
	});
});

describe('MasteryRuleSchema', () => {
	const rule = { id: 'regle-de-maitrise', threshold: 0.8, minItems: 3 };

	test('accepts the rule of course.md §2', () => {
		const result = MasteryRuleSchema.safeParse(rule);

		expect(issuesOf(result)).toEqual([]);
	});

	test('accepts a threshold of exactly 1', () => {
		const result = MasteryRuleSchema.safeParse({ ...rule, threshold: 1 });

		expect(result.success).toBe(true);
	});

	test.each([0, 1.01, 80])('rejects threshold %s', (threshold) => {
		const issues = issuesOf(MasteryRuleSchema.safeParse({ ...rule, threshold }));

		expect(issues.map((i) => i.path)).toEqual([['threshold']]);
	});

	test('rejects minItems 0', () => {
		const issues = issuesOf(MasteryRuleSchema.safeParse({ ...rule, minItems: 0 }));

		expect(issues.map((i) => i.path)).toEqual([['minItems']]);
	});

	test('rejects another id', () => {
		const issues = issuesOf(MasteryRuleSchema.safeParse({ ...rule, id: 'autre-regle' }));

		expect(issues.map((i) => i.path)).toEqual([['id']]);
	});
});

describe('GlossaryTermSchema', () => {
	test('defaults aliases, seeAlso and facts to empty lists', () => {
		const term = { id: 'ej', term: 'Engagement juridique', definition: 'Acte par lequel une entité publique s’engage.' };

		const result = GlossaryTermSchema.parse(term);

		expect(result).toMatchObject({ aliases: [], seeAlso: [], facts: [] });
	});

	test('rejects a seeAlso id with capitals', () => {
		const term = {
			id: 'ej',
			term: 'Engagement juridique',
			definition: 'Acte par lequel une entité publique s’engage.',
			seeAlso: ['Service'],
		};

		const issues = issuesOf(GlossaryTermSchema.safeParse(term));

		expect(issues).toEqual([{ path: ['seeAlso', 0], message: 'identifiant attendu en minuscules-avec-tirets' }]);
	});
});
