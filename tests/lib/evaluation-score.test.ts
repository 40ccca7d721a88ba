import { describe, expect, test } from 'vitest';
import { answerText, expectedText } from '../../src/lib/answer-text';
import type { EvaluationRun } from '../../src/lib/evaluation-model';
import { isAnswered, missingQuestions, scoreRun, unanswered } from '../../src/lib/evaluation-score';
import type { QuizItem } from '../../src/lib/quiz-types';
import { items } from './quiz-items';

const all = new Map<string, QuizItem>(Object.values(items).map((i) => [i.id, i]));
const run = (answers: EvaluationRun['answers']): EvaluationRun => ({
	id: 'finale-1',
	kind: 'finale',
	number: 1,
	bank: 'v1',
	questions: [...all.keys()].map((id) => ({ id, objective: 'depot' })),
	startedAt: '2026-12-01T09:00:00.000Z',
	answers,
});

describe('scoreRun: the results fixed when a run ends', () => {
	test('right answers score their maximum, wrong ones less, unanswered ones 0 of their maximum', () => {
		const results = scoreRun(
			run({
				'q-single': { type: 'single', selected: 'b' },
				'q-multiple': { type: 'multiple', selected: ['a'] },
				'q-ordre': { type: 'ordering', order: ['un', 'deux', 'quatre', 'trois'] },
				'q-paires': { type: 'matching', pairs: { ej: 'engagement', moe: 'oeuvre', moa: 'ouvrage' } },
			}),
			all
		);

		expect(results).toEqual({
			'q-single': { score: 1, max: 1 },
			'q-multiple': { score: 0, max: 1 },
			'q-vf': { score: 0, max: 1 },
			'q-ordre': { score: 2, max: 4 },
			'q-paires': { score: 3, max: 3 },
		});
	});

	test('an incomplete matching answer and an answer of the wrong type count as unanswered (0), never as an error', () => {
		const results = scoreRun(
			run({ 'q-paires': { type: 'matching', pairs: { ej: 'engagement' } }, 'q-vf': { type: 'single', selected: 'a' } }),
			all
		);

		expect(results['q-paires']).toEqual({ score: 0, max: 3 });
		expect(results['q-vf']).toEqual({ score: 0, max: 1 });
	});

	test('a question missing from the pool cannot be scored: the run is not ended with a made-up result', () => {
		const fewer = new Map([...all].filter(([id]) => id !== 'q-vf'));

		expect(missingQuestions(run({}), fewer)).toEqual(['q-vf']);
		expect(() => scoreRun(run({}), fewer)).toThrow('question «\u00a0q-vf\u00a0» absente de la banque d’évaluation');
	});
});

describe('unanswered: the count shown under the questions', () => {
	test('lists every question with no complete answer; an ordering counts once a step moved', () => {
		expect(unanswered(run({}), all)).toHaveLength(5);
		const some = run({ 'q-ordre': { type: 'ordering', order: ['deux', 'un', 'trois', 'quatre'] }, 'q-multiple': { type: 'multiple', selected: [] } });

		expect(unanswered(some, all)).toEqual(['q-single', 'q-multiple', 'q-vf', 'q-paires']);
		expect(isAnswered(items.truefalse, { type: 'truefalse', value: false })).toBe(true);
		expect(isAnswered(items.truefalse, undefined)).toBe(false);
	});
});

describe('answers in words, for the correction', () => {
	test('says the learner’s answer and the expected one for every type', () => {
		expect(answerText(items.single, { type: 'single', selected: 'a' })).toBe('«\u00a0A\u00a0»');
		expect(answerText(items.multiple, { type: 'multiple', selected: ['a', 'b'] })).toBe('«\u00a0A\u00a0», «\u00a0B\u00a0»');
		expect(answerText(items.truefalse, { type: 'truefalse', value: true })).toBe('Vrai');
		expect(expectedText(items.ordering)).toBe('1. Un\u202f; 2. Deux\u202f; 3. Trois\u202f; 4. Quatre');
		expect(expectedText(items.matching)).toBe('EJ → Engagement\u202f; MOE → Maître d’œuvre\u202f; MOA → Maître d’ouvrage');
		expect(answerText(items.single, undefined)).toBeNull();
		expect(answerText(items.multiple, { type: 'multiple', selected: [] })).toBeNull();
	});
});
