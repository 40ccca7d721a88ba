import { Scorm12API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../../src/lib/evaluation-model';
import { newRun } from '../../../src/lib/evaluation-runs';
import { findScormApi, type ApiWindow } from '../../../src/lib/lms/find-scorm-api';
import { lmsStatus, objectiveStatuses } from '../../../src/lib/lms/lesson-status';
import { scormBackend } from '../../../src/lib/lms/scorm12-backend';
import { createScormSession, type Scorm12Api } from '../../../src/lib/lms/scorm12-session';
import { decodeSuspendData, encodeSuspendData, type SuspendDictionary } from '../../../src/lib/lms/suspend-data';
import type { ProgressState } from '../../../src/lib/progress-model';
import { courseDictionary, kept, lessons, objectives, rule, type Cmi } from './course-content';
import { $progress, connectBackend, updateProgress } from '../../../src/stores/progress';
import { $notices } from '../../../src/stores/session';
import { alice, bruno, chloe, COURSE, day, facts, pool as drawable } from '../../fixtures/organiser/group';

/**
 * The SCORM 1.2 session and its ProgressBackend against a real SCORM 1.2 runtime, scorm-again's
 * Scorm12API, run without a server (no lmsCommitUrl: commits succeed in memory). An LMS relaunch
 * is a new Scorm12API loaded (loadFromJSON) with what the previous one held at its last
 * successful commit, `cmi.core.entry` « resume » after an exit « suspend », as RTE 3.4.2 says.
 */

// ——— The course as the package sees it ———

const dict: SuspendDictionary = courseDictionary(false);
const MASTERY = String(Math.round(rule.passMark * 100));

// ——— Learners ———

/** Adds a final run to `state`, right on the objectives `right` names, completed on day `d`. */
function withFinal(state: ProgressState, d: number, right: (objective: string) => boolean): ProgressState {
	const runs = state.runs ?? [];
	const plan = { kind: 'finale' as const, objectives: facts.objectives, perObjective: facts.perObjective.finale, learnerSeed: state.learnerSeed as string, bank: 'v1', pool: drawable };
	const run: EvaluationRun = newRun(plan, runs, day(d));
	const results = Object.fromEntries(run.questions.map((q) => [q.id, { score: right(q.objective) ? 1 : 0, max: 1 }]));
	return { ...state, runs: [...runs, { ...run, completedAt: day(d, 10).toISOString(), results }] };
}

/** Alice (a pass: 27/30, « depot » not validated) who then fails a later final (5 objectives right of 10). */
const aliceThenFails = () => withFinal(alice(), 6, (o) => objectives.indexOf(o) < 5);
/** A place to resume at. */
const placed = (state: ProgressState): ProgressState => ({ ...state, lastPlace: { lesson: lessons[1] as string, section: 'deposer-une-facture', at: day(5, 11).toISOString() } });

// ——— The runtime ———

/** A learner's launch in the LMS: a Scorm12API seeded with `previous` (what the LMS kept). */
function launch(previous: Cmi = {}): Scorm12API {
	const api = new Scorm12API({ logLevel: 5, lmsCommitUrl: false, autocommit: false });
	const core = previous.core ?? {};
	api.loadFromJSON({
		...previous,
		core: { student_id: 'u-42', student_name: 'Martin, Alice', credit: 'credit', lesson_mode: 'normal', lesson_status: 'not attempted', entry: 'ab-initio', ...core },
		student_data: { mastery_score: MASTERY },
	});
	return api;
}


/** A copy of the runtime's CMI (scorm-again's export shares objects it later changes). */
const cmiOf = (api: Scorm12API) => structuredClone((api.renderCommitCMI(true) as { cmi: Cmi }).cmi);

/**
 * The runtime as the course sees it: every call logged; LMSCommit or LMSSetValue made to fail on
 * demand with an error code, as an LMS that lost its connection does; `persisted` is what the LMS
 * holds after its last successful commit (the rest is lost with a failed commit).
 */
function runtime(api: Scorm12API) {
	const log: string[] = [];
	/** The last value the course set for each element. */
	const values: Record<string, string> = {};
	const faults = { commit: false, set: null as RegExp | null, code: '101', text: 'General exception' };
	let stubError: string | null = null;
	let persisted = cmiOf(api);
	const own = <T>(name: string, value: T, error: string | null = null): T => {
		log.push(name);
		stubError = error;
		return value;
	};
	const wrapped: Scorm12Api = {
		LMSInitialize: (p) => own(`LMSInitialize`, api.LMSInitialize(p)),
		LMSFinish: (p) => own('LMSFinish', api.LMSFinish(p)),
		LMSGetValue: (e) => own(`LMSGetValue ${e}`, api.LMSGetValue(e)),
		LMSSetValue(e, v) {
			values[e] = v;
			if (faults.set?.test(e)) return own(`LMSSetValue ${e}`, 'false', faults.code);
			return own(`LMSSetValue ${e}`, api.LMSSetValue(e, v));
		},
		LMSCommit(p) {
			if (faults.commit) return own('LMSCommit', 'false', faults.code);
			const result = own('LMSCommit', api.LMSCommit(p));
			if (result === 'true') persisted = cmiOf(api);
			return result;
		},
		LMSGetLastError: () => stubError ?? api.LMSGetLastError(),
		LMSGetErrorString: (c) => (stubError && c === stubError ? faults.text : api.LMSGetErrorString(c)),
		LMSGetDiagnostic: (c) => api.LMSGetDiagnostic(c),
	};
	return { api: wrapped, log, values, faults, persisted: () => persisted, calls: (name: string) => log.filter((l) => l === name).length };
}

/** One launch: runtime, session and backend, over what the LMS kept. */
function start(previous?: Cmi) {
	const scorm = launch(previous);
	const rt = runtime(scorm);
	const session = createScormSession(rt.api, { dict, rule });
	const backend = scormBackend(session, dict, COURSE, { now: () => day(9) });
	const messages: string[] = [];
	backend.onMessage((m) => messages.push(m));
	return { scorm, rt, session, backend, messages, get: (e: string) => scorm.LMSGetValue(e) };
}

/** The objectives as the LMS holds them, in index order. */
function lmsObjectives(get: (e: string) => string) {
	const count = Number(get('cmi.objectives._count'));
	return Array.from({ length: count }, (_, n) => ({
		id: get(`cmi.objectives.${n}.id`),
		status: get(`cmi.objectives.${n}.status`),
		raw: get(`cmi.objectives.${n}.score.raw`),
		max: get(`cmi.objectives.${n}.score.max`),
	}));
}

const FAILURE = /^La plateforme de formation n’a pas enregistré vos réponses \(erreur 101\u00a0: General exception\)\. Vous pouvez continuer\u00a0: le prochain enregistrement réussi reprendra tout\.$/;

// ——— Tests ———

describe('a first launch', () => {
	test('LMSInitialize once, nothing to resume, status « incomplete » and nothing else written before the learner does something', () => {
		const s = start();
		expect(s.backend.load()).toBeNull();
		expect(s.backend.load()).toBeNull(); // the store reads again before each write
		expect(s.rt.calls('LMSInitialize')).toBe(1);
		expect(s.session.phase).toBe('open');
		expect(s.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(s.get('cmi.suspend_data')).toBe('');
		expect(s.get('cmi.core.score.raw')).toBe('');
		expect(s.messages).toEqual([]);
		expect(s.backend.mode).toBe('lms');
	});

	test('a learner with no completed final run: « incomplete », no score, every objective « not attempted »', () => {
		for (const state of [bruno(), chloe(), placed(bruno())]) {
			const s = start();
			s.backend.load();
			expect(s.backend.save(JSON.stringify(state))).toBe(true);
			expect(s.get('cmi.core.lesson_status')).toBe('incomplete');
			expect(s.get('cmi.core.score.raw')).toBe('');
			expect(lmsObjectives(s.get).map((o) => [o.id, o.status])).toEqual(objectives.map((o) => [o, 'not attempted']));
			expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(state, dict));
		}
	});
});

describe('results', () => {
	test('a learner who passes the final: « passed », score.raw ≥ masteryscore, objectives as « Mon parcours » shows them', () => {
		const s = start();
		s.backend.load();
		const state = placed(alice());
		expect(s.backend.save(JSON.stringify(state))).toBe(true);
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		expect([s.get('cmi.core.score.raw'), s.get('cmi.core.score.min'), s.get('cmi.core.score.max')]).toEqual(['90', '0', '100']);
		expect(Number(s.get('cmi.core.score.raw'))).toBeGreaterThanOrEqual(Number(s.get('cmi.student_data.mastery_score')));
		const expected = objectiveStatuses(objectives, state.runs ?? [], rule);
		expect(lmsObjectives(s.get)).toEqual(expected.map((o) => ({ id: o.id, status: o.status, raw: String(o.score?.raw), max: String(o.score?.max) })));
		expect(lmsObjectives(s.get).find((o) => o.id === 'depot')).toMatchObject({ status: 'failed', raw: '0', max: '3' });
		expect(lmsObjectives(s.get).filter((o) => o.status === 'passed')).toHaveLength(objectives.length - 1);
		expect(s.get('cmi.core.lesson_location')).toBe(`${lessons[1]}#deposer-une-facture`);
		// The finish: session time, exit « suspend »; scorm-again's own masteryscore check agrees.
		expect(s.session.finish(754_500)).toEqual({ ok: true });
		const cmi = cmiOf(s.scorm);
		expect(cmi.core).toMatchObject({ lesson_status: 'passed', exit: 'suspend' });
		expect(s.rt.values['cmi.core.session_time']).toBe('0000:12:34.50');
		expect(s.rt.values['cmi.core.exit']).toBe('suspend');
	});

	test('a learner who fails: « failed », score below masteryscore', () => {
		const s = start();
		s.backend.load();
		const state = withFinal(bruno(), 4, (o) => o === 'cadre' || o === 'compte');
		s.backend.save(JSON.stringify(state));
		expect(s.get('cmi.core.lesson_status')).toBe('failed');
		expect(s.get('cmi.core.score.raw')).toBe('20');
		expect(lmsObjectives(s.get).filter((o) => o.status === 'passed').map((o) => o.id)).toEqual(['cadre', 'compte']);
		s.session.finish(1000);
		expect(cmiOf(s.scorm).core).toMatchObject({ lesson_status: 'failed' });
	});

	test('passed, then a later final below the pass mark: « failed » — the latest completed run counts', () => {
		const s = start();
		s.backend.load();
		s.backend.save(JSON.stringify(alice()));
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		const later = aliceThenFails();
		expect(lmsStatus(later.runs ?? [], rule).status).toBe('failed');
		s.backend.save(JSON.stringify(later));
		expect(s.get('cmi.core.lesson_status')).toBe('failed');
		expect(s.get('cmi.core.score.raw')).toBe('50');
		expect(lmsObjectives(s.get).map((o) => o.status)).toEqual(objectives.map((_, i) => (i < 5 ? 'passed' : 'failed')));
	});

	test('a state without any completed final never takes a recorded pass back to « incomplete »', () => {
		const s = start();
		s.backend.load();
		s.backend.save(JSON.stringify(alice()));
		const before = lmsObjectives(s.get);
		// A stale copy that lost its runs (or a progress restarted from empty).
		expect(s.backend.save(JSON.stringify(placed(bruno())))).toBe(true);
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		expect(s.get('cmi.core.score.raw')).toBe('90');
		expect(lmsObjectives(s.get)).toEqual(before);
		// The rest of the state is still written.
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(placed(bruno()), dict));
	});
});

describe('resume: a second launch restores the progress', () => {
	test('suspend_data round trip through the LMS: the same objective results, status, place; objective indexes kept', () => {
		const first = start();
		first.backend.load();
		const state = placed(aliceThenFails());
		first.backend.save(JSON.stringify(alice()));
		first.backend.save(JSON.stringify(state));
		first.session.finish(60_000);

		const second = start(kept(first.rt.persisted()));
		const loaded = second.backend.load();
		expect(second.get('cmi.core.entry')).toBe('resume');
		expect(second.messages).toEqual([]);
		const back = JSON.parse(loaded as string) as ProgressState;
		const decoded = decodeSuspendData(encodeSuspendData(state, dict), COURSE, dict);
		expect(back).toEqual('state' in decoded ? decoded.state : null);
		expect(objectiveStatuses(objectives, back.runs ?? [], rule)).toEqual(objectiveStatuses(objectives, state.runs ?? [], rule));
		expect(lmsStatus(back.runs ?? [], rule)).toEqual(lmsStatus(state.runs ?? [], rule));
		expect(back.lastPlace).toEqual(state.lastPlace);
		expect(second.get('cmi.core.lesson_location')).toBe(`${lessons[1]}#deposer-une-facture`);
		// Nothing written at load: the LMS still holds the first session's result.
		expect(second.get('cmi.core.lesson_status')).toBe('failed');
		// The next report keeps each objective at its index: no duplicate.
		second.backend.save(JSON.stringify(withFinal(back, 8, () => true)));
		expect(second.get('cmi.objectives._count')).toBe(String(objectives.length));
		expect(lmsObjectives(second.get).map((o) => o.id)).toEqual(objectives);
		expect(second.get('cmi.core.lesson_status')).toBe('passed');
	});

	test('objectives the LMS already holds (in another order, or another SCO’s) keep their index; new ones go after', () => {
		const s = start({ objectives: { 0: { id: 'banque', status: 'failed' }, 1: { id: 'autre-sco', status: 'passed' } } });
		s.backend.load();
		s.backend.save(JSON.stringify(alice()));
		const held = lmsObjectives(s.get);
		expect(held[0]).toMatchObject({ id: 'banque', status: 'passed' });
		expect(held[1]).toEqual({ id: 'autre-sco', status: 'passed', raw: '', max: '100' });
		expect(held.slice(2).map((o) => o.id)).toEqual(objectives.filter((o) => o !== 'banque'));
	});
});

describe('failures: told in French, never thrown, and the next successful report carries everything', () => {
	test('a commit that fails', () => {
		const s = start();
		s.backend.load();
		s.backend.save(JSON.stringify(bruno()));
		const before = s.rt.persisted();
		s.rt.faults.commit = true;
		expect(() => s.backend.save(JSON.stringify(alice()))).not.toThrow();
		expect(s.backend.save(JSON.stringify(alice()))).toBe(false);
		expect(s.backend.lastMessage()).toMatch(FAILURE);
		expect(s.messages.at(-1)).toMatch(FAILURE);
		// The LMS kept nothing of it.
		expect(s.rt.persisted()).toEqual(before);
		// A later answer, and the connection is back: the whole state goes, not a difference.
		s.rt.faults.commit = false;
		const later = placed(aliceThenFails());
		expect(s.backend.save(JSON.stringify(later))).toBe(true);
		const relaunch = start(kept(s.rt.persisted()));
		const back = JSON.parse(relaunch.backend.load() as string) as ProgressState;
		expect(objectiveStatuses(objectives, back.runs ?? [], rule)).toEqual(objectiveStatuses(objectives, later.runs ?? [], rule));
		expect(relaunch.get('cmi.core.lesson_status')).toBe('failed');
		expect(lmsObjectives(relaunch.get)).toHaveLength(objectives.length);
	});

	test('LMSSetValue refused (suspend_data, then lesson_status): message, the other values still written, then recovery', () => {
		const s = start();
		s.backend.load();
		s.rt.faults.set = /^cmi\.suspend_data$/;
		const session = s.session;
		const result = session.report(alice());
		expect(result).toMatchObject({ ok: false, call: 'LMSSetValue(cmi.suspend_data)', code: '101' });
		expect(result.ok ? '' : result.message).toMatch(FAILURE);
		expect(s.get('cmi.suspend_data')).toBe('');
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		s.rt.faults.set = /lesson_status/;
		expect(session.report(alice()).ok).toBe(false);
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(alice(), dict));
		s.rt.faults.set = null;
		expect(session.report(placed(alice()))).toEqual({ ok: true });
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(placed(alice()), dict));
	});

	test('a runtime that throws is caught', () => {
		const api: Scorm12Api = {
			LMSInitialize: () => 'true',
			LMSFinish: () => 'true',
			LMSGetValue: () => '',
			LMSSetValue: () => {
				throw new Error('boom');
			},
			LMSCommit: () => 'true',
			LMSGetLastError: () => '0',
			LMSGetErrorString: () => '',
			LMSGetDiagnostic: () => '',
		};
		const session = createScormSession(api, { dict, rule });
		expect(() => session.initialise()).not.toThrow();
		const result = session.report(alice());
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toMatch(/^La plateforme de formation n’a pas enregistré vos réponses \(erreur\s\?\u00a0: boom\)/);
	});

	test('LMSInitialize refused: a French message at load, an empty progress, every report refused without calling the LMS', () => {
		const s = start();
		const init = s.rt.api.LMSInitialize;
		s.rt.api.LMSInitialize = () => {
			s.rt.log.push('LMSInitialize');
			return 'false';
		};
		expect(s.backend.load()).toBeNull();
		expect(s.backend.lastMessage()).toMatch(/n’a pas ouvert la session de suivi\u00a0: .*relancez-le depuis la plateforme\./);
		expect(s.backend.save(JSON.stringify(alice()))).toBe(false);
		expect(s.rt.log).toEqual(['LMSInitialize']);
		s.rt.api.LMSInitialize = init;
	});

	test('an over-long suspend_data is refused and said; the results are still reported', () => {
		const s = start();
		s.backend.load();
		s.backend.save(JSON.stringify(bruno()));
		const huge = { ...alice(), learnerName: 'é'.repeat(2000) };
		expect(encodeSuspendData(huge, dict).length).toBeGreaterThan(4096);
		const result = s.session.report(huge);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toMatch(/dépasse la taille que la plateforme de formation peut garder \(\d+ caractères pour 4096 au plus\)\u00a0: elle ne lui est pas envoyée/);
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(bruno(), dict));
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
	});
});

describe('a suspend_data that does not decode', () => {
	const previous = (): Cmi => ({
		suspend_data: 'S1|chorus-pro-micro-cours|abîmé',
		core: { lesson_status: 'passed', entry: 'resume', score: { raw: '90', min: '0', max: '100' }, lesson_location: lessons[2] },
		objectives: { 0: { id: 'cadre', status: 'passed', score: { raw: '3', min: '0', max: '3' } } },
	});

	test('the learner is told, starts from an empty progress, the LMS value is kept (and a copy set aside) until a change', () => {
		const s = start(previous());
		const loaded = JSON.parse(s.backend.load() as string) as ProgressState;
		expect(loaded).toEqual({ version: 2, courseId: COURSE, attempts: {}, lessons: {} });
		expect(s.messages).toHaveLength(1);
		expect(s.messages[0]).toMatch(/^Les données de reprise de la plateforme sont incomplètes ou altérées/);
		expect(s.messages[0]).toMatch(/Vous repartez d’une progression vide\. La plateforme garde l’ancienne valeur tant que votre progression ne change pas\u00a0; .* «\u00a0Mon parcours\u00a0»\.$/);
		expect(s.backend.listAside('chorus-pro-micro-cours:progression:')).toEqual([{ key: `chorus-pro-micro-cours:progression:quarantine:${day(9).toISOString()}`, raw: 'S1|chorus-pro-micro-cours|abîmé' }]);
		// Loading again and finishing write nothing over it.
		s.backend.load();
		s.session.finish(5_000);
		expect(s.rt.persisted()).toMatchObject({ suspend_data: 'S1|chorus-pro-micro-cours|abîmé', core: { lesson_status: 'passed', exit: 'suspend' } });
		expect(s.rt.log.filter((l) => l.startsWith('LMSSetValue'))).toEqual(['LMSSetValue cmi.core.session_time', 'LMSSetValue cmi.core.exit']);
	});

	test('the first change replaces it; the recorded pass stays until a final run is completed again', () => {
		const s = start(previous());
		s.backend.load();
		const fresh = placed({ version: 2, courseId: COURSE, attempts: {}, lessons: {} });
		expect(s.backend.save(JSON.stringify(fresh))).toBe(true);
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData(fresh, dict));
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		expect(lmsObjectives(s.get)[0]).toEqual({ id: 'cadre', status: 'passed', raw: '3', max: '3' });
		const failedNow = withFinal({ ...fresh, learnerSeed: 'f00df00df00df00d' }, 7, () => false);
		s.backend.save(JSON.stringify(failedNow));
		expect(s.get('cmi.core.lesson_status')).toBe('failed');
		expect(lmsObjectives(s.get)[0]).toMatchObject({ id: 'cadre', status: 'failed', raw: '0' });
	});
});

describe('one session: LMSInitialize once, LMSFinish once, nothing after', () => {
	test('load many times, finish twice, then reports: nothing reaches the LMS after LMSFinish', () => {
		const s = start();
		for (let i = 0; i < 4; i++) s.backend.load();
		s.backend.save(JSON.stringify(alice()));
		expect(s.session.finish(1_000)).toEqual({ ok: true });
		expect(s.session.finish(2_000)).toEqual({ ok: true });
		const calls = s.rt.log.length;
		expect(s.backend.save(JSON.stringify(aliceThenFails()))).toBe(false);
		expect(s.backend.lastMessage()).toMatch(/^La session avec la plateforme de formation est terminée\u00a0: /);
		expect(s.session.initialise().ok).toBe(false);
		expect(s.rt.log.length).toBe(calls);
		expect(s.rt.calls('LMSInitialize')).toBe(1);
		expect(s.rt.calls('LMSFinish')).toBe(1);
		expect(s.rt.log.at(-1)).toBe('LMSFinish');
		expect(s.session.phase).toBe('finished');
	});

	test('the backend never touches localStorage and hears no other tab', () => {
		const s = start();
		s.backend.load();
		expect(s.backend.keepAside('k:remplacee:1', 'x')).toBe(false);
		expect(s.backend.listAside('k:')).toEqual([{ key: 'k:remplacee:1', raw: 'x' }]);
		s.backend.removeAside('k:remplacee:1');
		expect(s.backend.listAside('k:')).toEqual([]);
		let heard = false;
		s.backend.subscribe(() => (heard = true))();
		s.backend.clear();
		expect(heard).toBe(false);
		expect(typeof globalThis.localStorage === 'undefined' || globalThis.localStorage.length === 0).toBe(true);
	});
});

describe('finding the API', () => {
	const api = launch() as unknown as Scorm12Api;
	/** A chain of windows from a top (with `api` at `apiAt` levels above the page). */
	function chain(levels: number, apiAt: number | null, opener?: ApiWindow): ApiWindow {
		const top: { parent?: ApiWindow; API?: unknown } = {};
		top.parent = top;
		let win: ApiWindow = top;
		for (let level = levels; level > 0; level--) win = { parent: win, ...(level - 1 === apiAt ? { API: api } : {}) };
		if (apiAt === levels) (top as { API?: unknown }).API = api;
		return opener ? { ...win, opener } : win;
	}

	test('in a parent frame up to 7 levels, or from the opener', () => {
		expect(findScormApi(chain(3, 2))).toBe(api);
		expect(findScormApi(chain(7, 7))).toBe(api);
		expect(findScormApi(chain(9, 9))).toBeNull();
		expect(findScormApi(chain(2, null, chain(2, 1)))).toBe(api);
		expect(findScormApi(chain(2, null))).toBeNull();
		expect(findScormApi(undefined)).toBeNull();
	});

	test('a frame of another origin is skipped, not thrown on; an object that is not the API is not taken', () => {
		const above: ApiWindow = { API: api };
		const crossOrigin = Object.defineProperties({}, { API: { get: () => { throw new DOMException('Blocked', 'SecurityError'); } }, parent: { value: above } }) as ApiWindow;
		expect(findScormApi({ parent: crossOrigin })).toBe(api);
		expect(findScormApi({ parent: { API: { LMSInitialize: () => 'true' } } })).toBeNull();
		const hostile = Object.defineProperty({}, 'opener', { get: () => { throw new Error('denied'); } }) as ApiWindow;
		expect(findScormApi(hostile)).toBeNull();
	});
});

describe('with the progress store (connectBackend)', () => {
	test('unreadable resume data: the store loads the empty progress and writes nothing; the first change replaces it', () => {
		const s = start({ suspend_data: 'S1|abîmé', core: { lesson_status: 'incomplete', entry: 'resume' } });
		connectBackend(s.backend, day(9));
		expect($progress.get()).toEqual({ version: 2, courseId: COURSE, attempts: {}, lessons: {} });
		expect(s.rt.log.filter((l) => l.startsWith('LMSSetValue'))).toEqual([]);
		expect(s.get('cmi.suspend_data')).toBe('S1|abîmé');
		expect(s.backend.lastMessage()).toMatch(/Vous repartez d’une progression vide/);
		updateProgress((p) => {
			p.learnerName = 'Alice Martin-Lefèvre';
		});
		expect(s.get('cmi.suspend_data')).toBe(encodeSuspendData($progress.get(), dict));
		expect(s.rt.calls('LMSInitialize')).toBe(1);
	});

	test('a first launch, then every change committed; a failed commit raises the store’s notice and the next change carries everything', () => {
		const s = start();
		connectBackend(s.backend, day(9));
		updateProgress((p) => Object.assign(p, alice()));
		expect(s.get('cmi.core.lesson_status')).toBe('passed');
		s.rt.faults.commit = true;
		$notices.set([]);
		updateProgress((p) => Object.assign(p, aliceThenFails()));
		expect(s.backend.lastMessage()).toMatch(FAILURE);
		expect($notices.get().map((n) => n.id)).toEqual(['memoire']);
		s.rt.faults.commit = false;
		updateProgress((p) => Object.assign(p, placed(aliceThenFails())));
		expect(s.rt.persisted()).toMatchObject({ suspend_data: encodeSuspendData($progress.get(), dict), core: { lesson_status: 'failed', score: { raw: '50' } } });
		expect(s.rt.calls('LMSInitialize')).toBe(1);
	});
});
