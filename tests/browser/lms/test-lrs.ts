import type { IncomingMessage, ServerResponse } from 'node:http';
import xapiValidation from 'xapi-validation';
import { serveDist } from '../../../scripts/serve-dist.mjs';

/**
 * A cmi5 LMS's server side as small as it gets, for tests/browser/lms-cmi5.test.ts, on
 * 127.0.0.1: the extracted package's files, and under /lrs/ an LRS (xAPI 1.0.3 statements and
 * State API, the agent profile answering 404) with the cmi5 « fetch » URL. Every statement is
 * checked by xapi-validation (Learning Locker's validator) and kept with its warnings and the
 * auth token it came with. The LRS and the package share one origin, as a platform serving both
 * would: the package's CSP allows 'self' besides https:.
 */


// The package is CommonJS compiled from TypeScript: its function is `default` of the module.
const validate: (statement: unknown) => unknown[] = ((xapiValidation as unknown as { default?: unknown }).default ?? xapiValidation) as (statement: unknown) => unknown[];

export interface Received {
	statement: Record<string, any>;
	warnings: unknown[];
	token: string;
}

export interface TestLrs {
	url: string;
	statements: Received[];
	/** State documents by stateId, for the one learner and registration of a test (the keys say which). */
	state(registration: string, stateId: string): unknown;
	setState(registration: string, stateId: string, value: unknown): void;
	/** A new one-time fetch URL; its token is `token`. */
	fetchUrl(token: string): string;
	faults: { stateWrites: boolean };
	/** Requests refused, for a test to see (a wrong token, a wrong header). */
	refused: string[];
	close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		req.setEncoding('utf-8');
		req.on('data', (chunk: string) => (text += chunk));
		req.on('end', () => resolve(text));
		req.on('error', reject);
	});
}

export async function startTestLrs(root: string): Promise<TestLrs> {
	const documents = new Map<string, string>();
	const tokens = new Map<string, { token: string; used: boolean }>();
	const valid = new Set<string>();
	const statements: Received[] = [];
	const refused: string[] = [];
	const faults = { stateWrites: false };
	let fetches = 0;
	const key = (registration: string, stateId: string) => `${registration}|${stateId}`;

	function json(res: ServerResponse, status: number, value: unknown): void {
		res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(JSON.stringify(value));
	}

	async function lrs(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
		const path = url.pathname.slice('/lrs/'.length);
		if (path === 'fetch') {
			// cmi5 §8.2: a POST, 200 with « auth-token » once; an error structure after.
			const entry = tokens.get(url.searchParams.get('s') ?? '');
			if (req.method !== 'POST' || !entry) return json(res, 400, {});
			if (entry.used) return json(res, 200, { 'error-code': '1', 'error-text': 'Already in use' });
			entry.used = true;
			valid.add(entry.token);
			return json(res, 200, { 'auth-token': entry.token });
		}
		const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
		if (!valid.has(auth)) {
			refused.push(`${req.method} ${path}: jeton « ${auth} »`);
			return json(res, 401, {});
		}
		if (!req.headers['x-experience-api-version']) {
			refused.push(`${req.method} ${path}: sans X-Experience-API-Version`);
			return json(res, 400, {});
		}
		if (path === 'agents/profile') return json(res, 404, {});
		if (path === 'activities/state') {
			const k = key(url.searchParams.get('registration') ?? '', url.searchParams.get('stateId') ?? '');
			if (req.method === 'GET') {
				const doc = documents.get(k);
				return doc === undefined ? json(res, 404, {}) : void res.writeHead(200, { 'Content-Type': 'application/json' }).end(doc);
			}
			const text = await body(req);
			if (faults.stateWrites) return json(res, 503, {});
			JSON.parse(text);
			documents.set(k, text);
			return void res.writeHead(204).end();
		}
		if (path === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
			const parsed = JSON.parse(await body(req));
			const list = Array.isArray(parsed) ? parsed : [parsed];
			if (req.method === 'PUT') list[0].id ??= url.searchParams.get('statementId');
			for (const statement of list) statements.push({ statement, warnings: validate(statement), token: auth });
			return req.method === 'PUT' ? void res.writeHead(204).end() : json(res, 200, list.map((s: { id: string }) => s.id));
		}
		json(res, 404, {});
	}

	const server = await serveDist(root, (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (!url.pathname.startsWith('/lrs/')) return false;
		lrs(req, res, url).catch((error: unknown) => {
			refused.push(String(error));
			if (!res.headersSent) json(res, 500, {});
		});
		return true;
	});
	const origin = server.url;
	return {
		url: origin,
		statements,
		refused,
		faults,
		state: (registration, stateId) => {
			const doc = documents.get(key(registration, stateId));
			return doc === undefined ? undefined : JSON.parse(doc);
		},
		setState: (registration, stateId, value) => void documents.set(key(registration, stateId), JSON.stringify(value)),
		fetchUrl(token) {
			const s = String(++fetches);
			tokens.set(s, { token, used: false });
			return `${origin}/lrs/fetch?s=${s}`;
		},
		close: server.close,
	};
}
