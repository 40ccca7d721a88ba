// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { STORAGE_KEY } from '../../src/config';

/**
 * The projection's page root carries `data-demo`: the stores must be in demo mode from their
 * first line, before any island starts, and the trainer's own progress is neither read nor written.
 */
describe('a page whose root asks for demo mode (the projection)', () => {
	afterEach(() => {
		document.documentElement.removeAttribute('data-demo');
		localStorage.clear();
		vi.resetModules();
	});

	test('starts in demo mode, connects no storage, and records nothing', async () => {
		document.documentElement.setAttribute('data-demo', '');
		const stored = JSON.stringify({ planted: 'progression du formateur' });
		localStorage.setItem(STORAGE_KEY, stored);
		vi.resetModules();

		const { $demoMode } = await import('../../src/stores/session');
		const { $progress, currentBackend, recordAttempt, visitLesson } = await import('../../src/stores/progress');

		expect($demoMode.get()).toBe(true);
		expect(currentBackend()).toBeNull();
		expect(recordAttempt({ itemId: 'q-1', objectives: ['depot'], score: 1, max: 1, kind: 'check', context: 'lesson', durationMs: 1000 })).toBeNull();
		visitLesson('07-cadres-facturation');
		expect($progress.get().attempts).toEqual({});
		expect($progress.get().lessons).toEqual({});
		expect(localStorage.getItem(STORAGE_KEY)).toBe(stored);
		expect(localStorage.length).toBe(1);
	});

	test('a learner page (no data-demo) is not in demo mode and reads its progress', async () => {
		vi.resetModules();

		const { $demoMode } = await import('../../src/stores/session');
		const { currentBackend } = await import('../../src/stores/progress');

		expect($demoMode.get()).toBe(false);
		expect(currentBackend()).not.toBeNull();
	});
});
