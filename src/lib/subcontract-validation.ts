// Types only from the schema: importing its values would bring zod into the island's bundle.
import type { Decision, SubcontractCase, SubcontractValidationData } from '../schemas/subcontract-validation';

/** The line the first document of a case gets from its reception day (the schema's RECEPTION_LABEL). */
export const RECEPTION_LABEL = 'Date de réception';

/**
 * The titulaire's delay to answer a sub-contractor's payment request, in days (art. R. 2193-12
 * CCP; facts « sous-co-articles-ccp » and « sous-traitant-paiement-direct », fact sheet 11.7).
 * Used only to check that the cases' dates fit their expected decision: the learner reads the
 * rule from the facts the feedback shows.
 */
export const TITULAIRE_DELAY_DAYS = 15;

/** One case's answer; an empty string is a choice not made yet. */
export interface CaseAnswer {
	decision: string;
	reason: string;
	/** The box « vous êtes titulaire » (the mandataire's own box for an A12), ticked to validate. */
	confirmed: boolean;
	/** « Complément d’information »: free text, optional, never scored. */
	comment: string;
}

/** A case not answered yet. */
export const BLANK_ANSWER: CaseAnswer = { decision: '', reason: '', confirmed: false, comment: '' };

/** The decisions in words, as the radios and the solution say them. */
export const DECISION_LABEL: Record<Decision, string> = {
	valider: 'Valider',
	refuser: 'Refuser',
	tacite: 'Ne rien faire\u00a0: le délai de réponse est passé, la validation est tacite',
};

/** The verdict on one case: the decision, and the reason when a refusal was expected. */
export interface CaseVerdict {
	caseId: string;
	decisionOk: boolean;
	/** Judged only when the right decision is a refusal and the learner refused; null otherwise. */
	reasonOk: boolean | null;
	/** 1 when the decision (and the reason of a refusal) is right, else 0. */
	score: 0 | 1;
	max: 1;
}

/** Whether a value is one of the three decisions. */
export function isDecision(value: unknown): value is Decision {
	return typeof value === 'string' && Object.hasOwn(DECISION_LABEL, value);
}

/** An answer as the widget stores it, from anything (a stored value, a replayed input): never throws. */
export function readAnswer(raw: unknown): CaseAnswer {
	if (!raw || typeof raw !== 'object') return { ...BLANK_ANSWER };
	const { decision, reason, confirmed, comment } = raw as Record<string, unknown>;
	const text = (v: unknown) => (typeof v === 'string' ? v : '');
	return { decision: text(decision), reason: text(reason), confirmed: confirmed === true, comment: text(comment) };
}

/**
 * What is missing in a case's answer, in French, or null when it can be checked. As in the
 * portal, a validation is saved only once the box of the validator's role is ticked.
 */
export function answerProblem(raw: unknown, validator: 'titulaire' | 'mandataire' = 'titulaire'): string | null {
	const a = readAnswer(raw);
	if (!isDecision(a.decision)) return 'Choisissez une décision.';
	if (a.decision === 'refuser' && !a.reason) return 'Choisissez le motif du refus.';
	if (a.decision === 'valider' && !a.confirmed) return `Cochez «\u00a0${ROLE_BOX[validator]}\u00a0» pour enregistrer la validation.`;
	return null;
}

/**
 * The box ticked to validate: « vous êtes titulaire » is the portal's label (ecrans §5.1); the
 * mandataire's was not read, so the widget marks it as indicative.
 */
export const ROLE_BOX = { titulaire: 'vous êtes titulaire', mandataire: 'vous êtes mandataire' } as const;

/** Scores one case out of 1: the right decision and, for a refusal, the right reason. */
export function scoreCase(c: SubcontractCase, raw: unknown): CaseVerdict {
	const a = readAnswer(raw);
	const decisionOk = a.decision === c.decision;
	const reasonOk = c.decision === 'refuser' && decisionOk ? a.reason === c.reason : null;
	const ok = decisionOk && reasonOk !== false;
	return { caseId: c.id, decisionOk, reasonOk, score: ok ? 1 : 0, max: 1 };
}

/** Scores every case of the exercise, in the data's order; answers to unknown cases are ignored. */
export function scoreCases(data: SubcontractValidationData, answers: Record<string, unknown>): { cases: CaseVerdict[]; score: number; max: number } {
	const cases = data.cases.map((c) => scoreCase(c, answers[c.id]));
	return { cases, score: cases.reduce((n, v) => n + v.score, 0), max: cases.length };
}

/** The verdict in words, never by colour alone: « ✗ À revoir (décision juste, motif à revoir). ». */
export function verdictText(v: CaseVerdict): string {
	if (v.score === 1) return '✓ Juste.';
	if (v.decisionOk) return '✗ À revoir (décision juste, motif à revoir).';
	return '✗ À revoir (décision à revoir).';
}

/** The right answer of one case (« Voir la solution »): the role box ticked for a validation. */
export function solutionAnswer(c: SubcontractCase): CaseAnswer {
	return { decision: c.decision, reason: c.reason ?? '', confirmed: c.decision === 'valider', comment: '' };
}

/** The right answer of every case. */
export function solutionAnswers(data: SubcontractValidationData): Record<string, CaseAnswer> {
	return Object.fromEntries(data.cases.map((c) => [c.id, solutionAnswer(c)]));
}

/** Where a case stands, for the list of cases: so the learner sees what is left to do. */
export type CaseStatus = 'non-fait' | 'commence' | 'juste' | 'revoir' | 'solution';

/** The status in words, with a sign that does not rely on colour. */
export const STATUS_LABEL: Record<CaseStatus, string> = {
	'non-fait': 'non fait',
	commence: 'à vérifier',
	juste: '✓ juste',
	revoir: '✗ à revoir',
	solution: 'solution vue',
};

/**
 * A case's status from its lifecycle: judged once checked, « solution vue » once revealed,
 * else whether anything was answered yet (a changed answer is to check again).
 */
export function caseStatus(phase: 'answering' | 'checked' | 'revealed', verdict: CaseVerdict | null, raw: unknown): CaseStatus {
	if (phase === 'revealed') return 'solution';
	if (phase === 'checked' && verdict) return verdict.score === 1 ? 'juste' : 'revoir';
	const a = readAnswer(raw);
	return a.decision || a.reason || a.confirmed || a.comment.trim() ? 'commence' : 'non-fait';
}

/** Whole days from `from` to `to` (ISO dates, YYYY-MM-DD), counted on the calendar, not in hours. */
export function daysBetween(from: string, to: string): number {
	const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return Math.round((day(to) - day(from)) / 86_400_000);
}

/** « aujourd’hui », « hier », « il y a 12 jours ». */
export function agoText(days: number): string {
	if (days <= 0) return 'aujourd’hui';
	return days === 1 ? 'hier' : `il y a ${days}\u00a0jours`;
}

/** Where the decisive data are read: « Acte spécial n° 2 › Montant maximal HT ; … ». */
export function evidenceText(c: SubcontractCase): string {
	return c.evidence.map((e) => `${c.documents.find((d) => d.id === e.document)?.title ?? e.document} › ${e.field}`).join('\u202f; ');
}

/**
 * Problems of a case's dates against its expected decision, in French (content check): a
 * titulaire's tacit validation needs more than the delay elapsed, a titulaire's decision needs the
 * delay still running, and a mandataire never gets a tacit validation (no delay is known).
 */
export function dateProblems(data: SubcontractValidationData): string[] {
	return data.cases.flatMap((c) => {
		const days = daysBetween(c.receivedOn, data.today);
		if (c.validator === 'mandataire') return c.decision === 'tacite' ? [`${c.id}\u00a0: aucune validation tacite n’est connue pour le mandataire`] : [];
		if (c.decision === 'tacite' && days <= TITULAIRE_DELAY_DAYS) return [`${c.id}\u00a0: reçue il y a ${days}\u00a0jours, le délai du titulaire court encore`];
		if (c.decision !== 'tacite' && days > TITULAIRE_DELAY_DAYS) return [`${c.id}\u00a0: reçue il y a ${days}\u00a0jours, le délai du titulaire est passé`];
		return [];
	});
}

/** A fact behind a case's rule, as the build passes it to the widget (resolved from content/facts). */
export interface RuleFact {
	statement: string;
	confidence: 'sure' | 'likely' | 'unsure';
	/** Required by the fact schema for a likely or unsure fact: always shown with it. */
	note?: string;
	source: { url: string; label: string };
}
