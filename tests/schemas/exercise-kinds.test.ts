import { describe, expect, test } from 'vitest';
import { ExerciseSchema } from '../../src/schemas/exercise';
import { StructureScenarioSchema } from '../../src/schemas/structure-scenario';
import { scenario } from '../support/scenario';
import { issuesOf } from './issues';

const common = { title: 'Un exercice', instructions: 'Faites ceci, puis cela.', objectives: ['compte'], minutes: 5 };

describe('ExerciseSchema, estimated time', () => {
	const password = { kind: 'password', ...common, minLength: 12, minCharacterTypes: 3, ruleFact: 'mot-de-passe-regle' };

	test('every exercise states the whole minutes a learner needs to do it once', () => {
		const { minutes: _omitted, ...untimed } = password;

		expect(issuesOf(ExerciseSchema.safeParse(untimed)).map((i) => i.path)).toEqual([['minutes']]);
	});

	test.each([0, 61, 2.5])('rejects %s minutes', (minutes) => {
		expect(issuesOf(ExerciseSchema.safeParse({ ...password, minutes })).map((i) => i.path)).toEqual([['minutes']]);
	});
});

describe('ExerciseSchema, widget kinds', () => {
	test('a password exercise needs its rule and the fact stating it', () => {
		expect(issuesOf(ExerciseSchema.safeParse({ kind: 'password', ...common, minLength: 12, minCharacterTypes: 3, ruleFact: 'mot-de-passe-regle' }))).toEqual([]);

		const bad = issuesOf(ExerciseSchema.safeParse({ kind: 'password', ...common, minLength: 12, minCharacterTypes: 5, ruleFact: 'x' }));

		expect(bad.map((i) => i.path.join('.'))).toEqual(['minCharacterTypes']);
	});

	test('an identifiers exercise lists at least 3 numbers of a known kind, without their verdict', () => {
		const item = (id: string, type: string) => ({ id, type, value: '52817463400014', context: 'Sur le Kbis.' });
		const ok = { kind: 'identifiers', ...common, items: [item('a', 'siret'), item('b', 'siren'), item('c', 'rib')], freeCheck: ['siret'] };

		expect(issuesOf(ExerciseSchema.safeParse(ok))).toEqual([]);
		expect(issuesOf(ExerciseSchema.safeParse({ ...ok, items: [item('a', 'tva'), item('b', 'siren'), item('c', 'rib')] }))[0]?.path).toEqual(['items', 0, 'type']);
		expect(issuesOf(ExerciseSchema.safeParse({ ...ok, items: [item('a', 'siret')] }))[0]?.path).toEqual(['items']);
	});

	test('a structure exercise wraps a valid scenario', () => {
		expect(issuesOf(ExerciseSchema.safeParse({ kind: 'structure', ...common, scenario }))).toEqual([]);
	});
});

describe('StructureScenarioSchema', () => {
	const clone = () => structuredClone(scenario);

	test('a request naming an unknown person or service is refused, with its path', () => {
		const s = clone();
		s.requests[0]!.person = 'fantome';
		s.requests[0]!.services = ['service-absent'];

		expect(issuesOf(StructureScenarioSchema.safeParse(s))).toEqual([
			{ path: ['requests', 0, 'person'], message: 'personne « fantome » inconnue' },
			{ path: ['requests', 0, 'services'], message: 'service « service-absent » inconnu' },
		]);
	});

	test('a profile both required and forbidden is refused', () => {
		const s = clone();
		s.users[0]!.forbidden.push('fe-modif');

		expect(issuesOf(StructureScenarioSchema.safeParse(s))).toEqual([{ path: ['users', 0], message: 'profil « fe-modif » à la fois requis et interdit' }]);
	});

	test('a service attached to an unknown structure is refused', () => {
		const s = clone();
		s.services[0]!.structure = 'ailleurs';

		expect(issuesOf(StructureScenarioSchema.safeParse(s))[0]).toEqual({ path: ['services', 0, 'structure'], message: 'structure « ailleurs » inconnue' });
	});

	test('a decision needs exactly one right option', () => {
		const s = clone();
		s.decision!.options.forEach((o) => (o.correct = true));

		expect(issuesOf(StructureScenarioSchema.safeParse(s))[0]).toEqual({ path: ['decision', 'options'], message: 'exactement une option juste attendue' });
	});

	test('a SIRET must be 14 digits', () => {
		const s = clone();
		s.structures[0]!.siret = '4816392500001';

		expect(issuesOf(StructureScenarioSchema.safeParse(s))[0]?.path).toEqual(['structures', 0, 'siret']);
	});

	test('two people with the same id are refused', () => {
		const s = clone();
		s.people[1]!.id = s.people[0]!.id;

		expect(issuesOf(StructureScenarioSchema.safeParse(s)).map((i) => i.message)).toContain('deux entrées ont le même id');
	});
});
