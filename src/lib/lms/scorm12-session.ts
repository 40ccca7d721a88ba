import type { EvaluationRule } from '../evaluation-runs';
import type { ProgressState } from '../progress-model';
import { lmsStatus, objectiveStatuses } from './lesson-status';
import { failureMessage, FINISHED, NBSP, NOT_STARTED } from './messages';
import { scormTime } from './session-time';
import { encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendDictionary } from './suspend-data';

/**
 * One SCORM 1.2 session over the LMS's API object (issue 15, « Runtime bridge »): initialised
 * once, reported to on every change of the progress, finished once. Pure: it never touches the
 * DOM or storage, never throws, and says every failure in French for the learner.
 *
 * What a report writes — always the WHOLE state, never a difference, so that the next successful
 * report after a failure carries everything:
 * - `cmi.suspend_data`: encodeSuspendData (refused, and said, if it ever went over 4,096 characters);
 * - `cmi.core.lesson_location`: the last place, `lesson` or `lesson#section`;
 * - `cmi.core.score.raw/min/max` then `cmi.core.lesson_status` by `lmsStatus` (README rule: the
 *   latest completed final run decides), the score only when there is one;
 * - `cmi.objectives.n.id/status/score.*` by `objectiveStatuses`, n stable per objective id;
 * - then LMSCommit.
 *
 * A result once recorded is never taken back to « incomplete »: `lmsStatus` says incomplete only
 * when the state holds no completed final run, and a final run, once completed, is never dropped
 * from the progress (keptRuns keeps the latest). So a state saying « incomplete » while the LMS
 * holds « passed » or « failed » (from this session or an earlier one) is a state that lost its
 * runs — a suspend_data that did not decode, a stale copy — and the recorded status, score and
 * objectives are left as they are until a final run is completed again. « passed » followed by
 * « failed » IS written: the latest completed final run counts, even when an earlier one passed.
 *
 * `cmi.core.exit` is always « suspend ». In SCORM 1.2 (RTE 3.4.2, cmi.core.exit / cmi.core.entry)
 * « suspend » makes the LMS launch the course next time with `cmi.core.entry` « resume » and the
 * same suspend_data; « » (normal exit), « logout » and « time-out » make the next entry « » and
 * leave it to the LMS whether the data is kept — several LMSs then open a new, empty attempt.
 * This course is made to be come back to after a pass or a failure (lessons to re-read, the final
 * evaluation can be retaken and the latest run counts), and the issue forbids losing progress
 * silently, so the learner's attempt is always suspended. Completion and success are not told
 * by `exit` in SCORM 1.2 but by `cmi.core.lesson_status`, which says passed / failed whatever the
 * exit; the price is that some LMSs also list a suspended attempt as « en cours ».
 */

/** The SCORM 1.2 API object an LMS exposes as `window.API` (RTE 3.3). Every value is a string. */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** What a session call gives back: done, or a French message for the learner. */
export type ScormResult =
	| { ok: true }
	| {
			ok: false;
			/** For the learner, in French. */
			message: string;
			/** The first failing call and the LMS's error code, for a diagnostic. */
			call?: string;
			code?: string;
	  };

export interface ScormSessionOptions {
	/** The course's lists (objectives in the order `cmi.objectives` keeps them). */
	dict: SuspendDictionary;
	/** The final evaluation's rule (content/mastery.json « regle-evaluation »). */
	rule: EvaluationRule;
}

/** What the LMS held when the session opened. */
export interface ScormResume {
	/** `cmi.suspend_data`, « » on a first launch. */
	suspendData: string;
	/** `cmi.core.lesson_location`, « » when none. */
	location: string;
	/** `cmi.core.entry`: « ab-initio », « resume » or « ». */
	entry: string;
	/** `cmi.core.lesson_status` as recorded before this session. */
	status: string;
}

export type SessionPhase = 'new' | 'open' | 'unavailable' | 'finished';

export interface ScormSession {
	readonly phase: SessionPhase;
	/**
	 * LMSInitialize, once; then reads what the LMS kept. Called again, gives the same answer
	 * without calling the LMS. A failed LMSInitialize is not retried: data read late could no
	 * longer be merged with what the learner did meanwhile (the learner is told to relaunch).
	 */
	initialise(): ScormResult & { resume?: ScormResume };
	/** Writes the whole state and commits (see above). */
	report(state: ProgressState): ScormResult;
	/** Session time, exit « suspend », LMSCommit and LMSFinish, once; nothing is sent after. */
	finish(sessionMs: number): ScormResult;
}


const RESULTS = new Set(['passed', 'failed']);
/** CMIString255: lesson_location's limit. */
const LOCATION_LIMIT = 255;

export function createScormSession(api: Scorm12Api, options: ScormSessionOptions): ScormSession {
	const { dict, rule } = options;
	let phase: SessionPhase = 'new';
	let opened: (ScormResult & { resume?: ScormResume }) | null = null;
	/** The result the LMS holds: read at launch, then what this session last wrote successfully. */
	let recorded = '';
	/** cmi.objectives index of each objective id, as found at launch or written since. */
	const objectiveIndex = new Map<string, number>();
	let objectiveCount = 0;
	let objectivesSupported = true;

	/** The LMS's last error, or null when there is none. */
	function lastError(): { code: string; text: string } | null {
		let code: string;
		try {
			code = String(api.LMSGetLastError() ?? '0').trim();
		} catch {
			return { code: '?', text: 'LMSGetLastError a échoué' };
		}
		if (code === '' || code === '0') return null;
		let text = '';
		try {
			text = String(api.LMSGetErrorString(code) ?? '');
		} catch {
			// The code alone still says what happened.
		}
		return { code, text };
	}

	type Outcome = { ok: true; value: string } | { ok: false; call: string; code: string; text: string };

	/** Calls the API, catching a throwing runtime and reading LMSGetLastError after. */
	function call(name: string, run: () => string, isBoolean: boolean): Outcome {
		let value: string;
		try {
			value = String(run() ?? '');
		} catch (e) {
			return { ok: false, call: name, code: '?', text: e instanceof Error ? e.message : String(e) };
		}
		const error = lastError();
		if (error) return { ok: false, call: name, ...error };
		if (isBoolean && value !== 'true') return { ok: false, call: name, code: '?', text: `${name} a répondu «${NBSP}${value}${NBSP}»` };
		return { ok: true, value };
	}

	const get = (element: string) => call(`LMSGetValue(${element})`, () => api.LMSGetValue(element), false);
	const set = (element: string, value: string) => call(`LMSSetValue(${element})`, () => api.LMSSetValue(element, value), true);

	const failure = (o: Extract<Outcome, { ok: false }>): ScormResult => ({ ok: false, message: failureMessage(o.code, o.text), call: o.call, code: o.code });

	function initialise(): ScormResult & { resume?: ScormResume } {
		if (phase === 'finished') return { ok: false, message: FINISHED };
		if (opened) return opened;
		const init = call('LMSInitialize', () => api.LMSInitialize(''), true);
		if (!init.ok) {
			phase = 'unavailable';
			opened = { ok: false, message: NOT_STARTED, call: init.call, code: init.code };
			return opened;
		}
		phase = 'open';
		const problems: Extract<Outcome, { ok: false }>[] = [];
		const read = (element: string) => {
			const o = get(element);
			if (o.ok) return o.value;
			problems.push(o);
			return '';
		};
		const resume: ScormResume = {
			suspendData: read('cmi.suspend_data'),
			location: read('cmi.core.lesson_location'),
			entry: read('cmi.core.entry'),
			status: read('cmi.core.lesson_status'),
		};
		recorded = resume.status;
		const count = get('cmi.objectives._count');
		if (count.ok) {
			objectiveCount = Number.parseInt(count.value, 10) || 0;
			for (let n = 0; n < objectiveCount; n++) {
				const id = get(`cmi.objectives.${n}.id`);
				// An unreadable id keeps its index taken: it is never reused for another objective.
				if (id.ok && id.value && !objectiveIndex.has(id.value)) objectiveIndex.set(id.value, n);
			}
		} else {
			// « 401 Not implemented »: the LMS keeps no objectives; the rest is still reported.
			objectivesSupported = false;
		}
		// A first launch says the course was opened (SCORM 1.2 leaves « not attempted » to the LMS
		// otherwise, and some then set « completed » at LMSFinish). Committed with the next call.
		if (resume.status === 'not attempted' || resume.status === '') {
			const o = set('cmi.core.lesson_status', 'incomplete');
			if (o.ok) recorded = 'incomplete';
			else problems.push(o);
		}
		const first = problems[0];
		opened = first ? { ...failure(first), resume } : { ok: true, resume };
		return opened;
	}

	function report(state: ProgressState): ScormResult {
		if (phase === 'finished') return { ok: false, message: FINISHED };
		if (phase !== 'open') return { ok: false, message: NOT_STARTED };
		const problems: ScormResult[] = [];
		const put = (element: string, value: string) => {
			const o = set(element, value);
			if (!o.ok) problems.push(failure(o));
			return o.ok;
		};

		const text = encodeSuspendData(state, dict);
		if (text.length > SUSPEND_DATA_LIMIT) {
			problems.push({
				ok: false,
				message: `Votre progression dépasse la taille que la plateforme de formation peut garder (${text.length} caractères pour ${SUSPEND_DATA_LIMIT} au plus)${NBSP}: elle ne lui est pas envoyée, pour ne pas être coupée. Vos résultats lui sont transmis, mais la reprise au prochain lancement ne sera pas complète. Exportez votre progression depuis «${NBSP}Mon parcours${NBSP}» pour la garder.`,
				call: 'cmi.suspend_data',
			});
		} else {
			put('cmi.suspend_data', text);
		}

		const place = state.lastPlace;
		if (place) {
			const full = place.section ? `${place.lesson}#${place.section}` : place.lesson;
			put('cmi.core.lesson_location', (full.length <= LOCATION_LIMIT ? full : place.lesson).slice(0, LOCATION_LIMIT));
		}

		const runs = state.runs ?? [];
		const status = lmsStatus(runs, rule);
		// A state without any completed final run never takes back a recorded result (see above).
		const keepRecorded = status.status === 'incomplete' && RESULTS.has(recorded);
		let statusWritten = false;
		if (!keepRecorded) {
			// The score before the status: an LMS that derives the status from score.raw and
			// masteryscore then reads the same answer as the one written after it.
			if (status.score) {
				put('cmi.core.score.min', String(status.score.min));
				put('cmi.core.score.max', String(status.score.max));
				put('cmi.core.score.raw', String(status.score.raw));
			}
			statusWritten = put('cmi.core.lesson_status', status.status);
			if (objectivesSupported) {
				for (const objective of objectiveStatuses(dict.objectives, runs, rule)) {
					let n = objectiveIndex.get(objective.id);
					if (n === undefined) {
						// SCORM 1.2 adds objectives at index _count only; the index is taken once the id is written.
						if (!put(`cmi.objectives.${objectiveCount}.id`, objective.id)) continue;
						n = objectiveCount;
						objectiveIndex.set(objective.id, n);
						objectiveCount += 1;
					}
					if (objective.score) {
						put(`cmi.objectives.${n}.score.min`, String(objective.score.min));
						put(`cmi.objectives.${n}.score.max`, String(objective.score.max));
						put(`cmi.objectives.${n}.score.raw`, String(objective.score.raw));
					}
					put(`cmi.objectives.${n}.status`, objective.status);
				}
			}
		}

		const commit = call('LMSCommit', () => api.LMSCommit(''), true);
		if (!commit.ok) problems.unshift(failure(commit));
		else if (statusWritten) recorded = status.status;
		return problems[0] ?? { ok: true };
	}

	function finish(sessionMs: number): ScormResult {
		if (phase === 'finished') return { ok: true };
		if (phase !== 'open') {
			phase = 'finished';
			return { ok: false, message: NOT_STARTED };
		}
		phase = 'finished';
		const problems: ScormResult[] = [];
		for (const [element, value] of [
			['cmi.core.session_time', scormTime(sessionMs)],
			['cmi.core.exit', 'suspend'],
		] as const) {
			const o = set(element, value);
			if (!o.ok) problems.push(failure(o));
		}
		const commit = call('LMSCommit', () => api.LMSCommit(''), true);
		if (!commit.ok) problems.push(failure(commit));
		const end = call('LMSFinish', () => api.LMSFinish(''), true);
		if (!end.ok) problems.push(failure(end));
		const first = problems[0];
		if (!first || first.ok) return { ok: true };
		// Nothing can be sent after LMSFinish: the message says what the platform kept.
		return { ...first, message: `La plateforme de formation n’a pas confirmé la fin de votre session (${first.code ? `erreur ${first.code}` : 'erreur'})${NBSP}: le temps passé n’est peut-être pas compté. Vos réponses déjà enregistrées lui restent acquises.` };
	}

	return {
		get phase() {
			return phase;
		},
		initialise,
		report,
		finish,
	};
}
