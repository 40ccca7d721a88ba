import { atom, computed } from 'nanostores';
import { COURSE_ID, HISTORY_PER_ITEM, PROGRESS_VERSION, STORAGE_KEY } from '../config';
import { capHistory, classifyCheck } from '../lib/counting';
import { browserBackend, storageBackend, type ProgressBackend } from '../lib/progress-backend';
import { decodeStoredProgress, quarantineKey, type QuarantineReason } from '../lib/progress-load';
import {
	emptyProgress,
	type AttemptContext,
	type AttemptOutcome,
	type ProgressState,
} from '../lib/progress-model';
import type { SafeStorage } from '../lib/storage';
import { $demoMode, addNotice } from './session';

/** The learner's progress; every change is written to storage at once. */
export const $progress = atom<ProgressState>(emptyProgress(COURSE_ID));

let backend: ProgressBackend | null = null;
let disconnect: (() => void) | null = null;
let applyingRemote = false;
/** Set when another tab stored a newer format: from then on this tab writes nothing. */
let frozen = false;

const KEPT_WHERE = {
	session: 'dans cet onglet, même en changeant de page, jusqu’à sa fermeture',
	memory: 'sur cette page, jusqu’à son rechargement',
};

/** Whether a stored value was written by a newer version of the course than this page's. */
function isNewerFormat(serialised: string | null): boolean {
	if (!serialised) return false;
	try {
		const version = (JSON.parse(serialised) as { version?: unknown } | null)?.version;
		return typeof version === 'number' && version > PROGRESS_VERSION;
	} catch {
		return false;
	}
}

/** Stops writing for good in this tab: another tab holds a newer course that this one would overwrite. */
function freeze(): void {
	frozen = true;
	addNotice({
		id: 'autre-version',
		action: 'reload',
		text: 'Un autre onglet a enregistré votre progression avec une version plus récente du cours. Pour ne pas l’écraser, cet onglet n’enregistre plus rien\u00a0: rechargez la page.',
	});
}

function write(state: ProgressState): void {
	if (!backend || applyingRemote || frozen) return;
	// Checked before each write, in case another tab's notice has not reached this one yet.
	if (isNewerFormat(backend.load())) return freeze();
	if (backend.save(JSON.stringify(state))) return;
	// Inside an LMS the browser's storage is not in question: the LMS backend says what failed.
	const lms = backend.mode === 'lms' && (backend as { lastMessage?: () => string | null }).lastMessage?.();
	if (lms) return addNotice({ id: 'memoire', action: 'export', text: lms });
	const where = backend.mode === 'session' ? 'session' : 'memory';
	addNotice({
		id: 'memoire',
		action: 'export',
		text: `Votre navigateur refuse d’enregistrer votre progression (stockage plein, bloqué ou navigation privée). Vos réponses restent ${KEPT_WHERE[where]}\u00a0: exportez-les pour les garder.`,
	});
}

/** The backend the store writes to, for the set-aside copies (src/stores/progress-copies.ts). */
export function currentBackend(): ProgressBackend | null {
	return backend;
}

/** Whether this tab may write (another tab may hold a newer version of the course). */
export function isWritable(): boolean {
	return !frozen;
}

const QUARANTINE_CAUSE: Record<QuarantineReason, string> = {
	illisible: 'étaient illisibles',
	invalide: 'étaient incomplètes ou endommagées',
	'autre-cours': 'appartenaient à un autre cours',
	'version-inconnue': 'venaient d’une version du cours que celle-ci ne sait pas lire',
};

function quarantineNotice(reason: QuarantineReason, detail: string, kept: boolean): string {
	const where = kept ? '' : ' Le stockage est plein\u00a0: elles ne sont gardées que jusqu’à la fermeture de cet onglet.';
	return `Les données de progression trouvées dans ce navigateur ${QUARANTINE_CAUSE[reason]} (${detail}). Elles sont mises de côté, téléchargeables depuis «\u00a0Mon parcours\u00a0», où vous pouvez aussi importer un fichier exporté\u202f; votre progression repart de zéro.${where}`;
}

function load(now: Date): void {
	if (!backend) return;
	const raw = backend.load();
	// A newer course's data is left exactly as it is: this page is the old one.
	if (isNewerFormat(raw)) return freeze();
	const result = decodeStoredProgress(raw, COURSE_ID, PROGRESS_VERSION);
	if (result.kind === 'quarantine' && raw !== null) {
		const key = quarantineKey(STORAGE_KEY, now);
		const kept = backend.keepAside(key, raw);
		addNotice({ id: 'quarantaine', text: quarantineNotice(result.reason, result.detail, kept) });
	}
	applyingRemote = true;
	$progress.set(result.state);
	applyingRemote = false;
	// Written back when reset or migrated; in memory mode, writing is what raises the notice.
	if (result.kind !== 'ok' || result.migratedFrom !== undefined || backend.mode === 'session' || backend.mode === 'memory') write(result.state);
}

function onRemoteChange(serialised: string): void {
	if (isNewerFormat(serialised)) return freeze();
	const result = decodeStoredProgress(serialised, COURSE_ID, PROGRESS_VERSION);
	if (result.kind !== 'ok') return;
	applyingRemote = true;
	$progress.set(result.state);
	applyingRemote = false;
}

/**
 * Loads progress from `next` and writes every later change to it; changes another tab writes
 * there are shown here too. Called once in the browser with localStorage; tests and, later, an
 * LMS runtime call it with their own backend.
 */
export function connectBackend(next: ProgressBackend, now = new Date()): void {
	disconnect?.();
	backend = next;
	frozen = false;
	load(now);
	const stopWriting = $progress.listen(write);
	const stopListening = next.subscribe(onRemoteChange);
	disconnect = () => {
		stopWriting();
		stopListening();
	};
}

/** Shorthand for tests: a backend over a storage engine, under the course's key. */
export function connectStorage(engine: SafeStorage, now = new Date()): void {
	connectBackend(storageBackend(engine, STORAGE_KEY), now);
}

/** Changes made while the LMS bridge loads: applied again over the progress the LMS holds. */
let early: ((draft: ProgressState) => void)[] | null = null;

/** Whether this page is framed by the LMS wrapper (src/lib/lms/bridge.ts): a few bytes, no import. */
function inLms(): boolean {
	try {
		return window.parent !== window && '__chorusLms' in window.parent;
	} catch {
		return false;
	}
}

// A projected lesson (demo mode) neither reads nor writes the trainer's own progress. Inside the
// LMS wrapper the progress lives in the LMS, never in localStorage (issue 15): the bridge's code
// is loaded only there.
if (typeof window !== 'undefined' && !$demoMode.get()) {
	if (inLms()) {
		// Texts about this browser's storage give way to the platform's (global.css .hors-lms / .en-lms).
		document.documentElement.dataset.lms = '';
		early = [];
		void import('../lib/lms/bridge').then(({ findBridge, bridgeBackend }) => {
			const changes = early ?? [];
			early = null;
			const bridge = findBridge();
			if (!bridge) return;
			connectBackend(bridgeBackend(bridge));
			for (const change of changes) updateProgress(change);
		});
	} else connectBackend(browserBackend(STORAGE_KEY));
}

/**
 * Applies a change unless demo mode is on (a trainer's demo never touches progress). Exported for
 * the other stores over the same progress (evaluation runs); widgets go through those stores.
 */
export function updateProgress(change: (draft: ProgressState) => void): void {
	if ($demoMode.get()) return;
	early?.push(change);
	const next = structuredClone($progress.get());
	change(next);
	$progress.set(next);
}

/** What the practice kit reports: a check of the learner's answer, or a solution shown. */
export interface AttemptInput {
	itemId: string;
	objectives: readonly string[];
	score: number;
	max: number;
	kind: 'check' | 'reveal';
	context: AttemptContext;
	durationMs: number;
}

/**
 * The one recording API (called by the practice kit only). The store, not the widget, decides
 * whether a check is counted or practice (src/lib/counting.ts), so no widget can count a check
 * made after a correction. A solution shown scores nothing. Returns what was recorded, or null in
 * demo mode.
 */
export function recordAttempt(input: AttemptInput, now = new Date()): AttemptOutcome | null {
	if ($demoMode.get()) return null;
	const { itemId, kind, objectives, score, ...rest } = input;
	const earlier = $progress.get().attempts[itemId] ?? [];
	const outcome: AttemptOutcome = kind === 'reveal' ? 'revealed' : classifyCheck(earlier, now);
	const attempt = { ...rest, objectives: [...objectives], score: kind === 'reveal' ? 0 : score, outcome, at: now.toISOString() };
	updateProgress((p) => {
		p.attempts[itemId] = capHistory([...(p.attempts[itemId] ?? []), attempt], HISTORY_PER_ITEM);
	});
	return outcome;
}

/** Notes a visit to a lesson (and makes it the « Reprendre » target). */
export function visitLesson(lesson: string, now = new Date()): void {
	const at = now.toISOString();
	updateProgress((p) => {
		const known = p.lessons[lesson];
		p.lessons[lesson] = known ? { ...known, lastVisitAt: at } : { firstVisitAt: at, lastVisitAt: at, timeSpentMs: 0 };
		p.lastPlace = { lesson, at };
	});
}

/** Remembers the section being read, for « Reprendre ». */
export function setPlace(lesson: string, section: string | undefined, now = new Date()): void {
	const current = $progress.get().lastPlace;
	if (current?.lesson === lesson && current.section === section) return;
	updateProgress((p) => {
		p.lastPlace = section ? { lesson, section, at: now.toISOString() } : { lesson, at: now.toISOString() };
	});
}

/** Adds active reading time to a lesson. */
export function addLessonTime(lesson: string, ms: number): void {
	if (ms <= 0) return;
	updateProgress((p) => {
		const known = p.lessons[lesson];
		if (known) known.timeSpentMs += Math.round(ms);
	});
}

/** Marks a lesson done, or not done any more. */
export function setLessonCompleted(lesson: string, done: boolean, now = new Date()): void {
	updateProgress((p) => {
		const at = now.toISOString();
		const known = p.lessons[lesson] ?? { firstVisitAt: at, lastVisitAt: at, timeSpentMs: 0 };
		if (done) known.completedAt = at;
		else delete known.completedAt;
		p.lessons[lesson] = known;
	});
}

/** Replaces the whole record: nothing of the old one (place, seed, runs) survives. */
function replaceAll(p: ProgressState, next: ProgressState): void {
	for (const key of Object.keys(p) as (keyof ProgressState)[]) delete p[key];
	Object.assign(p, structuredClone(next));
}

/** Replaces all progress (import). */
export function replaceProgress(state: ProgressState): void {
	updateProgress((p) => replaceAll(p, state));
}

/** Keeps the learner's name (as typed: it names the exported file). */
export function setLearnerName(name: string): void {
	if ($progress.get().learnerName === name) return;
	updateProgress((p) => {
		if (name) p.learnerName = name;
		else delete p.learnerName;
	});
}

/** Erases all progress. */
export function resetProgress(): void {
	updateProgress((p) => replaceAll(p, emptyProgress(COURSE_ID)));
}

export type LessonStatus = 'terminee' | 'en-cours' | 'a-faire';
/** How a status reads on the course map and in the lesson pages' course menu. */
export const LESSON_STATUS_LABEL: Record<LessonStatus, string> = { terminee: '✓ Terminée', 'en-cours': '◐ En cours', 'a-faire': '○ À faire' };

/** Status of every lesson the learner has touched; absent lessons are « à faire ». */
export const $lessonStatus = computed($progress, (p): Record<string, LessonStatus> => {
	const status: Record<string, LessonStatus> = {};
	for (const [id, l] of Object.entries(p.lessons)) status[id] = l.completedAt ? 'terminee' : 'en-cours';
	return status;
});

/** Where « Reprendre » leads, or null before any visit. */
export const $resumePlace = computed($progress, (p) => p.lastPlace ?? null);

