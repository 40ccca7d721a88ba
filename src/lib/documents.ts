import type { SignedDocument } from './compact-code';
import type { LearnerRow } from './organiser-group';

/**
 * The organiser's documents (issue 14): the attestation de fin de formation (art. L6353-1 du
 * Code du travail: objectives, nature and duration of the action, results of the evaluation of
 * the learning outcomes) and the certificat de réalisation (the ministry's model: organiser and
 * representative, learner and employer, action title, nature, dates, duration in hours; for
 * distance learning, the activities completed and their estimated time; place and date). The
 * session and the organiser come from the organiser's settings; the learner's file gives only
 * the learner, the results and the activities. Pure: the same data is printed, signed and shown
 * by the verification page.
 */

/** What the organiser enters once, kept in their browser. */
export interface OrganiserSettings {
	organiser: {
		/** Raison sociale. */
		name: string;
		siret?: string;
		/** Numéro de déclaration d'activité. */
		nda?: string;
		/** The legal representative who signs. */
		representative: string;
	};
	session: {
		title: string;
		/** YYYY-MM-DD. */
		from: string;
		to: string;
		modality: 'presentiel' | 'distance';
		/** Where the documents are made (« Fait à »), and where a face-to-face session took place. */
		place: string;
		durationHours: number;
	};
}

/** The nature of the action, as the ministry's model names it. */
export const NATURE_ACTION = 'Action de formation';

/** The course's objectives with the statements the attestation prints (content/objectives.json). */
export interface ObjectiveStatement {
	id: string;
	statement: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is missing or wrong in the settings, in French, empty when documents can be made. The
 * documents are legal papers: no field of the model is left blank or guessed.
 */
export function settingsProblems(s: OrganiserSettings): string[] {
	const problems: string[] = [];
	if (!s.organiser.name.trim()) problems.push('Indiquez la raison sociale de l’organisme de formation.');
	if (!s.organiser.representative.trim()) problems.push('Indiquez le nom du représentant légal qui signe.');
	if (s.organiser.siret && !/^\d{14}$/.test(s.organiser.siret.replace(/\s/g, ''))) problems.push('Le SIRET de l’organisme compte 14 chiffres.');
	if (!s.session.title.trim()) problems.push('Indiquez l’intitulé de l’action.');
	if (!ISO_DAY.test(s.session.from)) problems.push('Indiquez la date de début de l’action.');
	if (!ISO_DAY.test(s.session.to)) problems.push('Indiquez la date de fin de l’action.');
	if (ISO_DAY.test(s.session.from) && ISO_DAY.test(s.session.to) && s.session.to < s.session.from) problems.push('La date de fin précède la date de début.');
	if (!s.session.place.trim()) problems.push('Indiquez le lieu («\u00a0Fait à\u00a0»).');
	if (!(s.session.durationHours > 0 && s.session.durationHours <= 100)) problems.push('Indiquez la durée de l’action en heures (entre 0,5 et 100).');
	return problems;
}

/** The final evaluation that counts (« après »): its completion day and score, if any. */
function finalEvaluation(row: LearnerRow): SignedDocument['evaluation'] {
	const run = [...row.runs].reverse().find((r) => r.role === 'apres' && r.completedAt && r.right !== null);
	if (!run || !run.completedAt || run.right === null) return undefined;
	return { date: run.completedAt.slice(0, 10), right: run.right, total: run.total };
}

/** For distance learning: the lessons the learner worked on, with the time spent and the estimate. */
function activities(row: LearnerRow): NonNullable<SignedDocument['activities']> {
	return row.lessons
		.filter((l) => l.visited || l.completed)
		.map((l) => ({ title: l.title, minutes: Math.round(l.minutesSpent ?? 0), estimatedMinutes: l.estimatedMinutes }));
}

function base(kind: SignedDocument['kind'], row: LearnerRow, s: OrganiserSettings, issuedAt: string, employer?: string): SignedDocument {
	const organiser: SignedDocument['organiser'] = { name: s.organiser.name.trim(), representative: s.organiser.representative.trim() };
	if (s.organiser.siret) organiser.siret = s.organiser.siret.replace(/\s/g, '');
	if (s.organiser.nda) organiser.nda = s.organiser.nda.trim();
	const learner: SignedDocument['learner'] = { name: row.name };
	if (employer?.trim()) learner.employer = employer.trim();
	const doc: SignedDocument = {
		kind,
		issuedAt,
		organiser,
		learner,
		action: {
			title: s.session.title.trim(),
			nature: NATURE_ACTION,
			dates: { from: s.session.from, to: s.session.to },
			durationHours: s.session.durationHours,
			modality: s.session.modality,
			place: s.session.place.trim(),
		},
		objectives: [],
	};
	return doc;
}

/**
 * The attestation de fin de formation: every objective with its result at the final evaluation
 * (« validé » with enough right answers in the « après » run; « non évalué » without one).
 */
export function attestationDocument(row: LearnerRow, s: OrganiserSettings, statements: readonly ObjectiveStatement[], issuedAt: string, employer?: string): SignedDocument {
	const doc = base('attestation', row, s, issuedAt, employer);
	const byId = new Map(statements.map((o) => [o.id, o.statement]));
	doc.objectives = row.objectives.map((o) => {
		const cell: SignedDocument['objectives'][number] = { id: o.id, statement: byId.get(o.id) ?? o.label, result: o.verdict };
		if (o.apres) cell.detail = `${o.apres.right} sur ${o.apres.total}`;
		return cell;
	});
	const evaluation = finalEvaluation(row);
	if (evaluation) doc.evaluation = evaluation;
	return doc;
}

/**
 * The certificat de réalisation: the ministry model's fields; no results (they belong to the
 * attestation). For a distance session, the model asks for the activities completed and their
 * estimated time: they are here, and only here, so that each document stays on one page.
 */
export function certificatDocument(row: LearnerRow, s: OrganiserSettings, issuedAt: string, employer?: string): SignedDocument {
	const doc = base('certificat', row, s, issuedAt, employer);
	if (s.session.modality === 'distance') doc.activities = activities(row);
	return doc;
}

/** « 7 heures », « 3,5 heures », « 1 heure ». */
export function hoursLabel(hours: number): string {
	const n = String(hours).replace('.', ',');
	return `${n}\u00a0heure${hours >= 2 ? 's' : ''}`;
}

/** « 3 décembre 2026 » from YYYY-MM-DD (no time zone shift: the day is the day written). */
export function dayLabel(day: string): string {
	const [y, m, d] = day.slice(0, 10).split('-').map(Number);
	const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
	if (!y || !m || !d || m > 12) return day;
	return `${d === 1 ? '1er' : d}\u00a0${months[m - 1]}\u00a0${y}`;
}

/** « le 3 décembre 2026 » for a one-day session, « du 1er au … » otherwise. */
export function datesLabel(from: string, to: string): string {
	return from.slice(0, 10) === to.slice(0, 10) ? `le ${dayLabel(from)}` : `du ${dayLabel(from)} au ${dayLabel(to)}`;
}

/** The French words of an objective's result. */
export const RESULT_LABEL: Record<SignedDocument['objectives'][number]['result'], string> = {
	valide: 'validé',
	'non-valide': 'non validé',
	'non-evalue': 'non évalué',
};
