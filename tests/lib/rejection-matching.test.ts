import { describe, expect, test } from 'vitest';
import {
	answerFor,
	countIncomplete,
	countMissing,
	initialOrder,
	rejectionSolution,
	reshuffle,
	scoreCase,
	scoreRejections,
	STATUS_LABEL,
	type RejectionCase,
	type RejectionMatchingData,
} from '../../src/lib/rejection-matching';
import { RejectionMatchingSchema } from '../../src/schemas/sequence-2-widgets';

const kinds = [
	{ status: 'a-recycler', reason: 'Code service inconnu chez nous.', cause: 'destinataire', action: 'recycler' },
	{ status: 'suspendue', reason: 'Il manque le bon de livraison signé.', cause: 'pieces', action: 'completer' },
	{ status: 'rejetee', reason: 'Le montant ne correspond pas au devis.', cause: 'donnees', action: 'nouvelle' },
] as const;

// The schema asks for ten cases at least: the three typical ones, repeated with other invoices.
const data: RejectionMatchingData = RejectionMatchingSchema.parse({
	cases: Array.from({ length: 10 }, (_, i) => {
		const k = kinds[i % 3]!;
		return { id: `f${i + 1}`, invoice: `Facture F-2026-1${i}0, 1 250,00 € TTC`, why: 'Parce que le fait 4.2 le dit.', ...k };
	}),
	causes: [
		{ id: 'destinataire', text: 'Erreur sur le destinataire (SIRET, code service, n° d’EJ)' },
		{ id: 'pieces', text: 'Pièces justificatives manquantes' },
		{ id: 'donnees', text: 'Données de facturation erronées' },
	],
	actions: [
		{ id: 'recycler', text: 'Corriger le destinataire et renvoyer, même numéro' },
		{ id: 'completer', text: 'Compléter (pièces jointes, commentaire)' },
		{ id: 'nouvelle', text: 'Acquitter, traiter le rejet, émettre une nouvelle facture' },
	],
});
const recycler = data.cases[0] as RejectionCase;

describe('rejection matching', () => {
	test('the solution scores 2 per case: 20 out of 20', () => {
		const result = scoreRejections(data, rejectionSolution(data));

		expect(result.score).toBe(20);
		expect(result.max).toBe(20);
		expect(result.cases.every((r) => r.causeOk && r.actionOk && r.score === 2 && r.max === 2)).toBe(true);
	});

	test('the right cause with the wrong action is half right, judged separately', () => {
		expect(scoreCase(recycler, { cause: 'destinataire', action: 'nouvelle' })).toEqual({ caseId: 'f1', causeOk: true, actionOk: false, score: 1, max: 2 });
		expect(scoreCase(recycler, { cause: 'donnees', action: 'recycler' })).toEqual({ caseId: 'f1', causeOk: false, actionOk: true, score: 1, max: 2 });
	});

	test('one half-right case among right ones costs one point', () => {
		const answers = rejectionSolution(data);
		answers['f2'] = { cause: 'pieces', action: 'nouvelle' };

		const result = scoreRejections(data, answers);

		expect(result.score).toBe(19);
		expect(result.cases.find((r) => r.caseId === 'f2')).toMatchObject({ causeOk: true, actionOk: false, score: 1 });
	});

	test('bad ids: unknown cause or action ids are wrong, answers for unknown cases are ignored', () => {
		const answers = { ...rejectionSolution(data), f1: { cause: 'inventee', action: 'aussi' }, inconnu: { cause: 'pieces', action: 'completer' } };

		const result = scoreRejections(data, answers);

		expect(result.cases.find((r) => r.caseId === 'f1')).toMatchObject({ causeOk: false, actionOk: false, score: 0 });
		expect(result.cases.some((r) => r.caseId === 'inconnu')).toBe(false);
		expect(result).toMatchObject({ score: 18, max: 20 });
		expect(scoreCase(recycler, undefined).score).toBe(0);
	});

	test('missing answers are counted per select, over the exercise’s cases only', () => {
		expect(countMissing(data.cases, {})).toBe(20);
		expect(countMissing(data.cases, { f1: { cause: 'destinataire', action: '' }, inconnu: { cause: 'pieces', action: 'completer' } })).toBe(19);
		expect(countMissing(data.cases, rejectionSolution(data))).toBe(0);
		expect(answerFor({}, 'f1')).toEqual({ cause: '', action: '' });
	});

	test('incomplete invoices are counted once, whether one or both selects are empty', () => {
		const answers = { ...rejectionSolution(data), f1: { cause: 'destinataire', action: '' }, f2: { cause: '', action: '' }, inconnu: { cause: '', action: '' } };

		expect(countIncomplete(data.cases, answers)).toBe(2);
		expect(countMissing(data.cases, answers)).toBe(3);
		expect(countIncomplete(data.cases, rejectionSolution(data))).toBe(0);
	});

	test('the first order is the same for the same seed, holds every case, and is not the data’s order', () => {
		const order = initialOrder(data.cases, 'retours-types');

		expect(initialOrder(data.cases, 'retours-types')).toEqual(order);
		expect([...order].sort()).toEqual(data.cases.map((c) => c.id).sort());
		expect(order).not.toEqual(data.cases.map((c) => c.id));
	});

	test('« Réessayer » gives another order of the same cases', () => {
		const order = initialOrder(data.cases, 'x');

		const next = reshuffle(order, () => 0);

		expect(next).not.toEqual(order);
		expect([...next].sort()).toEqual([...order].sort());
		expect(reshuffle(['seul'])).toEqual(['seul']);
	});

	test('statuses are named in words', () => {
		expect(STATUS_LABEL).toEqual({ 'a-recycler': 'À recycler', suspendue: 'Suspendue', rejetee: 'Rejetée' });
	});
});
