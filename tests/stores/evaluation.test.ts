import { beforeEach, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/config';
import type { EvaluationRun } from '../../src/lib/evaluation-model';
import type { ProgressState } from '../../src/lib/progress-model';
import { createSafeStorage } from '../../src/lib/storage';
import { $runs, completeRun, dropOpenRun, learnerSeed, saveRunAnswer, startRun } from '../../src/stores/evaluation';
import { $progress, connectStorage, resetProgress } from '../../src/stores/progress';
import { $notices, setDemoMode } from '../../src/stores/session';
import { FakeStorage } from '../support/fake-storage';

const NOW = new Date('2026-12-01T09:00:00.000Z');
let local: FakeStorage;

function connect(initial: Record<string, string> = {}): void {
	local = new FakeStorage(initial);
	connectStorage(createSafeStorage(() => local), NOW);
}
const stored = () => JSON.parse(local.data.get(STORAGE_KEY) ?? 'null') as ProgressState;

const run: EvaluationRun = {
	id: 'finale-1',
	kind: 'finale',
	number: 1,
	bank: 'abc123',
	questions: [
		{ id: 'ev-cadre-1', objective: 'cadre' },
		{ id: 'ev-banque-1', objective: 'banque' },
	],
	startedAt: NOW.toISOString(),
	answers: {},
};

beforeEach(() => {
	setDemoMode(false);
	connect();
	resetProgress();
	$notices.set([]);
});

describe('the evaluation store', () => {
	test('the learner seed is random hex, made once and kept in the progress', () => {
		const seed = learnerSeed();

		expect(seed).toMatch(/^[0-9a-f]{16}$/);
		expect(learnerSeed()).toBe(seed);
		expect(stored().learnerSeed).toBe(seed);
	});

	test('each answer is saved at once and survives a reload (an interrupted run resumes)', () => {
		startRun(run);
		saveRunAnswer('finale-1', 'ev-cadre-1', { type: 'single', selected: 'b' });
		const saved = local.data.get(STORAGE_KEY) as string;

		connect({ [STORAGE_KEY]: saved });

		expect($runs.get()[0]?.answers).toEqual({ 'ev-cadre-1': { type: 'single', selected: 'b' } });
		expect($runs.get()[0]?.completedAt).toBeUndefined();
	});

	test('a completed run is scored once and never changes afterwards', () => {
		startRun(run);
		saveRunAnswer('finale-1', 'ev-cadre-1', { type: 'single', selected: 'b' });
		completeRun('finale-1', { 'ev-cadre-1': { score: 1, max: 1 }, 'ev-banque-1': { score: 0, max: 1 } }, new Date('2026-12-01T09:30:00.000Z'));
		saveRunAnswer('finale-1', 'ev-banque-1', { type: 'single', selected: 'a' });
		completeRun('finale-1', { 'ev-cadre-1': { score: 0, max: 1 }, 'ev-banque-1': { score: 1, max: 1 } });
		dropOpenRun('finale-1');

		expect(stored().runs).toEqual([
			{
				...run,
				answers: { 'ev-cadre-1': { type: 'single', selected: 'b' } },
				completedAt: '2026-12-01T09:30:00.000Z',
				results: { 'ev-cadre-1': { score: 1, max: 1 }, 'ev-banque-1': { score: 0, max: 1 } },
			},
		]);
	});

	test('runs live apart from the per-item history: recording practice never touches them', () => {
		startRun(run);

		expect(Object.keys($progress.get().attempts)).toEqual([]);
		expect($progress.get().runs).toHaveLength(1);
	});

	test('an open run whose questions left the pool can be dropped; nothing is written in demo mode', () => {
		startRun(run);
		dropOpenRun('finale-1');
		expect(stored().runs).toEqual([]);

		setDemoMode(true);
		startRun(run);
		expect($runs.get()).toEqual([]);
	});
});
