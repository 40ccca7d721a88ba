import { describe, expect, test } from 'vitest';
import type { EvaluationRun } from '../../../src/lib/evaluation-model';
import { emptyProgress, type ProgressState } from '../../../src/lib/progress-model';
import {
	markSent,
	moveOnMet,
	planStatements,
	readLaunch,
	readStateDocument,
	RESULT_EXTENSION,
	stateDocument,
	type Cmi5Launch,
	type Cmi5Sent,
} from '../../../src/lib/lms/cmi5-rules';
import { CMI5_AU_ID } from '../../../scripts/package/manifests.mjs';

const rule = { passMark: 0.8, validatedRight: 2 };
const objectives = ['cadre', 'compte', 'banque'];
const at = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h)).toISOString();
const normal: Cmi5Launch = { launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8 };

/** A final run over 3 questions per objective, `right` of them right per objective. */
function finale(number: number, right: number[] | null): EvaluationRun {
	const questions = objectives.flatMap((o) => [1, 2, 3].map((n) => ({ id: `ev-${o}-${number}-${n}`, objective: o })));
	const base: EvaluationRun = { id: `finale-${number}`, kind: 'finale', number, bank: 'v1', questions, startedAt: at(number), answers: {} };
	if (!right) return base;
	const results = Object.fromEntries(questions.map((q, i) => [q.id, { score: i % 3 < (right[Math.floor(i / 3)] ?? 0) ? 1 : 0, max: 1 }]));
	return { ...base, completedAt: at(number, 10), results };
}
const progress = (...runs: EvaluationRun[]): ProgressState => ({ ...emptyProgress('chorus-pro-micro-cours'), runs });
const ALL = [3, 3, 3];
const FEW = [1, 1, 1];

/** Plays a learner's runs one after the other, each time sending what the plan says: the verbs sent, in order. */
function play(launch: Cmi5Launch, ...results: (number[] | null)[]): string[] {
	let sent: Cmi5Sent = {};
	const verbs: string[] = [];
	const runs: EvaluationRun[] = [];
	results.forEach((right, i) => {
		runs.push(finale(i + 1, right));
		const plan = planStatements(progress(...runs), rule, launch, sent);
		for (const verb of plan.verbs) {
			verbs.push(verb);
			sent = markSent(sent, verb, at(i + 1, 11), plan.run);
		}
		// A second look at the same state sends nothing more.
		expect(planStatements(progress(...runs), rule, launch, sent).verbs).toEqual([]);
	});
	return verbs;
}

describe('planStatements: completed, passed and failed by the cmi5 rules', () => {
	test('nothing before a completed final run (an open run, no run)', () => {
		expect(planStatements(progress(), rule, normal, {}).verbs).toEqual([]);
		expect(planStatements(progress(finale(1, null)), rule, normal, {}).verbs).toEqual([]);
	});

	test('a first run passed: completed then passed, with the scaled score and the run in the extension', () => {
		const plan = planStatements(progress(finale(1, [3, 3, 2])), rule, normal, {});
		expect(plan.verbs).toEqual(['completed', 'passed']);
		expect(plan.score).toEqual({ scaled: 0.88, raw: 88, min: 0, max: 100 });
		expect(plan.reports?.[0]).toMatchObject({ run: 1, score: 88, passed: true, objectives: { banque: { right: 2, total: 3, validated: true } } });
	});

	test('fail, fail, pass, fail: completed and failed once, then passed once; the later runs send nothing', () => {
		expect(play(normal, FEW, FEW, ALL, FEW)).toEqual(['completed', 'failed', 'passed']);
	});

	test('pass then fail: never a failed after a passed, never a second passed', () => {
		expect(play(normal, ALL, FEW, ALL)).toEqual(['completed', 'passed']);
	});

	test('the result statement after earlier runs lists them, latest first', () => {
		const plan = planStatements(progress(finale(1, FEW), finale(2, ALL)), rule, normal, { completed: at(1), failed: { at: at(1), run: 'finale-1' } });
		expect(plan.verbs).toEqual(['passed']);
		expect(plan.reports?.map((r) => [r.run, r.passed])).toEqual([
			[2, true],
			[1, false],
		]);
	});

	test('the LMS’s masteryScore overrides the course’s pass mark, both ways', () => {
		// 7 of 9 = 77 %: failed by the course (80 %), passed by a platform at 70 %.
		const seven = progress(finale(1, [3, 2, 2]));
		expect(planStatements(seven, rule, { ...normal, masteryScore: 0.7 }, {}).verbs).toEqual(['completed', 'passed']);
		expect(planStatements(seven, rule, normal, {}).verbs).toEqual(['completed', 'failed']);
		// 8 of 9 = 88 %: passed by the course, failed by a platform at 90 %.
		expect(planStatements(progress(finale(1, [3, 3, 2])), rule, { ...normal, masteryScore: 0.9 }, {}).verbs).toEqual(['completed', 'failed']);
		// No masteryScore: the course's own rule.
		const { masteryScore: _, ...without } = normal;
		expect(planStatements(seven, rule, without, {}).verbs).toEqual(['completed', 'failed']);
	});

	test('a score exactly at masteryScore passes (0.8 ≥ 0.8)', () => {
		// 4 of 5 right over one objective cannot be drawn here: 12 of 15 is.
		const questions = Array.from({ length: 15 }, (_, i) => ({ id: `q${i}`, objective: 'cadre' }));
		const results = Object.fromEntries(questions.map((q, i) => [q.id, { score: i < 12 ? 1 : 0, max: 1 }]));
		const run: EvaluationRun = { id: 'finale-1', kind: 'finale', number: 1, bank: 'v1', questions, startedAt: at(1), answers: {}, completedAt: at(1, 10), results };
		const plan = planStatements(progress(run), rule, normal, {});
		expect(plan.score?.scaled).toBe(0.8);
		expect(plan.verbs).toEqual(['completed', 'passed']);
	});

	test('Browse and Review send no result at all', () => {
		expect(play({ ...normal, launchMode: 'Browse' }, ALL)).toEqual([]);
		expect(play({ ...normal, launchMode: 'Review' }, FEW)).toEqual([]);
	});
});

describe('moveOnMet', () => {
	test('each moveOn against what was sent', () => {
		const completed: Cmi5Sent = { completed: at(1) };
		const passed: Cmi5Sent = { completed: at(1), passed: { at: at(1), run: 'finale-1' } };
		const failed: Cmi5Sent = { completed: at(1), failed: { at: at(1), run: 'finale-1' } };
		expect([moveOnMet('Passed', {}), moveOnMet('Passed', failed), moveOnMet('Passed', passed)]).toEqual([false, false, true]);
		expect([moveOnMet('Completed', {}), moveOnMet('Completed', failed)]).toEqual([false, true]);
		expect([moveOnMet('CompletedAndPassed', completed), moveOnMet('CompletedAndPassed', passed)]).toEqual([false, true]);
		expect([moveOnMet('CompletedOrPassed', {}), moveOnMet('CompletedOrPassed', completed)]).toEqual([false, true]);
		expect(moveOnMet('NotApplicable', {})).toBe(true);
	});
});

describe('readLaunch: LMS.LaunchData', () => {
	test('reads launchMode, moveOn, masteryScore and returnURL', () => {
		expect(readLaunch({ launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL: 'https://lms.example/retour', contextTemplate: {} })).toEqual({
			launchMode: 'Normal',
			moveOn: 'Passed',
			masteryScore: 0.8,
			returnURL: 'https://lms.example/retour',
		});
		expect(readLaunch({ launchMode: 'Review', moveOn: 'NotApplicable' })).toEqual({ launchMode: 'Review', moveOn: 'NotApplicable' });
	});

	test('refuses what it cannot read, saying which field', () => {
		expect(readLaunch(null)).toEqual({ error: 'launchMode «\u00a0undefined\u00a0» inconnu' });
		expect(readLaunch({ launchMode: 'normal', moveOn: 'Passed' })).toMatchObject({ error: expect.stringContaining('launchMode') });
		expect(readLaunch({ launchMode: 'Normal', moveOn: 'Done' })).toMatchObject({ error: expect.stringContaining('moveOn') });
		expect(readLaunch({ launchMode: 'Normal', moveOn: 'Passed', masteryScore: 80 })).toMatchObject({ error: expect.stringContaining('masteryScore') });
	});
});

describe('the state document', () => {
	test('round trip: the progress and what was sent', () => {
		const state = progress(finale(1, ALL));
		const sent: Cmi5Sent = { completed: at(1), passed: { at: at(1), run: 'finale-1' } };
		const read = readStateDocument(JSON.parse(JSON.stringify(stateDocument(state, sent))), 'chorus-pro-micro-cours');
		expect(read).toEqual({ progress: JSON.stringify(state), sent });
		// An LRS may hand the JSON back as text.
		expect(readStateDocument(JSON.stringify(stateDocument(state, sent)), 'chorus-pro-micro-cours')).toEqual(read);
	});

	test('no document: a first launch', () => {
		expect(readStateDocument(undefined, 'x')).toBeNull();
		expect(readStateDocument('', 'x')).toBeNull();
	});

	test('a document that is not this course’s, of a later version, or broken: a French reason', () => {
		const good = stateDocument(progress(), {});
		expect(readStateDocument('{oops', 'chorus-pro-micro-cours')).toEqual({ error: expect.stringContaining('pas du JSON') });
		expect(readStateDocument({ some: 'thing' }, 'chorus-pro-micro-cours')).toEqual({ error: expect.stringContaining('pas celles de ce cours') });
		expect(readStateDocument({ ...good, version: 2 }, 'chorus-pro-micro-cours')).toEqual({ error: expect.stringContaining('version (2)') });
		expect(readStateDocument({ ...good, sent: { passed: 'yes' } }, 'chorus-pro-micro-cours')).toEqual({ error: expect.stringContaining('incomplètes') });
		expect(readStateDocument(good, 'autre-cours')).toEqual({ error: expect.stringContaining('pas de progression de ce cours') });
	});
});

test('the result extension is under the AU id of cmi5.xml', () => {
	expect(RESULT_EXTENSION.startsWith(`${CMI5_AU_ID}#`)).toBe(true);
});
