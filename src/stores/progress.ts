import { atom, computed } from 'nanostores';
import { COURSE_ID, HISTORY_PER_ITEM, PROGRESS_VERSION, STORAGE_KEY } from '../config';
import { objectiveResults, type MasteryParams, type ObjectiveResult } from '../lib/mastery';
import { decodeStoredProgress, quarantineKey, type QuarantineReason } from '../lib/progress-load';
import {
	emptyProgress,
	type AttemptContext,
	type AttemptOutcome,
	type ProgressState,
} from '../lib/progress-model';
import { createSafeStorage, type SafeStorage } from '../lib/storage';
import { $demoMode, addNotice } from './session';

/** The learner's progress; every change is written to storage at once. */
export const $progress = atom<ProgressState>(emptyProgress(COURSE_ID));

let storage: SafeStorage | null = null;
let stopWriting: (() => void) | null = null;
let applyingRemote = false;

function write(state: ProgressState): void {
	if (!storage || applyingRemote) return;
	const kept = storage.set(STORAGE_KEY, JSON.stringify(state));
	if (!kept) {
		addNotice({
			id: 'memoire',
			text:
				'Votre navigateur ne permet pas d’enregistrer votre progression (stockage plein, bloqué ou navigation privée). ' +
				'Vous pouvez continuer : vos réponses sont gardées jusqu’à la fermeture de cet onglet. Exportez-les depuis « Mon parcours » pour les conserver.',
		});
	}
}

const QUARANTINE_CAUSE: Record<QuarantineReason, string> = {
	illisible: 'étaient illisibles',
	invalide: 'étaient incomplètes ou endommagées',
	'autre-cours': 'appartenaient à un autre cours',
	'version-inconnue': 'venaient d’une version du cours que celle-ci ne sait pas lire',
};

function quarantineNotice(reason: QuarantineReason, detail: string, key: string, kept: boolean): string {
	const start = `Les données de progression trouvées dans ce navigateur ${QUARANTINE_CAUSE[reason]} (${detail}). `;
	const where = kept
		? `Elles ont été mises de côté sous la clé « ${key} » et votre progression repart de zéro. `
		: `Le stockage du navigateur est plein : elles sont gardées sous la clé « ${key} » jusqu’à la fermeture de cet onglet seulement. `;
	return start + where + 'Si vous avez un fichier exporté, importez-le depuis « Mon parcours ».';
}

function load(now: Date): void {
	if (!storage) return;
	const raw = storage.get(STORAGE_KEY);
	const result = decodeStoredProgress(raw, COURSE_ID, PROGRESS_VERSION);
	if (result.kind === 'quarantine' && raw !== null) {
		const key = quarantineKey(STORAGE_KEY, now);
		const kept = storage.set(key, raw);
		addNotice({ id: 'quarantaine', text: quarantineNotice(result.reason, result.detail, key, kept) });
	}
	applyingRemote = true;
	$progress.set(result.state);
	applyingRemote = false;
	// Written back when reset or migrated; in memory mode, writing is what raises the notice.
	if (result.kind !== 'ok' || result.migratedFrom !== undefined || storage.mode === 'memory') write(result.state);
}

function onStorageEvent(event: StorageEvent): void {
	if (event.key !== STORAGE_KEY || event.newValue === null) return;
	const result = decodeStoredProgress(event.newValue, COURSE_ID, PROGRESS_VERSION);
	if (result.kind !== 'ok') return;
	applyingRemote = true;
	$progress.set(result.state);
	applyingRemote = false;
}

/**
 * Loads progress from `engine` and writes every later change to it. Called once in the browser
 * with localStorage; tests call it with their own engine.
 */
export function connectStorage(engine: SafeStorage, now = new Date()): void {
	stopWriting?.();
	storage = engine;
	load(now);
	stopWriting = $progress.listen(write);
}

if (typeof window !== 'undefined') {
	connectStorage(createSafeStorage(() => window.localStorage));
	// Another tab answered: show it here too.
	window.addEventListener('storage', onStorageEvent);
}

/** Applies a change unless demo mode is on (a trainer's demo never touches progress). */
function update(change: (draft: ProgressState) => void): void {
	if ($demoMode.get()) return;
	const next = structuredClone($progress.get());
	change(next);
	$progress.set(next);
}

/** What a quiz or widget reports after an answer. */
export interface AttemptInput {
	itemId: string;
	objectives: string[];
	score: number;
	max: number;
	outcome: AttemptOutcome;
	context: AttemptContext;
	durationMs: number;
}

/** The one recording API every quiz and widget uses. */
export function recordAttempt(input: AttemptInput, now = new Date()): void {
	const { itemId, ...rest } = input;
	update((p) => {
		const history = [...(p.attempts[itemId] ?? []), { ...rest, at: now.toISOString() }];
		p.attempts[itemId] = history.slice(-HISTORY_PER_ITEM);
	});
}

/** Notes a visit to a lesson (and makes it the « Reprendre » target). */
export function visitLesson(lesson: string, now = new Date()): void {
	const at = now.toISOString();
	update((p) => {
		const known = p.lessons[lesson];
		p.lessons[lesson] = known ? { ...known, lastVisitAt: at } : { firstVisitAt: at, lastVisitAt: at, timeSpentMs: 0 };
		p.lastPlace = { lesson, at };
	});
}

/** Remembers the section being read, for « Reprendre ». */
export function setPlace(lesson: string, section: string | undefined, now = new Date()): void {
	const current = $progress.get().lastPlace;
	if (current?.lesson === lesson && current.section === section) return;
	update((p) => {
		p.lastPlace = section ? { lesson, section, at: now.toISOString() } : { lesson, at: now.toISOString() };
	});
}

/** Adds active reading time to a lesson. */
export function addLessonTime(lesson: string, ms: number): void {
	if (ms <= 0) return;
	update((p) => {
		const known = p.lessons[lesson];
		if (known) known.timeSpentMs += Math.round(ms);
	});
}

/** Marks a lesson done, or not done any more. */
export function setLessonCompleted(lesson: string, done: boolean, now = new Date()): void {
	update((p) => {
		const at = now.toISOString();
		const known = p.lessons[lesson] ?? { firstVisitAt: at, lastVisitAt: at, timeSpentMs: 0 };
		if (done) known.completedAt = at;
		else delete known.completedAt;
		p.lessons[lesson] = known;
	});
}

/** Replaces all progress (import). */
export function replaceProgress(state: ProgressState): void {
	update((p) => Object.assign(p, { lastPlace: undefined }, structuredClone(state)));
}

/** Erases all progress. */
export function resetProgress(): void {
	update((p) => Object.assign(p, emptyProgress(COURSE_ID), { lastPlace: undefined }));
}

export type LessonStatus = 'terminee' | 'en-cours' | 'a-faire';

/** Status of every lesson the learner has touched; absent lessons are « à faire ». */
export const $lessonStatus = computed($progress, (p): Record<string, LessonStatus> => {
	const status: Record<string, LessonStatus> = {};
	for (const [id, l] of Object.entries(p.lessons)) status[id] = l.completedAt ? 'terminee' : 'en-cours';
	return status;
});

/** Where « Reprendre » leads, or null before any visit. */
export const $resumePlace = computed($progress, (p) => p.lastPlace ?? null);

/** Objective statuses by the mastery rule, recomputed on every answer. */
export function objectiveResultsStore(objectives: readonly string[], rule: MasteryParams) {
	return computed($progress, (p): Record<string, ObjectiveResult> => objectiveResults(objectives, p.attempts, rule));
}
