import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../../src/lib/evaluation-model';
import { emptyProgress, type ProgressState } from '../../../src/lib/progress-model';
import { RESULT_EXTENSION, STATE_ID, stateDocument } from '../../../src/lib/lms/cmi5-rules';
import { createCmi5Session, terminatedStatement, uuidV4, type Cmi5Client } from '../../../src/lib/lms/cmi5-session';

const rule = { passMark: 0.8, validatedRight: 2 };
const COURSE = 'chorus-pro-micro-cours';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'u-42' } };

/** A final run of 3 questions on one objective, `right` of them right. */
function finale(number: number, right: number): EvaluationRun {
	const questions = [1, 2, 3].map((n) => ({ id: `q${number}-${n}`, objective: 'cadre' }));
	const results = Object.fromEntries(questions.map((q, i) => [q.id, { score: i < right ? 1 : 0, max: 1 }]));
	return { id: `finale-${number}`, kind: 'finale', number, bank: 'v1', questions, startedAt: '2026-12-01T09:00:00.000Z', answers: {}, completedAt: `2026-12-0${number}T10:00:00.000Z`, results };
}
const withRuns = (...runs: EvaluationRun[]): string => JSON.stringify({ ...emptyProgress(COURSE), runs } satisfies ProgressState);

interface Fake extends Cmi5Client {
	log: string[];
	state: unknown;
	statements: Record<string, unknown>[];
	faults: { init?: boolean; getState?: number; setState?: boolean; statements?: boolean };
}

/** A cmi5 client that records calls in order and fails on demand (HTTP-style errors, as axios throws them). */
function fakeClient(launchData: Record<string, unknown>, state?: unknown): Fake {
	const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { response: { status, statusText: status === 404 ? 'Not Found' : 'Internal Server Error' } });
	const fake: Fake = {
		log: [],
		state,
		statements: [],
		faults: {},
		async initialize() {
			if (fake.faults.init) throw httpError(401);
			fake.log.push('initialized');
		},
		getLaunchData: () => launchData,
		getLaunchParameters: () => ({ endpoint: 'https://lrs.example/xapi', actor, registration: 'reg-1', activityId: 'https://lms.example/au/1' }),
		getAuthToken: () => 'dG9rZW4=',
		getInitializedDate: () => new Date('2026-12-04T09:00:00.000Z'),
		async complete() {
			if (fake.faults.statements) throw httpError(500);
			fake.log.push('completed');
		},
		async pass(score: unknown, options?: { transform?: (s: Record<string, unknown>) => Record<string, unknown> }) {
			if (fake.faults.statements) throw httpError(500);
			fake.log.push('passed');
			fake.statements.push(options?.transform?.({ verb: 'passed', result: { score } }) ?? {});
		},
		async fail(score: unknown, options?: { transform?: (s: Record<string, unknown>) => Record<string, unknown> }) {
			if (fake.faults.statements) throw httpError(500);
			fake.log.push('failed');
			fake.statements.push(options?.transform?.({ verb: 'failed', result: { score } }) ?? {});
		},
		async terminate() {
			fake.log.push('terminated');
		},
		xapi: {
			async getState(params) {
				expect(params.stateId).toBe(STATE_ID);
				if (fake.faults.getState) throw httpError(fake.faults.getState);
				if (fake.state === undefined) throw httpError(404);
				return { data: fake.state };
			},
			async setState(params) {
				if (fake.faults.setState) throw httpError(500);
				fake.log.push('state');
				fake.state = JSON.parse(JSON.stringify(params.state));
			},
		},
	};
	return fake;
}

const normal = { launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, contextTemplate: { contextActivities: { grouping: [{ id: 'urn:uuid:au' }] } } };

describe('createCmi5Session', () => {
	test('a first launch: initialized, no progress; a passed final run sends completed then passed, then the state records them', async () => {
		const client = fakeClient(normal);
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		const opened = await session.open();
		expect(opened).toMatchObject({ ok: true, messages: [], progress: null, launch: { launchMode: 'Normal', masteryScore: 0.8 } });
		session.save(withRuns(finale(1, 3)));
		await session.idle();
		expect(client.log).toEqual(['initialized', 'completed', 'passed', 'state']);
		expect(client.statements[0]?.result).toMatchObject({ score: { scaled: 1, raw: 100 }, extensions: { [RESULT_EXTENSION]: [{ run: 1, passed: true }] } });
		expect((client.state as { sent: unknown }).sent).toMatchObject({ completed: expect.any(String), passed: { run: 'finale-1' } });
		expect(await session.close()).toEqual({ ok: true });
		expect(client.log.at(-1)).toBe('terminated');
	});

	test('a second launch resumes the progress and does not send passed again', async () => {
		const progress = JSON.parse(withRuns(finale(1, 3)));
		const client = fakeClient(normal, stateDocument(progress, { completed: 'x', passed: { at: 'x', run: 'finale-1' } }));
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		expect((await session.open()).progress).toBe(JSON.stringify(progress));
		session.save(withRuns(finale(1, 3), finale(2, 0)));
		await session.idle();
		expect(client.log).toEqual(['initialized', 'state']);
	});

	test('many quick saves: one write at a time, the latest progress wins', async () => {
		const client = fakeClient(normal);
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		await session.open();
		for (let i = 0; i < 5; i++) session.save(JSON.stringify({ ...emptyProgress(COURSE), learnerName: `n${i}` }));
		await session.idle();
		expect(client.log.filter((l) => l === 'state').length).toBeLessThanOrEqual(2);
		expect((client.state as { progress: ProgressState }).progress.learnerName).toBe('n4');
	});

	test('a write the LRS refuses: a French message; the next write carries the statements still due and says it recovered', async () => {
		const client = fakeClient(normal);
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		const events: unknown[] = [];
		session.onEvent((e) => events.push(e));
		await session.open();
		client.faults.statements = true;
		session.save(withRuns(finale(1, 3)));
		await session.idle();
		expect(events).toEqual([{ ok: false, message: expect.stringContaining('La plateforme de formation n’a pas enregistré vos réponses (erreur 500') }]);
		expect(client.log).toEqual(['initialized']);
		client.faults.statements = false;
		session.save(withRuns(finale(1, 3)));
		await session.idle();
		expect(client.log).toEqual(['initialized', 'completed', 'passed', 'state']);
		expect(events.at(-1)).toEqual({ ok: true });
	});

	test('close() tries a failed write once more before terminated; still failing, it says to export', async () => {
		const client = fakeClient(normal);
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		await session.open();
		client.faults.setState = true;
		session.save(withRuns());
		await session.idle();
		const end = await session.close();
		expect(end.ok).toBe(false);
		expect(end.message).toContain('exportez votre progression');
		expect(client.log.at(-1)).toBe('terminated');
		// After the end, a save is refused with a message, and nothing is sent.
		const events: unknown[] = [];
		session.onEvent((e) => events.push(e));
		session.save(withRuns());
		expect(events).toEqual([{ ok: false, message: expect.stringContaining('session avec la plateforme de formation est terminée') }]);
	});

	test('Browse: the state is kept, no result is sent; Review: nothing is written', async () => {
		const browse = fakeClient({ ...normal, launchMode: 'Browse' });
		const s1 = createCmi5Session(browse, { courseId: COURSE, rule });
		await s1.open();
		s1.save(withRuns(finale(1, 3)));
		await s1.idle();
		expect(browse.log).toEqual(['initialized', 'state']);

		const review = fakeClient({ ...normal, launchMode: 'Review' });
		const s2 = createCmi5Session(review, { courseId: COURSE, rule });
		await s2.open();
		s2.save(withRuns(finale(1, 3)));
		await s2.idle();
		expect(review.log).toEqual(['initialized']);
	});

	test('the LMS cannot start the session: a French message, no write', async () => {
		const client = fakeClient(normal);
		client.faults.init = true;
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		const opened = await session.open();
		expect(opened.ok).toBe(false);
		expect(opened.messages[0]).toContain('n’a pas ouvert la session de suivi');
		session.save(withRuns());
		await session.idle();
		expect(client.log).toEqual([]);
	});

	test('resume data unreadable by the network: nothing is written over it; a broken document: told, and replaced at the next change', async () => {
		const lost = fakeClient(normal, stateDocument(emptyProgress(COURSE), {}));
		lost.faults.getState = 503;
		const s1 = createCmi5Session(lost, { courseId: COURSE, rule });
		expect((await s1.open()).messages[0]).toContain('pour ne pas écraser votre progression');
		s1.save(withRuns());
		await s1.idle();
		expect(lost.log).toEqual(['initialized']);

		const broken = fakeClient(normal, { something: 'else' });
		const s2 = createCmi5Session(broken, { courseId: COURSE, rule });
		const opened = await s2.open();
		expect(opened.progress).toBeNull();
		expect(opened.messages[0]).toContain('ne sont pas celles de ce cours');
		expect(broken.log).toEqual(['initialized']);
		s2.save(withRuns());
		await s2.idle();
		expect(broken.log).toEqual(['initialized', 'state']);
	});

	test('unreadable launch data: told; results are not sent (as in Browse)', async () => {
		const client = fakeClient({ launchMode: 'Normal', moveOn: 'Sometimes' });
		const session = createCmi5Session(client, { courseId: COURSE, rule });
		const opened = await session.open();
		expect(opened.messages[0]).toContain('moveOn «\u00a0Sometimes\u00a0» inconnu');
		session.save(withRuns(finale(1, 3)));
		await session.idle();
		expect(client.log).toEqual(['initialized', 'state']);
	});

	test('leave(): the state due and « terminated » as keepalive requests, with the auth token; once', async () => {
		const client = fakeClient(normal);
		const sent: { url: string; init: RequestInit }[] = [];
		const session = createCmi5Session(client, { courseId: COURSE, rule, send: (url, init) => sent.push({ url, init }), now: () => new Date('2026-12-04T09:30:00.000Z') });
		await session.open();
		client.faults.setState = true;
		session.save(withRuns());
		await session.idle();
		session.leave();
		session.leave();
		expect(sent.map((s) => [s.init.method, s.url.split('?')[0]])).toEqual([
			['PUT', 'https://lrs.example/xapi/activities/state'],
			['POST', 'https://lrs.example/xapi/statements'],
		]);
		expect(sent.every((s) => s.init.keepalive && (s.init.headers as Record<string, string>).Authorization === 'Basic dG9rZW4=')).toBe(true);
		const query = new URL(sent[0]!.url).searchParams;
		expect([query.get('stateId'), query.get('registration'), JSON.parse(query.get('agent') ?? '')]).toEqual([STATE_ID, 'reg-1', actor]);
		const terminated = JSON.parse(String(sent[1]!.init.body));
		expect(terminated).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' }, result: { duration: 'PT30M' }, context: { registration: 'reg-1' } });
		expect(session.phase).toBe('finished');
	});
});

test('terminatedStatement keeps the template’s context activities and adds the cmi5 category', () => {
	const client = fakeClient(normal);
	const s = terminatedStatement(client, new Date('2026-12-04T09:00:05.000Z')) as { context: { contextActivities: Record<string, unknown[]> }; id: string };
	expect(s.context.contextActivities).toEqual({ grouping: [{ id: 'urn:uuid:au' }], category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] });
	expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	expect(uuidV4()).not.toBe(uuidV4());
});
