import { beforeEach, describe, expect, test } from 'vitest';
import { COURSE_ID, HISTORY_PER_ITEM, STORAGE_KEY } from '../../src/config';
import { emptyProgress, type ProgressState } from '../../src/lib/progress-model';
import { createSafeStorage } from '../../src/lib/storage';
import {
	$lessonStatus,
	$progress,
	$resumePlace,
	addLessonTime,
	connectStorage,
	recordAttempt,
	replaceProgress,
	resetProgress,
	setLessonCompleted,
	setPlace,
	visitLesson,
	type AttemptInput,
} from '../../src/stores/progress';
import { $notices, setDemoMode } from '../../src/stores/session';
import { objectiveResultsStore } from '../../src/stores/objective-results';
import { FakeStorage } from '../support/fake-storage';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const answer: AttemptInput = {
	itemId: 'q-siret',
	objectives: ['depot'],
	score: 1,
	max: 1,
	kind: 'check',
	context: 'lesson',
	durationMs: 4000,
};

let local: FakeStorage;

/** Connects the store to a fresh fake localStorage holding `initial`. */
function connect(initial: Record<string, string> = {}): FakeStorage {
	local = new FakeStorage(initial);
	connectStorage(createSafeStorage(() => local), NOW);
	return local;
}

function stored(): ProgressState {
	return JSON.parse(local.data.get(STORAGE_KEY) ?? 'null') as ProgressState;
}

beforeEach(() => {
	setDemoMode(false);
	$notices.set([]);
	connect();
	$notices.set([]);
});

describe('connectStorage', () => {
	test('starts from empty progress when nothing is stored', () => {
		const progress = $progress.get();

		expect(progress).toEqual(emptyProgress(COURSE_ID));
		expect($notices.get()).toEqual([]);
	});

	test('loads progress already stored', () => {
		const saved: ProgressState = {
			...emptyProgress(COURSE_ID),
			lessons: { '01-a': { firstVisitAt: NOW.toISOString(), lastVisitAt: NOW.toISOString(), timeSpentMs: 5 } },
		};

		connect({ [STORAGE_KEY]: JSON.stringify(saved) });

		expect($progress.get()).toEqual(saved);
	});

	test('copies a corrupt value aside before resetting progress, and says so', () => {
		const corrupt = '{not json';

		connect({ [STORAGE_KEY]: corrupt });

		const quarantine = `${STORAGE_KEY}:quarantine:${NOW.toISOString()}`;
		expect(local.data.get(quarantine)).toBe(corrupt);
		const copyIndex = local.writes.findIndex((w) => w.key === quarantine);
		const resetIndex = local.writes.findIndex((w) => w.key === STORAGE_KEY);
		expect(copyIndex).toBeGreaterThanOrEqual(0);
		expect(copyIndex).toBeLessThan(resetIndex);
		expect(stored()).toEqual(emptyProgress(COURSE_ID));
		expect($progress.get()).toEqual(emptyProgress(COURSE_ID));
		const notice = $notices.get().find((n) => n.id === 'quarantaine');
		expect(notice?.text).toContain('mises de côté, téléchargeables depuis «\u00a0Mon parcours\u00a0»');
		expect(notice?.text).toContain('JSON illisible');
	});

	test('quarantines another course’s progress under a key starting with the storage key', () => {
		const foreign = JSON.stringify({ ...emptyProgress('autre-cours') });

		connect({ [STORAGE_KEY]: foreign });

		const keys = [...local.data.keys()].filter((k) => k.startsWith(`${STORAGE_KEY}:quarantine:`));
		expect(keys).toHaveLength(1);
		expect(local.data.get(keys[0]!)).toBe(foreign);
		expect($notices.get().map((n) => n.id)).toEqual(['quarantaine']);
	});

	test('falls back to memory with a memoire notice when setItem hits the quota', () => {
		local = new FakeStorage();
		local.setError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });

		connectStorage(createSafeStorage(() => local), NOW);
		recordAttempt(answer, NOW);

		expect($notices.get().map((n) => n.id)).toContain('memoire');
		expect($progress.get().attempts['q-siret']).toHaveLength(1);
		expect(local.data.has(STORAGE_KEY)).toBe(false);
	});
});

describe('recordAttempt', () => {
	test('writes the attempt to storage at once, as JSON under the storage key', () => {
		const input = { ...answer, score: 3, max: 5 };

		recordAttempt(input, NOW);

		expect(stored().attempts['q-siret']).toEqual([
			{ objectives: ['depot'], score: 3, max: 5, outcome: 'scored', context: 'lesson', durationMs: 4000, at: NOW.toISOString() },
		]);
		expect(stored()).toEqual($progress.get());
	});

	test(`keeps only the latest ${HISTORY_PER_ITEM} attempts per item, one a day apart`, () => {
		const count = HISTORY_PER_ITEM + 3;

		for (let i = 0; i < count; i += 1) recordAttempt({ ...answer, durationMs: i }, at(i * 24 * 60));

		const history = $progress.get().attempts['q-siret']!;
		expect(history).toHaveLength(HISTORY_PER_ITEM);
		expect(history.map((a) => a.durationMs)).toEqual(Array.from({ length: HISTORY_PER_ITEM }, (_, i) => i + 3));
		expect(history.every((a) => a.outcome === 'scored')).toBe(true);
		expect(stored().attempts['q-siret']).toHaveLength(HISTORY_PER_ITEM);
	});

	test('records the first check as counted, and a retry the same day as practice', () => {
		recordAttempt({ ...answer, score: 0 }, NOW);

		const outcome = recordAttempt({ ...answer, score: 1 }, at(1));

		expect(outcome).toBe('practice');
		expect($progress.get().attempts['q-siret']?.map((a) => [a.outcome, a.score])).toEqual([
			['scored', 0],
			['practice', 1],
		]);
	});

	test('counts the same retry made the next day (Paris time)', () => {
		recordAttempt({ ...answer, score: 0 }, new Date('2026-12-04T22:30:00Z'));

		const outcome = recordAttempt({ ...answer, score: 1 }, new Date('2026-12-04T23:30:00Z'));

		expect(outcome).toBe('scored');
	});

	test('records a solution shown as revealed with no score, and a check after it as practice', () => {
		const shown = recordAttempt({ ...answer, kind: 'reveal', score: 1 }, NOW);

		const checked = recordAttempt(answer, at(2));

		expect(shown).toBe('revealed');
		expect(checked).toBe('practice');
		expect($progress.get().attempts['q-siret']?.map((a) => [a.outcome, a.score])).toEqual([
			['revealed', 0],
			['practice', 1],
		]);
	});

	test('keeps the latest counted check when practice fills the history', () => {
		recordAttempt({ ...answer, score: 1, durationMs: 1 }, NOW);

		for (let i = 1; i <= 8; i += 1) recordAttempt({ ...answer, score: 0, durationMs: 100 + i }, at(i));

		const history = $progress.get().attempts['q-siret']!;
		expect(history).toHaveLength(HISTORY_PER_ITEM);
		expect(history[0]).toMatchObject({ outcome: 'scored', score: 1, durationMs: 1 });
		expect(history.slice(1).every((a) => a.outcome === 'practice')).toBe(true);
	});

	test('keeps the histories of different items apart', () => {
		recordAttempt(answer, NOW);

		recordAttempt({ ...answer, itemId: 'q-code-service' }, NOW);

		expect(Object.keys($progress.get().attempts).sort()).toEqual(['q-code-service', 'q-siret']);
	});

	test('records nothing in demo mode', () => {
		setDemoMode(true);
		const writesBefore = local.writes.length;

		recordAttempt(answer, NOW);
		visitLesson('01-a', NOW);
		setLessonCompleted('01-a', true, NOW);

		expect($progress.get()).toEqual(emptyProgress(COURSE_ID));
		expect(local.writes.length).toBe(writesBefore);
	});

	test('records again once demo mode is off', () => {
		setDemoMode(true);
		recordAttempt(answer, NOW);
		setDemoMode(false);

		const outcome = recordAttempt(answer, NOW);

		expect(outcome).toBe('scored');
		expect($progress.get().attempts['q-siret']).toHaveLength(1);
	});
});

describe('lessons and place', () => {
	test('visitLesson records the first and last visit and the resume place', () => {
		visitLesson('01-a', NOW);

		visitLesson('01-a', at(10));

		expect($progress.get().lessons['01-a']).toEqual({
			firstVisitAt: NOW.toISOString(),
			lastVisitAt: at(10).toISOString(),
			timeSpentMs: 0,
		});
		expect($resumePlace.get()).toEqual({ lesson: '01-a', at: at(10).toISOString() });
		expect(stored().lessons['01-a']?.lastVisitAt).toBe(at(10).toISOString());
	});

	test('$resumePlace is null before any visit', () => {
		const place = $resumePlace.get();

		expect(place).toBeNull();
	});

	test('setPlace remembers the section being read', () => {
		visitLesson('01-a', NOW);

		setPlace('01-a', 'base-legale', at(2));

		expect($resumePlace.get()).toEqual({ lesson: '01-a', section: 'base-legale', at: at(2).toISOString() });
	});

	test('setPlace does nothing when the place has not changed', () => {
		setPlace('01-a', 'intro', NOW);
		const writes = local.writes.length;

		setPlace('01-a', 'intro', at(5));

		expect($resumePlace.get()?.at).toBe(NOW.toISOString());
		expect(local.writes.length).toBe(writes);
	});

	test('setPlace without section drops the previous section', () => {
		setPlace('01-a', 'intro', NOW);

		setPlace('02-b', undefined, at(1));

		expect($resumePlace.get()).toEqual({ lesson: '02-b', at: at(1).toISOString() });
	});

	test('setLessonCompleted marks a lesson terminee in $lessonStatus and in storage', () => {
		visitLesson('01-a', NOW);
		visitLesson('02-b', NOW);

		setLessonCompleted('01-a', true, at(20));

		expect($lessonStatus.get()).toEqual({ '01-a': 'terminee', '02-b': 'en-cours' });
		expect(stored().lessons['01-a']?.completedAt).toBe(at(20).toISOString());
	});

	test('setLessonCompleted(false) puts a finished lesson back to en-cours', () => {
		visitLesson('01-a', NOW);
		setLessonCompleted('01-a', true, at(20));

		setLessonCompleted('01-a', false, at(30));

		expect($lessonStatus.get()['01-a']).toBe('en-cours');
		expect($progress.get().lessons['01-a']).not.toHaveProperty('completedAt');
		expect(stored().lessons['01-a']).not.toHaveProperty('completedAt');
	});

	test('$lessonStatus leaves out lessons never touched', () => {
		visitLesson('01-a', NOW);

		const status = $lessonStatus.get();

		expect(status).toEqual({ '01-a': 'en-cours' });
	});

	test('setLessonCompleted creates the record of a lesson never visited', () => {
		setLessonCompleted('03-c', true, NOW);

		expect($progress.get().lessons['03-c']).toEqual({
			firstVisitAt: NOW.toISOString(),
			lastVisitAt: NOW.toISOString(),
			timeSpentMs: 0,
			completedAt: NOW.toISOString(),
		});
	});

	test('addLessonTime adds rounded time to a visited lesson', () => {
		visitLesson('01-a', NOW);

		addLessonTime('01-a', 1500.4);
		addLessonTime('01-a', 500);

		expect($progress.get().lessons['01-a']?.timeSpentMs).toBe(2000);
		expect(stored().lessons['01-a']?.timeSpentMs).toBe(2000);
	});

	test('addLessonTime ignores zero, negative time and unvisited lessons', () => {
		visitLesson('01-a', NOW);

		addLessonTime('01-a', 0);
		addLessonTime('01-a', -100);
		addLessonTime('02-b', 1000);

		expect($progress.get().lessons['01-a']?.timeSpentMs).toBe(0);
		expect($progress.get().lessons).not.toHaveProperty('02-b');
	});
});

describe('resetProgress and replaceProgress', () => {
	test('resetProgress erases attempts, lessons and place, in storage too', () => {
		recordAttempt(answer, NOW);
		visitLesson('01-a', NOW);

		resetProgress();

		expect($progress.get().attempts).toEqual({});
		expect($progress.get().lessons).toEqual({});
		expect($resumePlace.get()).toBeNull();
		expect(stored()).toEqual(emptyProgress(COURSE_ID));
	});

	test('replaceProgress puts the imported state in place of the current one', () => {
		recordAttempt(answer, NOW);
		visitLesson('01-a', NOW);
		const imported: ProgressState = {
			...emptyProgress(COURSE_ID),
			attempts: { 'q-autre': [{ objectives: ['suivi'], score: 0, max: 1, outcome: 'revealed', context: 'v1-apres', at: NOW.toISOString(), durationMs: 1 }] },
		};

		replaceProgress(imported);

		expect($progress.get().attempts).toEqual(imported.attempts);
		expect($progress.get().lessons).toEqual({});
		expect($resumePlace.get()).toBeNull();
		expect(stored()).toEqual(imported);
	});

	test('replaceProgress does not keep a reference to the imported object', () => {
		const imported = emptyProgress(COURSE_ID);

		replaceProgress(imported);
		imported.lessons['01-a'] = { firstVisitAt: NOW.toISOString(), lastVisitAt: NOW.toISOString(), timeSpentMs: 0 };

		expect($progress.get().lessons).toEqual({});
	});
});

describe('objectiveResultsStore', () => {
	const rule = { threshold: 0.8, minItems: 3 };
	const map = { 'q-1': ['depot'], 'q-2': ['depot'], 'q-3': ['depot'] };

	test('recomputes the objective status after each answer', () => {
		const results = objectiveResultsStore(['depot', 'suivi'], map, rule);
		const unsubscribe = results.listen(() => {});
		expect(results.get().depot?.status).toBe('non-commence');

		recordAttempt({ ...answer, itemId: 'q-1' }, NOW);
		const afterOne = results.get().depot;
		recordAttempt({ ...answer, itemId: 'q-2' }, NOW);
		recordAttempt({ ...answer, itemId: 'q-3' }, NOW);

		expect(afterOne).toEqual({ status: 'en-cours', score: 1, items: 1, practice: 0, revealed: 0 });
		expect(results.get().depot).toEqual({ status: 'acquis', score: 1, items: 3, practice: 0, revealed: 0 });
		expect(results.get().suivi?.status).toBe('non-commence');
		unsubscribe();
	});
});
