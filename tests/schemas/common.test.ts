import { describe, expect, test } from 'vitest';
import { IdSchema, OBJECTIVE_IDS, ObjectiveIdSchema } from '../../src/schemas/common';
import { issuesOf } from './issues';

describe('IdSchema', () => {
	test.each(['cadre', 'q-01', '07-deposer-facture', 'a1-b2-c3'])('accepts the kebab-case id %s', (id) => {
		const result = IdSchema.safeParse(id);

		expect(result.success).toBe(true);
	});

	test.each(['', 'Cadre', 'q_01', '-debut', 'fin-', 'double--tiret', 'avec espace', 'é-accent'])(
		'rejects "%s" with the French message',
		(id) => {
			const issues = issuesOf(IdSchema.safeParse(id));

			expect(issues).toEqual([{ path: [], message: 'identifiant attendu en minuscules-avec-tirets' }]);
		}
	);
});

describe('ObjectiveIdSchema', () => {
	test('lists the ten objectives of course.md §2', () => {
		const ids = [...OBJECTIVE_IDS];

		expect(ids).toEqual([
			'cadre',
			'compte',
			'banque',
			'depot',
			'suivi',
			'retours',
			'sous-co',
			'travaux',
			'support',
			'reforme',
		]);
	});

	test('rejects an id that is kebab-case but not an objective', () => {
		const result = ObjectiveIdSchema.safeParse('facturation');

		expect(result.success).toBe(false);
	});
});
