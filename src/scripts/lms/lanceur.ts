/**
 * The LMS wrapper's script (src/pages/lms/lanceur.astro, issue 15): opens the one LMS session of
 * the visit — cmi5 when the launch URL carries cmi5's parameters, else SCORM 1.2 through the API
 * object of a parent frame —, exposes the bridge (src/lib/lms/bridge.ts) to the course pages
 * framed below, and shows every French message of the session in the wrapper's own notice area,
 * so that a failure is seen whatever page the iframe shows. Each change the course reports is
 * sent at once; « Quitter le cours » and the wrapper's pagehide end the session, once.
 */
import { STORAGE_KEY } from '../../config';
import { BRIDGE_NAME, type LmsBridge } from '../../lib/lms/bridge';
import { findScormApi } from '../../lib/lms/find-scorm-api';
import { scormBackend } from '../../lib/lms/scorm12-backend';
import { createScormSession, type Scorm12Api } from '../../lib/lms/scorm12-session';
import type { SuspendDictionary } from '../../lib/lms/suspend-data';
import type { EvaluationRule } from '../../lib/evaluation-runs';
import type { ProgressState } from '../../lib/progress-model';
import type { WrapperBackend } from './wrapper-backend';

interface LauncherData {
	courseId: string;
	dict: SuspendDictionary;
	rule: EvaluationRule;
	/** The course's home page and each lesson's page, as URLs relative to this page (package) or absolute (site). */
	home: string;
	lessons: Record<string, string>;
}

const NBSP = '\u00a0';
const RECOVERED = `Vos réponses sont de nouveau enregistrées par la plateforme de formation${NBSP}: rien n’a été perdu.`;
const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

/** cmi5 §8.1: the LMS launches an AU with these five parameters in the query string. */
function isCmi5Launch(search: string): boolean {
	const query = new URLSearchParams(search);
	return CMI5_PARAMETERS.every((name) => Boolean(query.get(name)));
}

/** The SCORM 1.2 session behind the wrapper: synchronous, every change committed at once. */
function scormWrapper(api: Scorm12Api, data: LauncherData): WrapperBackend {
	const startedAt = Date.now();
	const session = createScormSession(api, { dict: data.dict, rule: data.rule });
	const backend = scormBackend(session, data.dict, data.courseId, { storageKey: STORAGE_KEY });
	const startMessages: string[] = [];
	const stop = backend.onMessage((message) => startMessages.push(message));
	const first = backend.load();
	stop();
	let latest: string | null = first;
	function end(): { ok: boolean; message?: string } {
		if (session.phase !== 'open') return { ok: session.phase === 'finished' };
		// The last state again (a change whose commit failed is carried), then the one LMSFinish.
		if (latest !== null) backend.save(latest);
		return session.finish(Date.now() - startedAt);
	}
	return {
		...backend,
		startMessages,
		info: [],
		save(serialised) {
			latest = serialised;
			return backend.save(serialised);
		},
		finish: async () => end(),
		leave: () => void end(),
	};
}

async function start(): Promise<void> {
	const root = document.getElementById('lms-lanceur');
	const raw = root?.dataset.lms;
	if (!root || !raw) return;
	const data = JSON.parse(raw) as LauncherData;
	const waiting = document.getElementById('lms-attente');
	const notice = document.getElementById('lms-avis') as HTMLElement;
	function say(text: string, ok = false): void {
		const p = document.createElement('p');
		p.textContent = text;
		if (ok) p.className = 'ok';
		notice.replaceChildren(p);
	}

	let backend: WrapperBackend;
	if (isCmi5Launch(location.search)) {
		const { openCmi5 } = await import('./cmi5-lanceur');
		backend = await openCmi5(data.courseId, data.rule);
	} else {
		const api = findScormApi(window);
		if (!api) {
			waiting?.remove();
			const absent = document.getElementById('lms-absent');
			if (absent) absent.hidden = false;
			return;
		}
		backend = scormWrapper(api, data);
	}

	let failing = false;
	const first = backend.load();
	const startMessage = backend.startMessages[0];
	if (startMessage) say(startMessage);
	const info = document.getElementById('lms-info');
	if (info && backend.info.length > 0) {
		info.replaceChildren(...backend.info.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
		info.hidden = false;
	}

	const listeners = new Set<(message: string) => void>();
	backend.onMessage((message) => {
		failing = true;
		say(message);
		for (const listener of [...listeners]) {
			try {
				listener(message);
			} catch {
				// A page that is gone: forget it.
				listeners.delete(listener);
			}
		}
	});
	const recovered = () => {
		if (!failing) return;
		failing = false;
		say(RECOVERED, true);
	};
	backend.onRecovered?.(recovered);

	const bridge: LmsBridge = {
		version: 1,
		load: () => backend.load(),
		save(serialised) {
			const ok = backend.save(serialised);
			// A synchronous backend (SCORM) knows at once; cmi5's writes say so through onRecovered.
			if (ok && !backend.onRecovered) recovered();
			return ok;
		},
		keepAside: (key, value) => backend.keepAside(key, value),
		listAside: (prefix) => backend.listAside(prefix),
		removeAside: (key) => backend.removeAside(key),
		lastMessage: () => backend.lastMessage(),
		onMessage(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
	(window as unknown as Record<string, unknown>)[BRIDGE_NAME] = bridge;

	// The course opens where the learner left it (the progress's last place), else on its home page.
	let target = data.home;
	try {
		const place = first ? (JSON.parse(first) as ProgressState).lastPlace : undefined;
		const page = place ? data.lessons[place.lesson] : undefined;
		if (place && page) target = place.section ? `${page}#${place.section}` : page;
	} catch {
		// Unreadable: the home page.
	}

	const frame = document.createElement('iframe');
	frame.className = 'lanceur-cours';
	frame.title = 'Contenu du cours';
	frame.src = new URL(target, document.baseURI).href;
	// The frame's title follows the page it shows (same origin), for screen reader users.
	frame.addEventListener('load', () => {
		try {
			const shown = frame.contentDocument?.title;
			if (shown) frame.title = `Contenu du cours${NBSP}: ${shown}`;
		} catch {
			// Another origin: the generic title stays.
		}
	});
	waiting?.replaceWith(frame);

	const quit = document.getElementById('lms-quitter') as HTMLButtonElement | null;
	if (quit) {
		quit.hidden = false;
		quit.addEventListener('click', async () => {
			quit.disabled = true;
			quit.textContent = 'Fin de la session…';
			const end = await backend.finish();
			if (!end.ok) {
				// The course stays open: the learner can still export what the platform did not take.
				say(end.message ?? '');
				quit.remove();
				return;
			}
			if (backend.returnURL) {
				location.assign(backend.returnURL);
				return;
			}
			const ended = document.getElementById('lms-fin');
			const summary = document.getElementById('lms-fin-resume');
			if (summary && end.summary) {
				summary.textContent = end.summary;
				summary.hidden = false;
			}
			frame.remove();
			quit.remove();
			if (ended) {
				ended.hidden = false;
				ended.focus();
			}
		});
	}

	window.addEventListener('pagehide', () => backend.leave());
}

void start();
