import { beforeEach, describe, expect, test } from 'vitest';
import { COURSE_ID, STORAGE_KEY } from '../../src/config';
import { fallbackBackend, storageBackend } from '../../src/lib/progress-backend';
import { emptyProgress } from '../../src/lib/progress-model';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectBackend, connectStorage, recordAttempt, setLearnerName } from '../../src/stores/progress';
import { $asideCopies, refreshAsideCopies, replaceKeepingCopy, restoreCopy } from '../../src/stores/progress-copies';
import { $notices, setDemoMode } from '../../src/stores/session';
import { FakeStorage } from '../support/fake-storage';

/** Issue 11: progress that survives storage faults, a newer tab, and an import. */
const NOW = new Date('2026-12-04T09:00:00.000Z');
const check = { itemId: 'q-1', objectives: ['cadre'], score: 1, max: 1, kind: 'check', context: 'lesson', durationMs: 1000 } as const;
const full = () => Object.assign(new FakeStorage(), { setError: Object.assign(new Error('full'), { name: 'QuotaExceededError' }) });

beforeEach(() => {
	setDemoMode(false);
	$notices.set([]);
});

describe('storage faults', () => {
	test('localStorage full: the answer goes to the tab’s sessionStorage, the notice says so and offers the export', () => {
		const session = new FakeStorage();
		connectBackend(fallbackBackend(storageBackend(createSafeStorage(full), STORAGE_KEY), storageBackend(createSafeStorage(() => session), STORAGE_KEY, 'session')), NOW);

		recordAttempt(check, NOW);

		expect(JSON.parse(session.data.get(STORAGE_KEY) ?? '{}').attempts['q-1']).toHaveLength(1);
		const notice = $notices.get().find((n) => n.id === 'memoire');
		expect(notice?.action).toBe('export');
		expect(notice?.text).toContain('même en changeant de page');
	});
});

describe('another tab with a newer version of the course', () => {
	test('a stored version 3 found on load is left intact; this tab writes nothing and asks for a reload', () => {
		const local = new FakeStorage({ [STORAGE_KEY]: JSON.stringify({ version: 3, courseId: COURSE_ID, futur: true }) });
		connectStorage(createSafeStorage(() => local), NOW);

		recordAttempt(check, NOW);

		expect(JSON.parse(local.data.get(STORAGE_KEY) ?? '{}')).toEqual({ version: 3, courseId: COURSE_ID, futur: true });
		expect($notices.get().map((n) => [n.id, n.action])).toEqual([['autre-version', 'reload']]);
		expect([...local.data.keys()].filter((k) => k.includes('quarantine'))).toEqual([]);
	});

	test('version 3 written by another tab after this one loaded: the next answer does not overwrite it', () => {
		const local = new FakeStorage();
		connectStorage(createSafeStorage(() => local), NOW);
		recordAttempt(check, NOW);
		local.data.set(STORAGE_KEY, JSON.stringify({ version: 3, courseId: COURSE_ID }));

		recordAttempt({ ...check, itemId: 'q-2' }, NOW);

		expect(JSON.parse(local.data.get(STORAGE_KEY) ?? '{}')).toEqual({ version: 3, courseId: COURSE_ID });
		expect($notices.get().some((n) => n.id === 'autre-version')).toBe(true);
	});
});

describe('import keeps the replaced progress aside, and it can be restored', () => {
	test('replace → the old progress is a copy; restore → it is back, and the imported one is kept aside in turn', () => {
		const local = new FakeStorage();
		connectStorage(createSafeStorage(() => local), NOW);
		recordAttempt(check, NOW);
		setLearnerName('Ana');
		const imported = { ...emptyProgress(COURSE_ID), learnerName: 'Ana Autre-Poste' };

		const key = replaceKeepingCopy(imported, new Date('2026-12-04T10:00:00.000Z'));

		expect(key).toBe(`${STORAGE_KEY}:remplacee:2026-12-04T10:00:00.000Z`);
		expect($progress.get().learnerName).toBe('Ana Autre-Poste');
		expect($asideCopies.get().map((c) => [c.kind, c.state?.learnerName])).toEqual([['remplacee', 'Ana']]);

		expect(restoreCopy(key as string, new Date('2026-12-04T11:00:00.000Z'))).toBe(true);
		expect($progress.get().learnerName).toBe('Ana');
		expect($progress.get().attempts['q-1']).toHaveLength(1);
		expect($asideCopies.get().map((c) => [c.key, c.state?.learnerName])).toEqual([[`${STORAGE_KEY}:remplacee:2026-12-04T11:00:00.000Z`, 'Ana Autre-Poste']]);
	});

	test('quarantined data is listed (unreadable, so downloadable but not restorable)', () => {
		const local = new FakeStorage({ [STORAGE_KEY]: '{"version":2,"courseId":"chorus-pro-micro-cours","attempts":{"q":[{"at":"01/01/2025"}]},"lessons":{}}' });
		connectStorage(createSafeStorage(() => local), NOW);
		refreshAsideCopies();

		expect($asideCopies.get().map((c) => [c.kind, c.state])).toEqual([['quarantine', null]]);
		expect($asideCopies.get()[0]?.raw).toContain('01/01/2025');
	});

	test('nothing to keep, nothing kept; in demo mode nothing is replaced', () => {
		connectStorage(createSafeStorage(() => new FakeStorage()), NOW);

		expect(replaceKeepingCopy(emptyProgress(COURSE_ID))).toBeNull();
		setDemoMode(true);
		expect(replaceKeepingCopy({ ...emptyProgress(COURSE_ID), learnerName: 'X' })).toBe(false);
	});
});
