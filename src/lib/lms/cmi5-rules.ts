import { apresRun, summariseRun, type EvaluationRule } from '../evaluation-runs';
import type { EvaluationRun } from '../evaluation-model';
import type { ProgressState } from '../progress-model';
import { percentOf } from './lesson-status';

/**
 * What the course tells a cmi5 LMS, and when (issue 15). Pure: the session
 * (src/lib/lms/cmi5-session.ts) sends what `planStatements` says and records it in the state
 * document, so that a later launch of the same registration knows what was already said.
 *
 * The cmi5 rules (cmi5 spec §9.3, « Quartz »), per registration:
 * - « completed » at most once. This course's last step is the final evaluation: « completed » is
 *   sent when the learner completes a final run for the first time, as « incomplete » ends in the
 *   SCORM package (README, status rule).
 * - « passed » at most once; a « failed » never after a « passed ». The course also sends
 *   « failed » at most once (the issue: each once). So a learner who fails, then fails again,
 *   then passes, reports failed once, then passed; later runs after a « passed » are kept in the
 *   state document, and every result statement carries, in its extension, the run it reports and
 *   the final runs before it.
 * - Only in launchMode « Normal »: « Browse » and « Review » send none of them.
 * - The verdict: the LMS's masteryScore when LMS.LaunchData gives one (it overrides the AU's own
 *   rule: a « passed » must carry a scaled score ≥ masteryScore, a « failed » one below it), else
 *   the course's pass mark, as « Mon parcours » applies it.
 */

/** The AU's publisher id (scripts/package/manifests.mjs CMI5_AU_ID). */
export const CMI5_AU_ID = 'urn:uuid:40c15383-a76c-47dd-a5ae-28b648ba200e';

/** The result extension of « passed » / « failed »: the run reported and the runs before it. */
export const RESULT_EXTENSION = `${CMI5_AU_ID}#evaluation-finale`;

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What the course reads of LMS.LaunchData. */
export interface Cmi5Launch {
	launchMode: LaunchMode;
	/** 0–1; absent when the LMS gives none. */
	masteryScore?: number;
	moveOn: MoveOn;
	returnURL?: string;
}

/** What was sent in this registration, as the state document keeps it. */
export interface Cmi5Sent {
	/** When « completed » was sent. */
	completed?: string;
	/** When « passed » was sent, and the id of the run it reported. */
	passed?: { at: string; run: string };
	failed?: { at: string; run: string };
}

export type Cmi5Verb = 'completed' | 'passed' | 'failed';

/** A cmi5 score: scaled is what masteryScore is compared with. */
export interface Cmi5Score {
	scaled: number;
	raw: number;
	min: 0;
	max: 100;
}

/** The extension's value: enough for an LMS report to read each run without the state document. */
export interface RunReport {
	run: number;
	completedAt: string;
	score: number;
	/** By the verdict above (the LMS's masteryScore when it gives one). */
	passed: boolean;
	objectives: Record<string, { right: number; total: number; validated: boolean }>;
}

export interface Cmi5Plan {
	/** In the order to send them. */
	verbs: Cmi5Verb[];
	/** The run the result verbs report (the latest completed final run). */
	run?: EvaluationRun;
	score?: Cmi5Score;
	/** For the result statement's extension: the run reported, then the earlier final runs, latest first. */
	reports?: RunReport[];
}

/** The score and verdict of a completed final run. */
export function runVerdict(run: EvaluationRun, rule: EvaluationRule, masteryScore?: number): { score: Cmi5Score; passed: boolean; report: RunReport } {
	const summary = summariseRun(run, rule);
	const raw = percentOf(summary.ratio);
	// raw / 100 is exact for whole percentages as JSON numbers go (0.8, 0.79): the comparison the LMS makes.
	const scaled = raw / 100;
	const passed = masteryScore === undefined ? summary.passed : scaled >= masteryScore;
	const objectives = Object.fromEntries(Object.entries(summary.objectives).map(([id, o]) => [id, { right: o.right, total: o.total, validated: o.validated }]));
	return {
		score: { scaled, raw, min: 0, max: 100 },
		passed,
		report: { run: run.number, completedAt: run.completedAt ?? '', score: raw, passed, objectives },
	};
}

/** The statements the state calls for that were not sent yet in this registration. */
export function planStatements(state: ProgressState, rule: EvaluationRule, launch: Cmi5Launch, sent: Cmi5Sent): Cmi5Plan {
	if (launch.launchMode !== 'Normal') return { verbs: [] };
	const runs = state.runs ?? [];
	const apres = apresRun(runs);
	if (!apres) return { verbs: [] };
	const verbs: Cmi5Verb[] = [];
	if (!sent.completed) verbs.push('completed');
	const { score, passed } = runVerdict(apres, rule, launch.masteryScore);
	const reported = sent.passed?.run === apres.id || sent.failed?.run === apres.id;
	if (!reported && !sent.passed) {
		if (passed) verbs.push('passed');
		else if (!sent.failed) verbs.push('failed');
	}
	const finals = runs
		.filter((r) => r.kind === 'finale' && r.completedAt && r.id !== apres.id)
		.sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
	const reports = [apres, ...finals].map((r) => runVerdict(r, rule, launch.masteryScore).report);
	return { verbs, run: apres, score, reports };
}

/** Records what was just sent. */
export function markSent(sent: Cmi5Sent, verb: Cmi5Verb, at: string, run?: EvaluationRun): Cmi5Sent {
	if (verb === 'completed') return { ...sent, completed: at };
	return { ...sent, [verb]: { at, run: run?.id ?? '' } };
}

/** Whether what was sent meets the AU's moveOn (cmi5 §13.1.4): what the LMS waits for. */
export function moveOnMet(moveOn: MoveOn, sent: Cmi5Sent): boolean {
	const completed = Boolean(sent.completed);
	const passed = Boolean(sent.passed);
	switch (moveOn) {
		case 'Passed':
			return passed;
		case 'Completed':
			return completed;
		case 'CompletedAndPassed':
			return completed && passed;
		case 'CompletedOrPassed':
			return completed || passed;
		case 'NotApplicable':
			return true;
	}
}

const NBSP = '\u00a0';

/** What the platform waits for, in French, for the wrapper's header. */
export function moveOnLabel(moveOn: MoveOn): string {
	switch (moveOn) {
		case 'Passed':
			return 'la réussite de l’évaluation finale';
		case 'Completed':
			return 'une évaluation finale terminée';
		case 'CompletedAndPassed':
			return 'une évaluation finale terminée et réussie';
		case 'CompletedOrPassed':
			return 'une évaluation finale terminée ou réussie';
		case 'NotApplicable':
			return `rien${NBSP}: le module est validé d’office`;
	}
}

/** « 80 % », with the narrow no-break space French puts before « % ». */
export function percentLabel(ratio: number): string {
	return `${percentOf(ratio)}\u00a0%`;
}

/** The LaunchData fields the course uses, checked: a value the course cannot read is told, not guessed. */
export function readLaunch(data: unknown): Cmi5Launch | { error: string } {
	const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	const modes: LaunchMode[] = ['Normal', 'Browse', 'Review'];
	const moveOns: MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];
	if (!modes.includes(d.launchMode as LaunchMode)) return { error: `launchMode «\u00a0${String(d.launchMode)}\u00a0» inconnu` };
	if (!moveOns.includes(d.moveOn as MoveOn)) return { error: `moveOn «\u00a0${String(d.moveOn)}\u00a0» inconnu` };
	const mastery = d.masteryScore;
	if (mastery !== undefined && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1))) return { error: `masteryScore «\u00a0${String(mastery)}\u00a0» hors de 0–1` };
	const returnURL = typeof d.returnURL === 'string' && d.returnURL.trim() !== '' ? d.returnURL : undefined;
	return {
		launchMode: d.launchMode as LaunchMode,
		moveOn: d.moveOn as MoveOn,
		...(mastery !== undefined ? { masteryScore: mastery as number } : {}),
		...(returnURL ? { returnURL } : {}),
	};
}

/** The state document's id (xAPI State API), one per learner, AU and registration. */
export const STATE_ID = 'chorus-pro-micro-cours:progression';
const STATE_FORMAT = 'chorus-pro-micro-cours/cmi5-etat';

/** The state document: the whole progress (no 4,096-character limit here) and what was sent. */
export interface StateDocument {
	format: typeof STATE_FORMAT;
	version: 1;
	progress: ProgressState;
	sent: Cmi5Sent;
}

export function stateDocument(progress: ProgressState, sent: Cmi5Sent): StateDocument {
	return { format: STATE_FORMAT, version: 1, progress, sent };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSentResult = (v: unknown) => v === undefined || (isObject(v) && typeof v.at === 'string' && typeof v.run === 'string');

/**
 * The state document as read from the LRS: null on a first launch (no document), else the
 * progress (as JSON, for the store to check and migrate like any stored progress) and what was
 * sent; or why it cannot be read.
 */
export function readStateDocument(data: unknown, courseId: string): { progress: string; sent: Cmi5Sent } | { error: string } | null {
	if (data === null || data === undefined || data === '') return null;
	let doc = data;
	if (typeof doc === 'string') {
		try {
			doc = JSON.parse(doc);
		} catch {
			return { error: 'Les données de reprise gardées par la plateforme ne sont pas du JSON.' };
		}
	}
	if (!isObject(doc) || doc.format !== STATE_FORMAT) return { error: 'Les données de reprise gardées par la plateforme ne sont pas celles de ce cours.' };
	if (doc.version !== 1) return { error: `Les données de reprise gardées par la plateforme sont d’une version (${String(doc.version)}) que ce cours ne sait pas lire.` };
	const sent = doc.sent;
	if (!isObject(sent) || (sent.completed !== undefined && typeof sent.completed !== 'string') || !isSentResult(sent.passed) || !isSentResult(sent.failed)) {
		return { error: 'Les données de reprise gardées par la plateforme sont incomplètes (résultats déjà transmis).' };
	}
	if (!isObject(doc.progress) || doc.progress.courseId !== courseId) return { error: 'Les données de reprise gardées par la plateforme ne contiennent pas de progression de ce cours.' };
	return { progress: JSON.stringify(doc.progress), sent: sent as Cmi5Sent };
}
