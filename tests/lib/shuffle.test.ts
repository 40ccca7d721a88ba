import { describe, expect, test } from 'vitest';
import { seededRandom, shuffle, shuffleAway } from '../../src/lib/shuffle';

describe('seededRandom', () => {
	test('gives the same sequence for the same seed', () => {
		const a = seededRandom('q-siret');
		const b = seededRandom('q-siret');

		const first = Array.from({ length: 10 }, a);
		const second = Array.from({ length: 10 }, b);

		expect(first).toEqual(second);
	});

	test('gives different sequences for different seeds', () => {
		const a = seededRandom('q-siret');
		const b = seededRandom('q-siren');

		const first = Array.from({ length: 5 }, a);
		const second = Array.from({ length: 5 }, b);

		expect(first).not.toEqual(second);
	});

	test('returns numbers in [0, 1)', () => {
		const random = seededRandom('plage');

		const values = Array.from({ length: 1000 }, random);

		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(new Set(values).size).toBeGreaterThan(990);
	});
});

describe('shuffle', () => {
	test('keeps every element and does not change its input', () => {
		const list = ['a', 'b', 'c', 'd', 'e', 'f'];

		const out = shuffle(list, seededRandom('x'));

		expect([...out].sort()).toEqual(list);
		expect(list).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(out).not.toBe(list);
	});

	test('is deterministic for a seeded generator', () => {
		const list = ['a', 'b', 'c', 'd', 'e', 'f'];

		const first = shuffle(list, seededRandom('graine'));
		const second = shuffle(list, seededRandom('graine'));

		expect(first).toEqual(second);
	});

	test('reaches every order of three elements over many seeds', () => {
		const list = ['a', 'b', 'c'];

		const orders = new Set(Array.from({ length: 200 }, (_, i) => shuffle(list, seededRandom(`s${i}`)).join('')));

		expect(orders.size).toBe(6);
	});
});

describe('shuffleAway', () => {
	test.each([2, 3, 4, 5, 8])('never returns the solved order of %i elements over 500 seeds', (length) => {
		const list = Array.from({ length }, (_, i) => `e${i}`);

		const identical = Array.from({ length: 500 }, (_, seed) => shuffleAway(list, seededRandom(`seed-${seed}`))).filter(
			(out) => out.join() === list.join()
		);

		expect(identical).toEqual([]);
	});

	test('still moves the list when the generator always returns the identity shuffle', () => {
		const list = ['a', 'b', 'c'];
		const alwaysLast = () => 0.9999;

		const out = shuffleAway(list, alwaysLast);

		expect(out).not.toEqual(list);
		expect([...out].sort()).toEqual(list);
	});

	test.each([[[]], [['seul']]])('returns a copy of a list of length < 2 (%o)', (list: string[]) => {
		const out = shuffleAway(list, seededRandom('x'));

		expect(out).toEqual(list);
		expect(out).not.toBe(list);
	});
});
