import { afterEach, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/config';
import { fallbackBackend, memoryBackend, storageBackend, type ProgressBackend } from '../../src/lib/progress-backend';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectBackend, connectStorage, recordAttempt } from '../../src/stores/progress';
import { FakeStorage } from '../support/fake-storage';

const check = { itemId: 'q-1', objectives: ['depot'], score: 1, max: 1, kind: 'check', context: 'lesson', durationMs: 1 } as const;

/** A backend as an LMS runtime would be: a string slot, and a way to push another window's write. */
function slotBackend(initial: string | null = null) {
	let slot = initial;
	let push: ((s: string) => void) | null = null;
	const backend: ProgressBackend = {
		mode: 'lms',
		load: () => slot,
		save: (s) => ((slot = s), true),
		keepAside: () => true,
		subscribe: (listener) => ((push = listener), () => (push = null)),
		clear: () => (slot = null),
		listAside: () => [],
		removeAside: () => undefined,
	};
	return { backend, slot: () => slot, push: (s: string) => push?.(s), subscribed: () => push !== null };
}

afterEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));

describe('storageBackend', () => {
	test('reads, writes and sets aside under its key in the engine', () => {
		const local = new FakeStorage();
		const backend = storageBackend(createSafeStorage(() => local), STORAGE_KEY);

		backend.save('{"a":1}');
		backend.keepAside(`${STORAGE_KEY}:quarantine:x`, 'abîmé');

		expect(backend.load()).toBe('{"a":1}');
		expect(local.data.get(`${STORAGE_KEY}:quarantine:x`)).toBe('abîmé');
		expect(backend.mode).toBe('local');
	});

	test('says « memory » once the engine has failed, and save returns false', () => {
		const local = new FakeStorage();
		local.setError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		const backend = storageBackend(createSafeStorage(() => local), STORAGE_KEY, 'session');

		expect(backend.save('{}')).toBe(false);
		expect(backend.mode).toBe('memory');
		expect(backend.load()).toBe('{}');
	});

	test('passes on another tab’s write of its key only', () => {
		const target = new EventTarget();
		const backend = storageBackend(createSafeStorage(() => new FakeStorage()), STORAGE_KEY, 'local', target as unknown as Window);
		const heard: string[] = [];
		const stop = backend.subscribe((s) => heard.push(s));
		const event = (key: string, newValue: string | null) => Object.assign(new Event('storage'), { key, newValue });

		target.dispatchEvent(event('autre-cle', 'x'));
		target.dispatchEvent(event(STORAGE_KEY, null));
		target.dispatchEvent(event(STORAGE_KEY, '{"b":2}'));
		stop();
		target.dispatchEvent(event(STORAGE_KEY, '{"c":3}'));

		expect(heard).toEqual(['{"b":2}']);
	});

	test('memoryBackend keeps nothing beyond itself', () => {
		const backend = memoryBackend(STORAGE_KEY);

		expect(backend.save('{}')).toBe(false);
		expect(backend.mode).toBe('memory');
	});
});

describe('connectBackend', () => {
	test('the store works unchanged over another backend: it loads, writes each answer, hears remote writes', () => {
		const lms = slotBackend();

		connectBackend(lms.backend);
		recordAttempt(check);

		expect(JSON.parse(lms.slot() ?? '{}').attempts['q-1']).toHaveLength(1);
		const remote = { ...$progress.get(), attempts: {} };
		lms.push(JSON.stringify(remote));
		expect($progress.get().attempts).toEqual({});
	});

	test('stops listening to the previous backend when another is connected', () => {
		const first = slotBackend();
		connectBackend(first.backend);

		connectBackend(slotBackend().backend);

		expect(first.subscribed()).toBe(false);
	});
});

describe('fallbackBackend: localStorage, then the tab’s sessionStorage (issue 11)', () => {
	const full = () => Object.assign(new FakeStorage(), { setError: Object.assign(new Error('full'), { name: 'QuotaExceededError' }) });

	test('writes to the first while it works, and lists the copies kept aside in both', () => {
		const local = new FakeStorage();
		const session = new FakeStorage({ [`${STORAGE_KEY}:quarantine:b`]: 'x' });
		const backend = fallbackBackend(storageBackend(createSafeStorage(() => local), STORAGE_KEY), storageBackend(createSafeStorage(() => session), STORAGE_KEY, 'session'));

		expect(backend.save('{"a":1}')).toBe(true);
		backend.keepAside(`${STORAGE_KEY}:remplacee:a`, '{}');

		expect(local.data.get(STORAGE_KEY)).toBe('{"a":1}');
		expect(session.data.has(STORAGE_KEY)).toBe(false);
		expect(backend.mode).toBe('local');
		expect(backend.listAside(`${STORAGE_KEY}:`).map((c) => c.key).sort()).toEqual([`${STORAGE_KEY}:quarantine:b`, `${STORAGE_KEY}:remplacee:a`]);
	});

	test('when localStorage is full, writes go to sessionStorage, and the next page load reads them there first', () => {
		const local = full();
		local.data.set(STORAGE_KEY, '{"ancien":1}');
		const session = new FakeStorage();
		const make = () => fallbackBackend(storageBackend(createSafeStorage(() => local), STORAGE_KEY), storageBackend(createSafeStorage(() => session), STORAGE_KEY, 'session'));
		const backend = make();

		expect(backend.save('{"nouveau":1}')).toBe(false);
		expect(backend.mode).toBe('session');
		expect(session.data.get(STORAGE_KEY)).toBe('{"nouveau":1}');

		const nextPage = make();
		expect(nextPage.load()).toBe('{"nouveau":1}');
		expect(nextPage.mode).toBe('session');
	});

	test('says « memory » when both refuse', () => {
		const backend = fallbackBackend(storageBackend(createSafeStorage(() => full()), STORAGE_KEY), storageBackend(createSafeStorage(() => full()), STORAGE_KEY, 'session'));

		expect(backend.save('{}')).toBe(false);
		expect(backend.mode).toBe('memory');
		expect(backend.load()).toBe('{}');
	});
});
