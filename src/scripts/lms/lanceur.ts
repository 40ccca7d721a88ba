/**
 * The LMS wrapper's script (src/pages/lms/lanceur.astro, issue 15): finds the SCORM 1.2 API,
 * opens the one session of the visit, exposes the bridge (src/lib/lms/bridge.ts) to the course
 * pages framed below, and shows every French message of the session in the wrapper's own
 * notice area, so that a failure is seen whatever page the iframe shows. Each change the course
 * reports is committed at once; the wrapper's pagehide commits the last state again and
 * finishes the session, once, with the session time.
 */
import { STORAGE_KEY } from '../../config';
import { BRIDGE_NAME, type LmsBridge } from '../../lib/lms/bridge';
import { findScormApi } from '../../lib/lms/find-scorm-api';
import { scormBackend } from '../../lib/lms/scorm12-backend';
import { createScormSession } from '../../lib/lms/scorm12-session';
import type { SuspendDictionary } from '../../lib/lms/suspend-data';
import type { EvaluationRule } from '../../lib/evaluation-runs';
import type { ProgressState } from '../../lib/progress-model';

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

function start(): void {
	const root = document.getElementById('lms-lanceur');
	const raw = root?.dataset.lms;
	if (!root || !raw) return;
	const data = JSON.parse(raw) as LauncherData;
	const waiting = document.getElementById('lms-attente');
	const api = findScormApi(window);
	if (!api) {
		waiting?.remove();
		const absent = document.getElementById('lms-absent');
		if (absent) absent.hidden = false;
		return;
	}

	const notice = document.getElementById('lms-avis') as HTMLElement;
	let failing = false;
	function say(text: string, ok = false): void {
		const p = document.createElement('p');
		p.textContent = text;
		if (ok) p.className = 'ok';
		notice.replaceChildren(p);
	}

	const startedAt = Date.now();
	const session = createScormSession(api, { dict: data.dict, rule: data.rule });
	const backend = scormBackend(session, data.dict, data.courseId, { storageKey: STORAGE_KEY });
	backend.onMessage((message) => {
		failing = true;
		say(message);
	});
	const first = backend.load();
	let latest: string | null = first;

	const listeners = new Set<(message: string) => void>();
	backend.onMessage((message) => {
		for (const listener of [...listeners]) {
			try {
				listener(message);
			} catch {
				// A page that is gone: forget it.
				listeners.delete(listener);
			}
		}
	});

	const bridge: LmsBridge = {
		version: 1,
		load: () => backend.load(),
		save(serialised) {
			latest = serialised;
			const ok = backend.save(serialised);
			if (ok && failing) {
				failing = false;
				say(RECOVERED, true);
			}
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

	window.addEventListener('pagehide', () => {
		// The last state again (a change whose commit failed is carried), then the one LMSFinish.
		if (latest !== null && session.phase === 'open') backend.save(latest);
		const end = session.finish(Date.now() - startedAt);
		if (!end.ok) say(end.message);
	});
}

start();
