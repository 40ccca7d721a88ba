import { describe, expect, test } from 'vitest';
import {
	countIncompleteSupport,
	countMissingSupport,
	initialSupportOrder,
	reshuffleSupport,
	scoreSituation,
	scoreSupport,
	supportAnswerFor,
	supportSolution,
	type SupportChooserData,
	type SupportSituation,
} from '../../src/lib/support-chooser';
import { SupportChooserSchema } from '../../src/schemas/sequence-2-extra-widgets';

// Typical situations of fact sheet §7 (ClaudIA, chat, ticket in connected or disconnected mode).
const kinds = [
	{ text: 'Vous ne parvenez plus à vous connecter au portail.', channel: 'ticket', mode: 'deconnecte', why: 'Sans connexion, le ticket se crée en mode déconnecté.' },
	{ text: 'Vous voulez le statut d’une facture dont vous avez le numéro.', channel: 'claudia', mode: 'connecte', why: 'ClaudIA donne le suivi d’une facture à partir de son numéro.' },
	{ text: 'Votre gestionnaire principal est parti sans transférer son rôle.', channel: 'ticket', mode: 'connecte', why: 'Seul le support peut désigner un nouveau gestionnaire, sur ticket.' },
	{ text: 'Un message d’erreur bloque votre dépôt, vous voulez un humain.', channel: 'chat', mode: 'connecte', why: 'Le chat avec un agent répond en direct aux heures ouvrées.' },
] as const;

const data: SupportChooserData = SupportChooserSchema.parse({
	channels: [
		{ id: 'claudia', label: 'ClaudIA, l’assistante virtuelle' },
		{ id: 'chat', label: 'Chat avec un agent' },
		{ id: 'ticket', label: 'Demande d’aide (ticket)' },
	],
	modes: [
		{ id: 'connecte', label: 'Mode connecté' },
		{ id: 'deconnecte', label: 'Mode déconnecté' },
	],
	situations: Array.from({ length: 8 }, (_, i) => ({ id: `s${i + 1}`, ...kinds[i % 4]!, text: `${kinds[i % 4]!.text} (cas ${i + 1})` })),
});
const lockedOut = data.situations[0] as SupportSituation;

describe('support chooser', () => {
	test('the solution scores 2 per situation: 16 out of 16', () => {
		const result = scoreSupport(data, supportSolution(data));

		expect(result).toMatchObject({ score: 16, max: 16 });
		expect(result.situations.every((r) => r.channelOk && r.modeOk && r.score === 2 && r.max === 2)).toBe(true);
	});

	test('the right channel in the wrong mode is half right, judged separately', () => {
		expect(scoreSituation(lockedOut, { channel: 'ticket', mode: 'connecte' })).toEqual({ situationId: 's1', channelOk: true, modeOk: false, score: 1, max: 2 });
		expect(scoreSituation(lockedOut, { channel: 'claudia', mode: 'deconnecte' })).toEqual({ situationId: 's1', channelOk: false, modeOk: true, score: 1, max: 2 });
		expect(scoreSituation(lockedOut, undefined).score).toBe(0);
	});

	test('bad ids: unknown channel or mode ids are wrong, answers for unknown situations are ignored', () => {
		const answers = { ...supportSolution(data), s2: { channel: 'telephone', mode: 'pigeon' }, inconnue: { channel: 'chat', mode: 'connecte' } };

		const result = scoreSupport(data, answers);

		expect(result.situations.find((r) => r.situationId === 's2')).toMatchObject({ channelOk: false, modeOk: false, score: 0 });
		expect(result.situations.some((r) => r.situationId === 'inconnue')).toBe(false);
		expect(result).toMatchObject({ score: 14, max: 16 });
	});

	test('missing answers are counted per select and per situation, over the exercise’s situations only', () => {
		const answers = { ...supportSolution(data), s1: { channel: 'ticket', mode: '' }, s2: { channel: '', mode: '' }, inconnue: { channel: '', mode: '' } };

		expect(countMissingSupport(data.situations, {})).toBe(16);
		expect(countMissingSupport(data.situations, answers)).toBe(3);
		expect(countIncompleteSupport(data.situations, answers)).toBe(2);
		expect(countIncompleteSupport(data.situations, supportSolution(data))).toBe(0);
		expect(supportAnswerFor({}, 's1')).toEqual({ channel: '', mode: '' });
	});

	test('the first order is the same for the same seed, holds every situation, and is not the data’s order', () => {
		const order = initialSupportOrder(data.situations, 'support-canaux');

		expect(initialSupportOrder(data.situations, 'support-canaux')).toEqual(order);
		expect([...order].sort()).toEqual(data.situations.map((s) => s.id).sort());
		expect(order).not.toEqual(data.situations.map((s) => s.id));
	});

	test('« Réessayer » gives another order of the same situations', () => {
		const order = initialSupportOrder(data.situations, 'x');

		const next = reshuffleSupport(order, () => 0);

		expect(next).not.toEqual(order);
		expect([...next].sort()).toEqual([...order].sort());
		expect(reshuffleSupport(['seule'])).toEqual(['seule']);
	});
});
