import { describe, expect, test } from 'vitest';
import { isComplete, scoreAnswer, solutionOf } from '../../src/lib/scoring';
import type { Answer, QuizItem } from '../../src/lib/quiz-types';
import { items } from './quiz-items';

describe('scoreAnswer', () => {
	test('gives 1/1 to the right single choice', () => {
		const check = scoreAnswer(items.single, { type: 'single', selected: 'b' });

		expect(check).toEqual({ score: 1, max: 1, correct: true, parts: { a: true, b: true, c: true } });
	});

	test('gives 0/1 to a wrong single choice and marks the chosen and the missed options', () => {
		const check = scoreAnswer(items.single, { type: 'single', selected: 'a' });

		expect(check).toEqual({ score: 0, max: 1, correct: false, parts: { a: false, b: false, c: true } });
	});

	test('gives 0/1 to a single choice with nothing selected', () => {
		const check = scoreAnswer(items.single, { type: 'single', selected: null });

		expect(check.score).toBe(0);
		expect(check.correct).toBe(false);
	});

	test('gives 1/1 to a multiple choice with exactly the right options', () => {
		const check = scoreAnswer(items.multiple, { type: 'multiple', selected: ['c', 'a'] });

		expect(check).toEqual({ score: 1, max: 1, correct: true, parts: { a: true, b: true, c: true, d: true } });
	});

	test('gives 0/1 to a multiple choice missing a right option', () => {
		const check = scoreAnswer(items.multiple, { type: 'multiple', selected: ['a'] });

		expect(check).toEqual({ score: 0, max: 1, correct: false, parts: { a: true, b: true, c: false, d: true } });
	});

	test('gives 0/1 to a multiple choice with an extra wrong option', () => {
		const check = scoreAnswer(items.multiple, { type: 'multiple', selected: ['a', 'c', 'd'] });

		expect(check.score).toBe(0);
		expect(check.parts.d).toBe(false);
	});

	test.each([
		[false, 1, true],
		[true, 0, false],
		[null, 0, false],
	])('scores true/false answer %s as %s', (value, score, correct) => {
		const check = scoreAnswer(items.truefalse, { type: 'truefalse', value });

		expect(check).toEqual({ score, max: 1, correct, parts: { reponse: correct } });
	});

	test('gives one point per step in its place for ordering', () => {
		const check = scoreAnswer(items.ordering, { type: 'ordering', order: ['un', 'trois', 'deux', 'quatre'] });

		expect(check).toEqual({
			score: 2,
			max: 4,
			correct: false,
			parts: { un: true, deux: false, trois: false, quatre: true },
		});
	});

	test('gives full marks to the right order', () => {
		const check = scoreAnswer(items.ordering, { type: 'ordering', order: ['un', 'deux', 'trois', 'quatre'] });

		expect(check.score).toBe(4);
		expect(check.correct).toBe(true);
	});

	test('gives 0 to a fully reversed order', () => {
		const check = scoreAnswer(items.ordering, { type: 'ordering', order: ['quatre', 'trois', 'deux', 'un'] });

		expect(check.score).toBe(0);
	});

	test('gives one point per right pair for matching', () => {
		const check = scoreAnswer(items.matching, {
			type: 'matching',
			pairs: { ej: 'engagement', moe: 'ouvrage', moa: 'leurre' },
		});

		expect(check).toEqual({ score: 1, max: 3, correct: false, parts: { ej: true, moe: false, moa: false } });
	});

	test('counts an unanswered pair as wrong', () => {
		const check = scoreAnswer(items.matching, { type: 'matching', pairs: { ej: 'engagement', moe: 'oeuvre' } });

		expect(check.score).toBe(2);
		expect(check.parts.moa).toBe(false);
	});

	test('throws when the answer type does not match the item type', () => {
		const act = () => scoreAnswer(items.single, { type: 'truefalse', value: true });

		expect(act).toThrow('Réponse de type truefalse pour une question de type single');
	});
});

describe('solutionOf', () => {
	test.each(Object.entries(items))('scores full marks on the %s item', (_type, item: QuizItem) => {
		const solution = solutionOf(item);

		const check = scoreAnswer(item, solution);

		expect(check.correct).toBe(true);
		expect(check.score).toBe(check.max);
		expect(isComplete(item, solution)).toBe(true);
	});

	test('gives the right ids for single and multiple choices', () => {
		const single = solutionOf(items.single);
		const multiple = solutionOf(items.multiple);

		expect(single).toEqual({ type: 'single', selected: 'b' });
		expect(multiple).toEqual({ type: 'multiple', selected: ['a', 'c'] });
	});
});

describe('isComplete', () => {
	test.each<[string, QuizItem, Answer, boolean]>([
		['single with nothing selected', items.single, { type: 'single', selected: null }, false],
		['single with a choice', items.single, { type: 'single', selected: 'a' }, true],
		['multiple with nothing selected', items.multiple, { type: 'multiple', selected: [] }, false],
		['multiple with one choice', items.multiple, { type: 'multiple', selected: ['b'] }, true],
		['true/false unanswered', items.truefalse, { type: 'truefalse', value: null }, false],
		['true/false answered false', items.truefalse, { type: 'truefalse', value: false }, true],
		['ordering untouched', items.ordering, { type: 'ordering', order: ['deux', 'un', 'trois', 'quatre'] }, true],
		['matching with one select left', items.matching, { type: 'matching', pairs: { ej: 'engagement', moe: 'oeuvre' } }, false],
		['matching with an empty select', items.matching, { type: 'matching', pairs: { ej: 'engagement', moe: 'oeuvre', moa: '' } }, false],
		['matching with every select chosen', items.matching, { type: 'matching', pairs: { ej: 'leurre', moe: 'leurre', moa: 'leurre' } }, true],
	])('says %s → %s', (_label, item, answer, expected) => {
		const complete = isComplete(item, answer);

		expect(complete).toBe(expected);
	});
});
