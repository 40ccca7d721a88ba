import { describe, expect, test } from 'vitest';
import { SignedDocumentSchema } from '../../src/lib/compact-code';
import { attestationDocument, certificatDocument, datesLabel, dayLabel, hoursLabel, NATURE_ACTION, settingsProblems, type OrganiserSettings } from '../../src/lib/documents';
import type { LearnerRow } from '../../src/lib/organiser-group';

const settings: OrganiserSettings = {
	organiser: { name: 'Formations Exemple SARL', siret: '123 456 789 00012', nda: '11 75 99999 75', representative: 'Claire Martin' },
	session: { title: 'Déposer et suivre ses factures sur le portail Chorus Pro', from: '2026-12-03', to: '2026-12-03', modality: 'presentiel', place: 'Lyon', durationHours: 7 },
};

const statements = [
	{ id: 'cadre', statement: 'expliquer le cadre de la facturation électronique au secteur public et le vocabulaire de Chorus Pro' },
	{ id: 'depot', statement: 'choisir le bon cadre de facturation et déposer une facture avec les bons champs' },
	{ id: 'reforme', statement: 'situer son entreprise dans la réforme de la facturation électronique inter-entreprises' },
];

function row(overrides: Partial<LearnerRow> = {}): LearnerRow {
	return {
		key: 'graine:abc',
		name: 'Marie Dupont',
		fileName: 'progression-marie-dupont.json',
		exportedAt: '2026-12-03T17:02:00.000Z',
		objectives: [
			{ id: 'cadre', label: 'Cadre et vocabulaire', avant: { right: 1, total: 2, ratio: 0.5 }, apres: { right: 3, total: 3, ratio: 1 }, verdict: 'valide', practice: { status: 'acquis', score: 1 } },
			{ id: 'depot', label: 'Dépôt des factures', avant: null, apres: { right: 1, total: 3, ratio: 1 / 3 }, verdict: 'non-valide', practice: { status: 'en-cours', score: 0.5 } },
			{ id: 'reforme', label: 'Réforme inter-entreprises', avant: null, apres: null, verdict: 'non-evalue', practice: { status: 'non-commence', score: null } },
		],
		lessons: [
			{ id: '01-vocabulaire-generalites', title: 'Chorus Pro : vocabulaire', estimatedMinutes: 20, visited: true, completed: true, completedAt: '2026-12-01T10:00:00.000Z', minutesSpent: 24.4 },
			{ id: '02-gestionnaire-utilisateurs', title: 'Gestionnaire principal', estimatedMinutes: 16, visited: false, completed: false, completedAt: null, minutesSpent: null },
		],
		lessonsVisited: 1,
		lessonsCompleted: 1,
		minutesSpent: 24.4,
		estimatedMinutes: 36,
		runs: [
			{ id: 'finale-1', kind: 'finale', number: 1, role: 'apres', startedAt: '2026-12-03T15:00:00.000Z', completedAt: '2026-12-03T15:40:00.000Z', right: 4, total: 6, passed: false },
		],
		finalPassed: false,
		...overrides,
	};
}

describe('the attestation de fin de formation', () => {
	test('prints each objective with its statement and its result at the final evaluation, and the evaluation itself', () => {
		const doc = attestationDocument(row(), settings, statements, '2026-12-04', 'Bâtisud SAS');

		expect(doc.kind).toBe('attestation');
		expect(doc.learner).toEqual({ name: 'Marie Dupont', employer: 'Bâtisud SAS' });
		expect(doc.action).toEqual({ title: settings.session.title, nature: NATURE_ACTION, dates: { from: '2026-12-03', to: '2026-12-03' }, durationHours: 7, modality: 'presentiel', place: 'Lyon' });
		expect(doc.objectives).toEqual([
			{ id: 'cadre', statement: statements[0]!.statement, result: 'valide', detail: '3 sur 3' },
			{ id: 'depot', statement: statements[1]!.statement, result: 'non-valide', detail: '1 sur 3' },
			{ id: 'reforme', statement: statements[2]!.statement, result: 'non-evalue' },
		]);
		expect(doc.evaluation).toEqual({ date: '2026-12-03', right: 4, total: 6 });
		expect(doc.organiser).toEqual({ name: 'Formations Exemple SARL', siret: '12345678900012', nda: '11 75 99999 75', representative: 'Claire Martin' });
		expect(doc.activities).toBeUndefined();
		// What is printed is what is signed: the shape the verification page accepts.
		expect(SignedDocumentSchema.safeParse(doc).success).toBe(true);
	});

	test('without a completed final evaluation, every objective is « non évalué » and there is no evaluation line', () => {
		const unfinished = row({
			objectives: row().objectives.map((o) => ({ ...o, apres: null, verdict: 'non-evalue' as const })),
			runs: [{ id: 'finale-1', kind: 'finale', number: 1, role: 'en-cours', startedAt: '2026-12-03T15:00:00.000Z', completedAt: null, right: null, total: 6, passed: null }],
		});

		const doc = attestationDocument(unfinished, settings, statements, '2026-12-04');

		expect(doc.objectives.map((o) => o.result)).toEqual(['non-evalue', 'non-evalue', 'non-evalue']);
		expect(doc.evaluation).toBeUndefined();
		expect(doc.learner).toEqual({ name: 'Marie Dupont' });
	});

	test('for a distance session, the certificat lists the activities worked on with the time spent and the estimate; the attestation does not', () => {
		const distance: OrganiserSettings = { ...settings, session: { ...settings.session, modality: 'distance' } };

		expect(certificatDocument(row(), distance, '2026-12-04').activities).toEqual([{ title: 'Chorus Pro : vocabulaire', minutes: 24, estimatedMinutes: 20 }]);
		expect(attestationDocument(row(), distance, statements, '2026-12-04').activities).toBeUndefined();
		expect(certificatDocument(row(), settings, '2026-12-04').activities).toBeUndefined();
	});
});

describe('the certificat de réalisation', () => {
	test('carries the ministry model’s fields and no results', () => {
		const doc = certificatDocument(row(), settings, '2026-12-04', 'Bâtisud SAS');

		expect(doc.kind).toBe('certificat');
		expect(doc.organiser.representative).toBe('Claire Martin');
		expect(doc.action.nature).toBe('Action de formation');
		expect(doc.action.durationHours).toBe(7);
		expect(doc.objectives).toEqual([]);
		expect(doc.evaluation).toBeUndefined();
		expect(SignedDocumentSchema.safeParse(doc).success).toBe(true);
	});
});

describe('the organiser’s settings', () => {
	test('complete settings have no problem', () => {
		expect(settingsProblems(settings)).toEqual([]);
	});

	test('every missing or wrong field is named in French', () => {
		const bad: OrganiserSettings = {
			organiser: { name: ' ', siret: '1234', representative: '' },
			session: { title: '', from: '2026-12-05', to: '2026-12-03', modality: 'presentiel', place: '', durationHours: 0 },
		};

		expect(settingsProblems(bad)).toEqual([
			'Indiquez la raison sociale de l’organisme de formation.',
			'Indiquez le nom du représentant légal qui signe.',
			'Le SIRET de l’organisme compte 14 chiffres.',
			'Indiquez l’intitulé de l’action.',
			'La date de fin précède la date de début.',
			'Indiquez le lieu («\u00a0Fait à\u00a0»).',
			'Indiquez la durée de l’action en heures (entre 0,5 et 100).',
		]);
		expect(settingsProblems({ ...settings, session: { ...settings.session, from: '', to: '3/12/2026' } })).toEqual([
			'Indiquez la date de début de l’action.',
			'Indiquez la date de fin de l’action.',
		]);
	});
});

describe('labels', () => {
	test('hours and days in French', () => {
		expect(hoursLabel(7)).toBe('7\u00a0heures');
		expect(hoursLabel(3.5)).toBe('3,5\u00a0heures');
		expect(hoursLabel(1)).toBe('1\u00a0heure');
		expect(dayLabel('2026-12-01')).toBe('1er\u00a0décembre\u00a02026');
		expect(dayLabel('2026-12-04T10:00:00.000Z')).toBe('4\u00a0décembre\u00a02026');
		expect(datesLabel('2026-12-03', '2026-12-03')).toBe('le 3\u00a0décembre\u00a02026');
		expect(datesLabel('2026-11-30', '2026-12-01')).toBe('du 30\u00a0novembre\u00a02026 au 1er\u00a0décembre\u00a02026');
		expect(dayLabel('pas une date')).toBe('pas une date');
	});
});
