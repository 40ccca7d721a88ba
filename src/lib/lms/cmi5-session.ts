import type { EvaluationRule } from '../evaluation-runs';
import type { ProgressState } from '../progress-model';
import {
	markSent,
	planStatements,
	readLaunch,
	readStateDocument,
	RESULT_EXTENSION,
	STATE_ID,
	stateDocument,
	type Cmi5Launch,
	type Cmi5Plan,
	type Cmi5Sent,
} from './cmi5-rules';
import { failureMessage, FINISHED, NBSP, NOT_STARTED } from './messages';
import { isoDuration } from './session-time';

/**
 * One cmi5 AU session (issue 15) over a cmi5 client (@xapi/cmi5 in the wrapper, a fake in unit
 * tests): opened once, written to on every change of the progress, terminated once.
 *
 * - `open()`: the client's initialize (fetch URL → auth token, LMS.LaunchData, « initialized »),
 *   then the state document (src/lib/lms/cmi5-rules.ts), which holds the whole progress and
 *   what this registration was already told.
 * - `save()`: queued; one write at a time, the latest progress only. Each write sends the
 *   statements the progress calls for (planStatements), then the state document. A failure is
 *   told in French; nothing is dropped: the next write, or the session's end, carries the
 *   latest progress and the statements still due.
 * - `close()`: the last write, then « terminated », last. `leave()` is for the wrapper's
 *   pagehide, when nothing can be awaited: the state (if a write is due) and « terminated » go
 *   as keepalive requests.
 * - In launchMode « Review » nothing is written (the platform's record stays as it was).
 */

/** The part of @xapi/cmi5's Cmi5 class the session uses. */
export interface Cmi5Client {
	initialize(): Promise<unknown>;
	getLaunchData(): unknown;
	getLaunchParameters(): { endpoint: string; actor: unknown; registration: string; activityId: string };
	getAuthToken(): string | null;
	getInitializedDate(): Date;
	complete(options?: SendOptions): Promise<unknown>;
	pass(score: unknown, options?: SendOptions): Promise<unknown>;
	fail(score: unknown, options?: SendOptions): Promise<unknown>;
	terminate(): Promise<unknown>;
	readonly xapi: {
		getState(params: StateParams): Promise<{ data: unknown }>;
		setState(params: StateParams & { state: unknown }): Promise<unknown>;
	} | null;
}

interface SendOptions {
	transform?: (statement: Statement) => Statement;
}
type Statement = Record<string, unknown> & { result?: Record<string, unknown> };
interface StateParams {
	agent: unknown;
	activityId: string;
	stateId: string;
	registration?: string;
}

export type Cmi5Phase = 'new' | 'open' | 'unavailable' | 'closing' | 'finished';

export interface Cmi5Opened {
	ok: boolean;
	/** French, for the learner: why the session did not open, or what it found wrong. */
	messages: string[];
	launch?: Cmi5Launch;
	/** The progress (JSON) the platform kept, null on a first launch or when it could not be read. */
	progress: string | null;
}

export interface Cmi5SessionOptions {
	courseId: string;
	rule: EvaluationRule;
	now?: () => Date;
	/** For `leave()`: a request that outlives the page (fetch with keepalive). */
	send?: (url: string, init: RequestInit) => void;
}

export interface Cmi5Session {
	readonly phase: Cmi5Phase;
	readonly launch: Cmi5Launch | null;
	/** What this registration was told so far (for the wrapper's « moveOn » line). */
	readonly sent: Cmi5Sent;
	open(): Promise<Cmi5Opened>;
	save(serialised: string): void;
	/** Resolves when no write is running or queued. */
	idle(): Promise<void>;
	close(): Promise<{ ok: boolean; message?: string }>;
	leave(): void;
	/** Each French message (a failed write); `ok` events when a write succeeded after one. */
	onEvent(listener: (event: { ok: true } | { ok: false; message: string }) => void): () => void;
}

const RESUME_UNREAD = `La plateforme de formation n’a pas transmis vos données de reprise${NBSP}: pour ne pas écraser votre progression, rien n’est enregistré pendant cette visite. Fermez le cours et relancez-le depuis la plateforme.`;

/** An HTTP failure (axios error, fetch response) as « 500 : Internal Server Error ». */
function describe(error: unknown): { code: string; text: string } {
	const e = error as { response?: { status?: number; statusText?: string }; message?: string } | null;
	if (e?.response?.status) return { code: String(e.response.status), text: e.response.statusText ?? '' };
	return { code: 'réseau', text: e?.message ?? String(error) };
}

const isNotFound = (error: unknown) => (error as { response?: { status?: number } } | null)?.response?.status === 404;

/** A version 4 UUID, also where crypto.randomUUID is missing (a platform served over http). */
export function uuidV4(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };

export function createCmi5Session(client: Cmi5Client, options: Cmi5SessionOptions): Cmi5Session {
	const now = options.now ?? (() => new Date());
	let phase: Cmi5Phase = 'new';
	let launch: Cmi5Launch | null = null;
	let sent: Cmi5Sent = {};
	/** Writing is allowed: open, the resume data read, not in Review. */
	let writable = false;
	let pending: string | null = null;
	/** The latest progress not yet in the state document (queued, running or failed). */
	let unsaved: string | null = null;
	let running: Promise<void> | null = null;
	let failing = false;
	const listeners = new Set<(event: { ok: true } | { ok: false; message: string }) => void>();

	function emit(event: { ok: true } | { ok: false; message: string }): void {
		for (const listener of listeners) listener(event);
	}

	function stateParams(): StateParams {
		const p = client.getLaunchParameters();
		return { agent: p.actor, activityId: p.activityId, stateId: STATE_ID, registration: p.registration };
	}

	async function open(): Promise<Cmi5Opened> {
		if (phase !== 'new') return { ok: phase === 'open', messages: [], progress: null };
		try {
			await client.initialize();
		} catch {
			phase = 'unavailable';
			return { ok: false, messages: [NOT_STARTED], progress: null };
		}
		phase = 'open';
		const messages: string[] = [];
		const read = readLaunch(client.getLaunchData());
		if ('error' in read) {
			// Unreadable launch data: nothing the course cannot be sure of is sent (as in Browse).
			messages.push(`La plateforme de formation a transmis des paramètres de lancement que ce cours ne sait pas lire (${read.error})${NBSP}: votre progression est enregistrée, mais aucun résultat ne lui est transmis.`);
			launch = { launchMode: 'Browse', moveOn: 'NotApplicable' };
		} else launch = read;

		let progress: string | null = null;
		let resumeRead = true;
		try {
			const response = await client.xapi?.getState(stateParams());
			const doc = readStateDocument(response?.data, options.courseId);
			if (doc && 'error' in doc) {
				messages.push(`${doc.error} Vous repartez d’une progression vide${NBSP}; votre prochaine action la remplacera sur la plateforme.`);
			} else if (doc) {
				progress = doc.progress;
				sent = doc.sent;
			}
		} catch (error) {
			if (!isNotFound(error)) {
				resumeRead = false;
				messages.push(RESUME_UNREAD);
			}
		}
		writable = resumeRead && launch.launchMode !== 'Review';
		return { ok: true, messages, launch, progress };
	}

	async function sendPlan(plan: Cmi5Plan): Promise<void> {
		for (const verb of plan.verbs) {
			const at = now().toISOString();
			const withReports: SendOptions = {
				transform: (statement) => ({ ...statement, result: { ...statement.result, extensions: { [RESULT_EXTENSION]: plan.reports } } }),
			};
			if (verb === 'completed') await client.complete();
			else if (verb === 'passed') await client.pass(plan.score, withReports);
			else await client.fail(plan.score, withReports);
			sent = markSent(sent, verb, at, plan.run);
		}
	}

	async function write(text: string): Promise<boolean> {
		let state: ProgressState;
		try {
			state = JSON.parse(text) as ProgressState;
		} catch {
			return false;
		}
		try {
			// Statements first: the state document then records what was really sent.
			if (launch) await sendPlan(planStatements(state, options.rule, launch, sent));
			await client.xapi?.setState({ ...stateParams(), state: stateDocument(state, sent) });
		} catch (error) {
			const { code, text: detail } = describe(error);
			failing = true;
			emit({ ok: false, message: failureMessage(code, detail) });
			return false;
		}
		if (unsaved === text) unsaved = null;
		if (failing) {
			failing = false;
			emit({ ok: true });
		}
		return true;
	}

	function kick(): void {
		if (running) return;
		running = (async () => {
			while (pending !== null) {
				const text = pending;
				pending = null;
				await write(text);
			}
		})().finally(() => {
			running = null;
			if (pending !== null) kick();
		});
	}

	function save(serialised: string): void {
		if (phase === 'finished' || phase === 'closing') {
			emit({ ok: false, message: FINISHED });
			return;
		}
		if (!writable) return;
		pending = serialised;
		unsaved = serialised;
		kick();
	}

	async function idle(): Promise<void> {
		while (running) await running;
	}

	async function close(): Promise<{ ok: boolean; message?: string }> {
		if (phase !== 'open') return { ok: phase === 'finished' };
		phase = 'closing';
		await idle();
		// A write that failed is tried once more: the session's end carries everything.
		if (unsaved !== null && writable) await write(unsaved);
		const saved = unsaved === null;
		try {
			await client.terminate();
		} catch (error) {
			phase = 'finished';
			const { code } = describe(error);
			return { ok: false, message: `La plateforme de formation n’a pas confirmé la fin de votre session (erreur ${code})${NBSP}: le temps passé n’est peut-être pas compté.${saved ? ' Vos réponses lui sont enregistrées.' : ''}` };
		}
		phase = 'finished';
		if (!saved) return { ok: false, message: `La plateforme de formation n’a pas enregistré vos dernières réponses${NBSP}: exportez votre progression depuis «${NBSP}Mon parcours${NBSP}» avant de fermer, pour la garder.` };
		return { ok: true };
	}

	function leave(): void {
		if (phase !== 'open') return;
		phase = 'finished';
		const send = options.send ?? ((url: string, init: RequestInit) => void fetch(url, init).catch(() => undefined));
		const params = client.getLaunchParameters();
		const base = params.endpoint.endsWith('/') ? params.endpoint : `${params.endpoint}/`;
		const headers = {
			Authorization: `Basic ${client.getAuthToken() ?? ''}`,
			'X-Experience-API-Version': '1.0.3',
			'Content-Type': 'application/json',
		};
		if (unsaved !== null && writable) {
			try {
				const state = JSON.parse(unsaved) as ProgressState;
				const query = new URLSearchParams({ stateId: STATE_ID, activityId: params.activityId, agent: JSON.stringify(params.actor), registration: params.registration });
				send(`${base}activities/state?${query}`, { method: 'PUT', keepalive: true, headers, body: JSON.stringify(stateDocument(state, sent)) });
			} catch {
				// Not JSON: nothing to send.
			}
		}
		send(`${base}statements`, { method: 'POST', keepalive: true, headers, body: JSON.stringify(terminatedStatement(client, now())) });
	}

	return {
		get phase() {
			return phase;
		},
		get launch() {
			return launch;
		},
		get sent() {
			return sent;
		},
		open,
		save,
		idle,
		close,
		leave,
		onEvent(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/**
 * « terminated » as @xapi/cmi5 builds it (cmi5 §9.3.8, §9.6: the launch data's context template,
 * the registration, the cmi5 category, the session's duration), for `leave()`, where the client's
 * own request could not outlive the page.
 */
export function terminatedStatement(client: Cmi5Client, at: Date): Record<string, unknown> {
	const params = client.getLaunchParameters();
	const template = ((client.getLaunchData() as { contextTemplate?: Record<string, unknown> } | null)?.contextTemplate ?? {}) as Record<string, unknown>;
	const activities = (template.contextActivities ?? {}) as Record<string, unknown[]>;
	return {
		id: uuidV4(),
		actor: params.actor,
		verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
		object: { objectType: 'Activity', id: params.activityId },
		timestamp: at.toISOString(),
		result: { duration: isoDuration(Math.max(0, at.getTime() - client.getInitializedDate().getTime())) },
		context: {
			...template,
			registration: params.registration,
			contextActivities: { ...activities, category: [...(activities.category ?? []), CMI5_CATEGORY] },
		},
	};
}
