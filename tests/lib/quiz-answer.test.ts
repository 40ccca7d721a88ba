import { describe, expect, test } from 'vitest';
import { displayOrder, emptyAnswer, moveStep } from '../../src/lib/quiz-answer';
import { seededRandom } from '../../src/lib/shuffle';
import { items } from './quiz-items';

describe('displayOrder', () => {
	test.each(['single', 'multiple', 'ordering', 'matching'] as const)(
		'gives the same %s order on every call (server and browser agree)',
		(type) => {
			const item = items[type];

			const first = displayOrder(item);
			const second = displayOrder(item);

			expect(first).toEqual(second);
		}
	);

	test('lists every option id once', () => {
		const order = displayOrder(items.multiple);

		expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	test('lists the matching items, not the targets', () => {
		const order = displayOrder(items.matching);

		expect([...order].sort()).toEqual(['ej', 'moa', 'moe']);
	});

	test('shows vrai then faux for true/false', () => {
		const order = displayOrder(items.truefalse);

		expect(order).toEqual(['vrai', 'faux']);
	});

	test('never starts an ordering question solved, whatever its id', () => {
		const solved = items.ordering.items.map((i) => i.id).join();

		const solvedStarts = Array.from({ length: 300 }, (_, i) => ({ ...items.ordering, id: `q-ordre-${i}` }))
			.map((item) => displayOrder(item).join())
			.filter((order) => order === solved);

		expect(solvedStarts).toEqual([]);
	});

	test('never starts a three-step ordering solved on « Réessayer » reshuffles', () => {
		const item = { ...items.ordering, items: items.ordering.items.slice(0, 3) };

		const orders = Array.from({ length: 300 }, (_, i) => displayOrder(item, seededRandom(`essai-${i}`)).join());

		expect(orders).not.toContain('un,deux,trois');
	});
});

describe('emptyAnswer', () => {
	test('starts an ordering answer from the shown order', () => {
		const order = ['trois', 'un', 'quatre', 'deux'];

		const answer = emptyAnswer(items.ordering, order);

		expect(answer).toEqual({ type: 'ordering', order });
	});

	test.each([
		['single', { type: 'single', selected: null }],
		['multiple', { type: 'multiple', selected: [] }],
		['truefalse', { type: 'truefalse', value: null }],
		['matching', { type: 'matching', pairs: {} }],
	] as const)('gives an empty %s answer', (type, expected) => {
		const answer = emptyAnswer(items[type], []);

		expect(answer).toEqual(expected);
	});
});

describe('moveStep', () => {
	const order = ['a', 'b', 'c'];

	test('moves a step up', () => {
		const next = moveStep(order, 1, -1);

		expect(next).toEqual(['b', 'a', 'c']);
		expect(order).toEqual(['a', 'b', 'c']);
	});

	test('moves a step down', () => {
		const next = moveStep(order, 1, 1);

		expect(next).toEqual(['a', 'c', 'b']);
	});

	test.each([
		['the first step up', 0, -1],
		['the last step down', 2, 1],
		['a negative index', -1, 1],
		['an index past the end', 3, -1],
	] as const)('returns the same array when moving %s', (_label, from, delta) => {
		const next = moveStep(order, from, delta);

		expect(next).toBe(order);
	});
});
