import { describe, expect, test } from 'vitest';
import { classifyCheck } from '../../../src/lib/counting';
import type { EvaluationRun } from '../../../src/lib/evaluation-model';
import { apresRun, avantRun, newRun, summariseRun } from '../../../src/lib/evaluation-runs';
import { lmsStatus, objectiveStatuses } from '../../../src/lib/lms/lesson-status';
import { decodeSuspendData, encodeSuspendData, keptRuns, SUSPEND_DATA_LIMIT, type SuspendDictionary } from '../../../src/lib/lms/suspend-data';
import { objectiveResults, type MasteryParams } from '../../../src/lib/mastery';
import { progressProblem, type Attempt, type ProgressState } from '../../../src/lib/progress-model';
import type { Answer, QuizItem } from '../../../src/lib/quiz-types';
import { scoreAnswer } from '../../../src/lib/scoring';
import { courseDictionary, json, lessons, objectives, pool, rule } from './course-content';

// ——— The course as the package will see it: the real content ———

const dict: SuspendDictionary = courseDictionary(true);
const itemObjectives = dict.itemObjectives as Record<string, string[]>;
const mastery = (json('content/mastery.json') as Record<string, number>[])[0] as unknown as MasteryParams;
const perObjective = Object.fromEntries((json('content/evaluations.json') as { id: string; perObjective: number }[]).map((e) => [e.id, e.perObjective]));
const COURSE = 'chorus-pro-micro-cours';
const SEED = 'a1b2c3d4e5f60718';

// ——— Building progress ———

const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 11, day, 8, minute, 7, 123)).toISOString();
const attempt = (outcome: Attempt['outcome'], score: number, max: number, when: string, context: Attempt['context'] = 'lesson'): Attempt => ({
	objectives: ['ignored-by-results'],
	score,
	max,
	outcome,
	context,
	at: when,
	durationMs: 4321,
});

/** A realistic answer to a pool question: right for `right`, otherwise a plausible wrong one. */
function answerTo(item: QuizItem, right: boolean): Answer {
	switch (item.type) {
		case 'single': {
			const pick = item.options.find((o) => o.correct === right) ?? item.options[0];
			return { type: 'single', selected: pick?.id ?? null };
		}
		case 'multiple':
			return { type: 'multiple', selected: item.options.filter((o) => (right ? o.correct : !o.correct)).map((o) => o.id) };
		case 'truefalse':
			return { type: 'truefalse', value: right ? item.answer : !item.answer };
		case 'ordering': {
			const order = item.items.map((i) => i.id);
			return { type: 'ordering', order: right ? order : order.reverse() };
		}
		case 'matching': {
			const targets = item.items.map((i) => i.target);
			return { type: 'matching', pairs: Object.fromEntries(item.items.map((i, n) => [i.id, right ? i.target : (targets[(n + 1) % targets.length] as string)])) };
		}
	}
}

const poolById = new Map(pool.map((q) => [q.id, q]));

/** A run of `kind` drawn from the real pool, every question answered, `rightShare` of them right, completed. */
function takeRun(runs: EvaluationRun[], kind: 'positionnement' | 'finale', day: number, rightShare: number, complete = true): EvaluationRun {
	const plan = { kind, objectives, perObjective: perObjective[kind] as number, learnerSeed: SEED, bank: '3f9a0c2b7d41', pool };
	const run = newRun(plan, runs, new Date(at(day, 0)));
	run.questions.forEach((q, i) => {
		run.answers[q.id] = answerTo(poolById.get(q.id) as QuizItem, i < Math.round(run.questions.length * rightShare));
	});
	if (!complete) return run;
	run.completedAt = at(day, 40);
	run.results = Object.fromEntries(run.questions.map((q) => {
		const check = scoreAnswer(poolById.get(q.id) as QuizItem, run.answers[q.id] as Answer);
		return [q.id, { score: check.score, max: check.max }];
	}));
	return run;
}

/**
 * The heaviest realistic progress: every item of the content with 5 attempts (counted, practice
 * and solutions shown over three days), every lesson completed, a positioning run and 5 final
 * runs with every question answered.
 */
function heaviest(): ProgressState {
	const attempts: Record<string, Attempt[]> = {};
	dict.items.forEach((id, n) => {
		const max = 1 + (n % 12); // some above 9, to cross the escape path
		const score = n % 7 === 0 ? 0 : max;
		attempts[id] = [
			attempt('scored', 0, max, at(2 + (n % 9), n % 50)),
			attempt('practice', max, max, at(2 + (n % 9), 1 + (n % 50))),
			attempt('revealed', 0, max, at(12 + (n % 5), n % 50)),
			attempt('scored', score, max, at(18 + (n % 4), n % 50)),
			attempt('practice', max, max, at(18 + (n % 4), 3 + (n % 50))),
		];
	});
	const runs: EvaluationRun[] = [];
	runs.push(takeRun(runs, 'positionnement', 1, 0.4));
	[0.5, 0.9, 0.7, 0.85, 0.77].forEach((share, i) => runs.push(takeRun(runs, 'finale', 23 + i, share)));
	return {
		version: 2,
		courseId: COURSE,
		learnerName: 'Marie-Hélène Lefèvre-Dubœuf',
		learnerEmployer: 'Société d’Électricité Générale & Fils (SEGF)',
		learnerSeed: SEED,
		attempts,
		lessons: Object.fromEntries(
			lessons.map((l, i) => [l, { firstVisitAt: at(1 + i, 5), lastVisitAt: at(10 + i, 30), completedAt: at(10 + i, 29), timeSpentMs: 600_000 + i * 31_337 }]),
		),
		lastPlace: { lesson: lessons.at(-1) as string, section: 'calendrier-de-la-reforme', at: at(27, 50) },
		runs,
	};
}

/** Everything a result reads, for before/after comparisons. */
function readings(state: ProgressState) {
	const runs = state.runs ?? [];
	const avant = avantRun(runs);
	const apres = apresRun(runs);
	return {
		objectives: objectiveResults(objectives, state.attempts, itemObjectives, mastery),
		avant: avant && { id: avant.id, completedAt: avant.completedAt, summary: summariseRun(avant, rule) },
		apres: apres && { id: apres.id, completedAt: apres.completedAt, summary: summariseRun(apres, rule) },
		lms: lmsStatus(runs, rule),
		lmsObjectives: objectiveStatuses(objectives, runs, rule),
	};
}

function roundTrip(state: ProgressState): ProgressState {
	const decoded = decodeSuspendData(encodeSuspendData(state, dict), COURSE, dict);
	if ('error' in decoded) throw new Error(decoded.error);
	return decoded.state;
}

const heavy = heaviest();
const heavyText = encodeSuspendData(heavy, dict);

describe('suspend_data size', () => {
	test(`the heaviest realistic progress (${dict.items.length} items × 5 attempts, ${lessons.length} lessons, 1 + 5 runs) encodes in ${heavyText.length} characters, under ${SUSPEND_DATA_LIMIT}`, () => {
		console.log(`suspend_data, heaviest realistic progress: ${heavyText.length} characters (JSON of the same progress: ${JSON.stringify(heavy).length})`);
		expect(progressProblem(heavy)).toBeNull();
		expect(Object.keys(heavy.attempts)).toHaveLength(dict.items.length);
		expect(heavy.runs?.every((r) => r.questions.every((q) => r.answers[q.id]))).toBe(true);
		expect(heavyText.length).toBeLessThan(SUSPEND_DATA_LIMIT);
	});

	test('even with the longest name and employer, all in escaped characters, it stays under the limit', () => {
		const longest = { ...heavy, learnerName: 'é'.repeat(80), learnerEmployer: 'É'.repeat(120) };
		expect(progressProblem(longest)).toBeNull();
		const text = encodeSuspendData(longest, dict);
		console.log(`suspend_data, heaviest progress with the longest accented name and employer: ${text.length} characters`);
		expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT);
		expect(roundTrip(longest)).toMatchObject({ learnerName: longest.learnerName, learnerEmployer: longest.learnerEmployer });
	});

	test('only printable ASCII, and none of the characters SCORM runtimes or XML trip on (" < > & \\ %)', () => {
		expect(heavyText).toMatch(/^[\x20-\x7e]+$/);
		expect(heavyText).not.toMatch(/["<>&\\%]/);
	});

	test('encoding is deterministic', () => {
		expect(encodeSuspendData(structuredClone(heavy), dict)).toBe(heavyText);
	});
});

describe('round trip: the same results before and after', () => {
	test('the heaviest progress gives the same objective results, « avant », « après », LMS status and objectives', () => {
		const back = roundTrip(heavy);
		expect(progressProblem(back)).toBeNull();
		expect(readings(back)).toEqual(readings(heavy));
		// Sanity: the comparison is not between empty results.
		expect(readings(heavy).apres?.summary.total).toBe(perObjective.finale * new Set(pool.map((q) => q.objectives[0])).size);
		expect(Object.values(readings(heavy).objectives).some((r) => r.status === 'acquis')).toBe(true);
	});

	test('learner, lessons, last place and kept runs come back whole', () => {
		const back = roundTrip(heavy);
		expect(back.learnerName).toBe(heavy.learnerName);
		expect(back.learnerEmployer).toBe(heavy.learnerEmployer);
		expect(back.learnerSeed).toBe(heavy.learnerSeed);
		expect(back.lessons).toEqual(heavy.lessons);
		expect(back.lastPlace).toEqual(heavy.lastPlace);
		expect(back.runs).toEqual(keptRuns(heavy.runs ?? []));
	});

	test('the runs kept: the positioning run and the 3 latest final runs', () => {
		expect(keptRuns(heavy.runs ?? []).map((r) => r.id)).toEqual(['positionnement-1', 'finale-3', 'finale-4', 'finale-5']);
	});

	test('an unfinished final run is kept with its answers, so it resumes; the « après » run is kept beside it', () => {
		const runs = [...(heavy.runs ?? [])];
		runs.push(takeRun(runs, 'finale', 29, 0.5, false));
		const state = { ...heavy, runs };
		const back = roundTrip(state);
		expect(back.runs?.map((r) => r.id)).toEqual(['positionnement-1', 'finale-4', 'finale-5', 'finale-6']);
		expect(back.runs?.at(-1)).toEqual(runs.at(-1));
		expect(readings(back)).toEqual(readings(state));
	});

	test('after a round trip that dropped older runs, the next run takes a new number (no duplicate id)', () => {
		const back = roundTrip(heavy);
		const next = takeRun(back.runs ?? [], 'finale', 30, 1);
		expect(next.id).toBe('finale-6');
		expect(progressProblem({ ...back, runs: [...(back.runs ?? []), next] })).toBeNull();
	});

	test('each item keeps its outcomes, contexts and order, and its latest counted score exactly', () => {
		const back = roundTrip(heavy);
		for (const id of dict.items) {
			const before = heavy.attempts[id] as Attempt[];
			const after = back.attempts[id] as Attempt[];
			expect(after.map((a) => [a.outcome, a.context])).toEqual(before.map((a) => [a.outcome, a.context]));
			const counted = (list: Attempt[]) => list.findLast((a) => a.outcome === 'scored' && a.context === 'lesson');
			expect([counted(after)?.score, counted(after)?.max]).toEqual([counted(before)?.score, counted(before)?.max]);
			expect(after.map((a) => a.objectives)).toEqual(before.map(() => itemObjectives[id.split(':')[0] as string] ?? itemObjectives[id]));
		}
	});
});

describe('round trip: counted stays counted, practice stays practice (course.md §2)', () => {
	const ITEM = dict.items[0] as string;
	const OTHER = dict.items[1] as string;
	const THIRD = dict.items[2] as string;
	const base: ProgressState = { version: 2, courseId: COURSE, attempts: {}, lessons: {} };

	test('practice and solutions shown never come back counted; an item with no counted check stays « non commencé »', () => {
		const state: ProgressState = {
			...base,
			attempts: {
				[ITEM]: [attempt('revealed', 0, 1, at(3)), attempt('practice', 1, 1, at(3, 2)), attempt('practice', 1, 1, at(3, 4))],
				[OTHER]: [attempt('scored', 2, 4, at(2)), attempt('practice', 4, 4, at(2, 1)), attempt('revealed', 0, 4, at(2, 2)), attempt('practice', 4, 4, at(2, 3))],
			},
		};
		const back = roundTrip(state);
		expect(back.attempts[ITEM]?.map((a) => a.outcome)).toEqual(['revealed', 'practice', 'practice']);
		expect(back.attempts[ITEM]?.some((a) => a.outcome === 'scored')).toBe(false);
		// The latest counted check of OTHER is 2/4, not the practice 4/4 that followed it.
		expect(back.attempts[OTHER]?.findLast((a) => a.outcome === 'scored')).toMatchObject({ score: 2, max: 4 });
		expect(readings(back)).toEqual(readings(state));
	});

	test('a check right after a resume, the same day, is still practice; the next day it is counted', () => {
		const state: ProgressState = { ...base, attempts: { [ITEM]: [attempt('scored', 0, 1, at(5, 10))], [OTHER]: [attempt('scored', 1, 1, at(4)), attempt('revealed', 0, 1, at(5, 20))] } };
		const back = roundTrip(state);
		for (const id of [ITEM, OTHER]) {
			for (const now of [new Date(at(5, 50)), new Date(at(6, 0)), new Date(Date.UTC(2026, 11, 5, 22, 30))]) {
				expect(classifyCheck(back.attempts[id] ?? [], now), `${id} at ${now.toISOString()}`).toBe(classifyCheck(state.attempts[id] ?? [], now));
			}
		}
	});

	test('lesson-context answers of the v1 evaluations, long histories and retired item ids come back too', () => {
		const long = Array.from({ length: 8 }, (_, i) => attempt(i % 3 ? 'practice' : 'scored', i % 2, 1, at(1 + i)));
		const state: ProgressState = {
			...base,
			attempts: {
				[ITEM]: [attempt('scored', 1, 1, at(2), 'v1-avant'), attempt('scored', 0, 1, at(3), 'v1-apres'), attempt('scored', 1, 2, at(4))],
				[OTHER]: long,
				'q-ancienne': [attempt('scored', 3, 40, at(5)), attempt('practice', 40, 40, at(5, 1))],
				[THIRD]: [],
			},
		};
		const back = roundTrip(state);
		expect(back.attempts[ITEM]?.map((a) => a.context)).toEqual(['v1-avant', 'v1-apres', 'lesson']);
		expect(back.attempts[OTHER]?.map((a) => a.outcome)).toEqual(long.map((a) => a.outcome));
		expect(back.attempts['q-ancienne']?.[0]).toMatchObject({ outcome: 'scored', score: 3, max: 40, objectives: [] });
		expect(back.attempts[THIRD]).toEqual([]);
		expect(readings(back)).toEqual(readings(state));
	});

	test('a sparse progress (long gaps between items) over more than 31 days, with an unusual score, comes back', () => {
		const attempts: Record<string, Attempt[]> = {};
		dict.items.forEach((id, n) => {
			if (n % 97 === 5 || n === dict.items.length - 1 || (n > 200 && n < 215)) {
				attempts[id] = [attempt('scored', n % 2, 1, at(1 + (n % 28), n % 60)), attempt('practice', 1, 1, new Date(Date.UTC(2027, 0, 1 + (n % 20), 9)).toISOString()), attempt('scored', 2.5, 5000, new Date(Date.UTC(2027, 1, 1 + (n % 25), 9)).toISOString())];
			}
		});
		const state: ProgressState = { ...base, attempts };
		const back = roundTrip(state);
		expect(Object.keys(back.attempts).sort()).toEqual(Object.keys(attempts).sort());
		expect(readings(back)).toEqual(readings(state));
		for (const [id, list] of Object.entries(attempts)) {
			for (const now of [new Date(list.at(-1)?.at ?? ''), new Date(Date.UTC(2027, 2, 1))]) expect(classifyCheck(back.attempts[id] ?? [], now)).toBe(classifyCheck(list, now));
		}
	});

	test('a progress without name, seed, lessons or runs comes back as it was; the empty value is a fresh progress', () => {
		expect(roundTrip(base)).toEqual(base);
		expect(decodeSuspendData('', COURSE, dict)).toEqual({ state: base });
	});

	test('names with any character (apostrophes, accents, markup-free punctuation) come back', () => {
		const state: ProgressState = { ...base, learnerName: 'Ève O’Connor-Müller Æ', learnerEmployer: 'SARL L’Atelier & Cie (Lyon/Nord), 3e', learnerSeed: SEED, lastPlace: { lesson: 'lecon-retiree', at: at(2) } };
		expect(roundTrip(state)).toEqual(state);
	});
});

describe('corrupt values: a French message, never an exception', () => {
	const errorOf = (text: string, course = COURSE, d = dict) => {
		const decoded = decodeSuspendData(text, course, d);
		return 'error' in decoded ? decoded.error : null;
	};

	test('every truncation of the heaviest value is refused', () => {
		for (let length = 1; length < heavyText.length; length++) expect(errorOf(heavyText.slice(0, length)), `cut at ${length}`).toMatch(/donn[ée]es de reprise/);
	});

	test('garbage, JSON, and changed characters are refused', () => {
		for (const text of ['garbage', '{"version":2}', 'S1|', 'S1||||||||||||', '|||', 'S', '\u0000\u0001', 'S1|chorus'.repeat(500)]) expect(errorOf(text)).toMatch(/données de reprise/);
		for (let i = 0; i < heavyText.length; i += 13) {
			const changed = heavyText.slice(0, i) + (heavyText[i] === 'A' ? 'B' : 'A') + heavyText.slice(i + 1);
			expect(errorOf(changed), `changed at ${i}`).toMatch(/données de reprise/);
		}
	});

	test('a value whose checksum is right but whose body is not the format is refused, not thrown', () => {
		// Rebuilt with a valid checksum over nonsense fields, as a buggy writer would.
		const fnv = (t: string) => {
			let h = 0x811c9dc5;
			for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
			let out = '';
			for (let i = 0; i < 6; i++, h = Math.floor(h / 64)) out = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[h % 64] + out;
			return out;
		};
		const fields = heavyText.split('|').slice(0, -1);
		for (const [index, value] of [[8, '%%%'], [10, 'x9,zz'], [5, 'A,B'], [3, '[nope]'], [4, '=$zz,,']] as [number, string][]) {
			const body = fields.map((f, i) => (i === index ? value : f)).join('|');
			expect(errorOf(`${body}|${fnv(body)}`), `field ${index}`).toMatch(/données de reprise/);
		}
	});

	test('another course is named', () => {
		expect(errorOf(heavyText, 'autre-cours')).toBe('Les données de reprise sont celles d’un autre cours («\u00a0chorus-pro-micro-cours\u00a0»)\u00a0: elles ne sont pas reprises.');
	});

	test('a newer format is named as such', () => {
		expect(errorOf(`S2|${heavyText.slice(3)}`)).toMatch(/version plus récente du cours \(format S2\)/);
	});

	test('content that changed since the value was written is refused rather than misread', () => {
		const changed = { ...dict, items: [...dict.items, 'zz-nouvel-exercice'] };
		expect(errorOf(heavyText, COURSE, changed)).toMatch(/autre version du contenu du cours/);
	});
});
