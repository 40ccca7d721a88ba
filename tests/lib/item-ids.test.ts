import { describe, expect, test } from 'vitest';
import { exerciseItemIds, recordedItemIds } from '../../src/lib/item-ids';
import type { Exercise } from '../../src/schemas/exercise';

// Small fixtures: only the fields the id derivation reads (the widgets' tests cover the rest).
// Cast because the schemas ask for far more (texts, objectives, minutes) than ids need.
const ex = (data: object) => data as unknown as Exercise;

describe('exerciseItemIds: the ids each kind of widget records', () => {
	test('a practice records its bank questions under their own ids, not the exercise id', () => {
		expect(exerciseItemIds('pratique-roles', ex({ kind: 'practice', questions: ['q-role-1', 'q-role-2'] }))).toEqual(['q-role-1', 'q-role-2']);
	});

	test('password and structure record one item, the exercise id', () => {
		expect(exerciseItemIds('mot-de-passe', ex({ kind: 'password' }))).toEqual(['mot-de-passe']);
		expect(exerciseItemIds('structure-gp', ex({ kind: 'structure', scenario: {} }))).toEqual(['structure-gp']);
	});

	test('identifiers record one item per number, `exercise:item`', () => {
		const exercise = ex({ kind: 'identifiers', items: [{ id: 'siret-mairie' }, { id: 'iban-faux' }], freeCheck: ['siret'] });
		expect(exerciseItemIds('verif', exercise)).toEqual(['verif:siret-mairie', 'verif:iban-faux']);
	});

	test('the invoice form records one item per scenario', () => {
		expect(exerciseItemIds('saisie', ex({ kind: 'invoice-form', cadres: [], scenarios: [{ id: 'mairie' }, { id: 'college' }] }))).toEqual(['saisie:mairie', 'saisie:college']);
	});

	test('the cadre chooser records its situations only (the guide records nothing)', () => {
		const exercise = ex({ kind: 'cadre-chooser', data: { nodes: [{ id: 'depart', options: [] }], situations: [{ id: 'sous-traitant' }, { id: 'travaux' }] } });
		expect(exerciseItemIds('cadres', exercise)).toEqual(['cadres:sous-traitant', 'cadres:travaux']);
	});

	test('the status simulator records one run per scenario', () => {
		expect(exerciseItemIds('statuts', ex({ kind: 'status-simulator', data: { scenarios: [{ id: 'rejet' }, { id: 'recyclage' }] } }))).toEqual(['statuts:rejet', 'statuts:recyclage']);
	});

	test('payment delays and the reform record their practice cases (calculator and calendar record nothing)', () => {
		expect(exerciseItemIds('delai', ex({ kind: 'payment-delay', data: { cases: [{ id: 'etat' }, { id: 'hopital' }] } }))).toEqual(['delai:etat', 'delai:hopital']);
		expect(exerciseItemIds('reforme', ex({ kind: 'reform-timeline', data: { cases: [{ id: 'boulangerie' }] } }))).toEqual(['reforme:boulangerie']);
	});

	test('works deposit and sub-contract validation record one item per case', () => {
		expect(exerciseItemIds('depot', ex({ kind: 'works-deposit', data: { scenarios: [{ id: 'etat-acompte' }, { id: 'association' }] } }))).toEqual(['depot:etat-acompte', 'depot:association']);
		expect(exerciseItemIds('valider', ex({ kind: 'subcontract-validation', data: { cases: [{ id: 'a9-dans-delai' }, { id: 'a10-hors-acte' }] } }))).toEqual(['valider:a9-dans-delai', 'valider:a10-hors-acte']);
	});

	test('the rejections record one item per case, through the widget’s own exercise function', () => {
		const data = {
			cases: [
				{ id: 'siret', cause: 'id', action: 'nouvelle' },
				{ id: 'service', cause: 'service', action: 'recycler' },
			],
			causes: [{ id: 'id' }, { id: 'service' }],
			actions: [{ id: 'nouvelle' }, { id: 'recycler' }],
		};
		expect(exerciseItemIds('retours', ex({ kind: 'rejection-matching', data }))).toEqual(['retours:siret', 'retours:service']);
	});

	test('the support chooser records one item per situation', () => {
		const data = {
			channels: [{ id: 'formulaire' }, { id: 'telephone' }],
			modes: [{ id: 'portail' }, { id: 'edi' }],
			situations: [
				{ id: 'mot-de-passe', channel: 'formulaire', mode: 'portail' },
				{ id: 'flux', channel: 'telephone', mode: 'edi' },
			],
		};
		expect(exerciseItemIds('support', ex({ kind: 'support-chooser', data }))).toEqual(['support:mot-de-passe', 'support:flux']);
	});

	test('the works circuit is one item for the whole circuit, not one per step', () => {
		const data = {
			actors: [{ id: 'titulaire' }, { id: 'moe' }],
			cadres: [{ code: 'A4' }, { code: 'A7' }],
			steps: [
				{ id: 'projet', actor: 'titulaire', cadre: 'A4' },
				{ id: 'etat', actor: 'moe', cadre: 'A7' },
			],
			deadlines: [],
		};
		expect(exerciseItemIds('circuit', ex({ kind: 'works-circuit', data }))).toEqual(['circuit']);
	});
});

describe('recordedItemIds', () => {
	test('bank questions and exercises together, sorted, each id once', () => {
		const ids = recordedItemIds(
			[{ id: 'q-b' }, { id: 'q-a' }],
			[
				{ id: 'pratique', data: ex({ kind: 'practice', questions: ['q-a'] }) },
				{ id: 'mot-de-passe', data: ex({ kind: 'password' }) },
				{ id: 'statuts', data: ex({ kind: 'status-simulator', data: { scenarios: [{ id: 'rejet' }] } }) },
			]
		);
		expect(ids).toEqual(['mot-de-passe', 'q-a', 'q-b', 'statuts:rejet']);
	});

	test('an exercise id that records per part is not itself a recorded id', () => {
		const ids = recordedItemIds([], [{ id: 'statuts', data: ex({ kind: 'status-simulator', data: { scenarios: [{ id: 'rejet' }] } }) }]);
		expect(ids).not.toContain('statuts');
	});
});
