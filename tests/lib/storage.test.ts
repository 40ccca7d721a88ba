import { describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { FakeStorage } from '../support/fake-storage';

const quotaError = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

describe('createSafeStorage', () => {
	test('reads, writes, removes and lists keys in localStorage when it works', () => {
		const local = new FakeStorage();
		const storage = createSafeStorage(() => local);

		const kept = storage.set('a', '1');
		storage.set('b', '2');
		storage.remove('b');

		expect(kept).toBe(true);
		expect(storage.get('a')).toBe('1');
		expect(storage.get('b')).toBeNull();
		expect(storage.keys()).toEqual(['a']);
		expect(local.data.get('a')).toBe('1');
		expect(storage.mode).toBe('local');
		expect(storage.failure).toBeNull();
	});

	test('returns null for a key never written', () => {
		const storage = createSafeStorage(() => new FakeStorage());

		const value = storage.get('absent');

		expect(value).toBeNull();
	});

	test('falls back to memory with failure securite when getStorage throws SecurityError', () => {
		const getStorage = (): Storage => {
			throw { name: 'SecurityError', message: 'The operation is insecure.' };
		};

		const storage = createSafeStorage(getStorage);
		const kept = storage.set('a', '1');

		expect(storage.mode).toBe('memory');
		expect(storage.failure).toBe('securite');
		expect(kept).toBe(false);
		expect(storage.get('a')).toBe('1');
		expect(storage.keys()).toEqual(['a']);
	});

	test('falls back to memory with failure indisponible when getStorage returns undefined', () => {
		const storage = createSafeStorage(() => undefined);

		const kept = storage.set('a', '1');
		storage.remove('a');

		expect(storage.mode).toBe('memory');
		expect(storage.failure).toBe('indisponible');
		expect(kept).toBe(false);
		expect(storage.get('a')).toBeNull();
	});

	test('switches to memory on QuotaExceededError and keeps both old and new values', () => {
		const local = new FakeStorage();
		const storage = createSafeStorage(() => local);
		storage.set('ancien', 'a');
		storage.set('autre', 'b');
		local.setError = quotaError();

		const kept = storage.set('nouveau', 'n');

		expect(kept).toBe(false);
		expect(storage.mode).toBe('memory');
		expect(storage.failure).toBe('quota');
		expect(storage.get('ancien')).toBe('a');
		expect(storage.get('autre')).toBe('b');
		expect(storage.get('nouveau')).toBe('n');
		expect(storage.keys().sort()).toEqual(['ancien', 'autre', 'nouveau']);
		expect(local.data.has('nouveau')).toBe(false);
	});

	test('keeps the new value in memory when overwriting a key after a quota error', () => {
		const local = new FakeStorage();
		const storage = createSafeStorage(() => local);
		storage.set('cle', 'ancienne');
		local.setError = quotaError();

		storage.set('cle', 'nouvelle');

		expect(storage.get('cle')).toBe('nouvelle');
	});

	test('stays in memory once it has failed, even if localStorage recovers', () => {
		const local = new FakeStorage();
		const storage = createSafeStorage(() => local);
		local.setError = quotaError();
		storage.set('a', '1');
		local.setError = null;

		const kept = storage.set('b', '2');

		expect(kept).toBe(false);
		expect(local.data.has('b')).toBe(false);
		expect(storage.get('b')).toBe('2');
	});

	test('reports the Firefox quota error name as quota', () => {
		const local = new FakeStorage();
		const storage = createSafeStorage(() => local);
		local.setError = { name: 'NS_ERROR_DOM_QUOTA_REACHED' };

		storage.set('a', '1');

		expect(storage.failure).toBe('quota');
	});

	test('falls back to memory when getItem throws, without throwing itself', () => {
		const local = new FakeStorage();
		local.getItem = () => {
			throw { name: 'SecurityError' };
		};
		const storage = createSafeStorage(() => local);

		const value = storage.get('a');

		expect(value).toBeNull();
		expect(storage.mode).toBe('memory');
		expect(storage.failure).toBe('securite');
	});
});
