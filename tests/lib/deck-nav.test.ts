import { describe, expect, test } from 'vitest';
import { jumpTarget, keyAction, slideFromHash, slideHash } from '../../src/lib/deck-nav';

/** Issue 13: the projection's keys (the help panel's list) and its place in the URL. */

const COUNT = 20;
const none = new Map<string, number>();

describe('keyAction: moving', () => {
	test.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('« %s » goes to the next slide', (key) => {
		expect(keyAction(key, 5, COUNT, '')).toEqual({ type: 'goto', slide: 6 });
	});

	test.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('« %s » goes to the previous slide', (key) => {
		expect(keyAction(key, 5, COUNT, '')).toEqual({ type: 'goto', slide: 4 });
	});

	test('Home opens the first slide, End the last', () => {
		expect(keyAction('Home', 7, COUNT, '')).toEqual({ type: 'goto', slide: 1 });
		expect(keyAction('End', 7, COUNT, '')).toEqual({ type: 'goto', slide: COUNT });
	});

	test('next on the last slide and previous on the first stay where they are', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(keyAction(key, COUNT, COUNT, '')).toEqual({ type: 'goto', slide: COUNT });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyAction(key, 1, COUNT, '')).toEqual({ type: 'goto', slide: 1 });
	});

	test('a one-slide deck: every move stays on slide 1', () => {
		for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(keyAction(key, 1, 1, '')).toEqual({ type: 'goto', slide: 1 });
	});
});

describe('keyAction: typing a number then Enter', () => {
	test('each digit is passed on, to be collected by the page', () => {
		for (const digit of ['0', '1', '5', '9']) expect(keyAction(digit, 3, COUNT, '')).toEqual({ type: 'digit', digit });
		expect(keyAction('2', 3, COUNT, '1')).toEqual({ type: 'digit', digit: '2' });
	});

	test('Enter after « 1 » « 2 » jumps to slide 12', () => {
		expect(keyAction('Enter', 3, COUNT, '12')).toEqual({ type: 'goto', slide: 12 });
		expect(keyAction('Enter', 3, COUNT, '20')).toEqual({ type: 'goto', slide: 20 });
		expect(keyAction('Enter', 3, COUNT, '007')).toEqual({ type: 'goto', slide: 7 });
	});

	test('Enter with nothing typed, « 0 » or « 99 » of 20 is not the deck\'s: null', () => {
		expect(keyAction('Enter', 3, COUNT, '')).toBeNull();
		expect(keyAction('Enter', 3, COUNT, '0')).toBeNull();
		expect(keyAction('Enter', 3, COUNT, '99')).toBeNull();
		expect(keyAction('Enter', 3, COUNT, '21')).toBeNull();
	});

	test('jumpTarget reads up to three digits; a four-digit input is refused (the page keeps only the last three)', () => {
		expect(jumpTarget('5', COUNT)).toBe(5);
		expect(jumpTarget('150', 200)).toBe(150);
		expect(jumpTarget('1234', 2000)).toBeNull();
		expect(jumpTarget('0005', COUNT)).toBeNull();
	});

	test('jumpTarget refuses anything but digits', () => {
		for (const typed of ['', ' 5', '5 ', '-1', '+3', '1e1', '2.0', 'a']) expect(jumpTarget(typed, COUNT)).toBeNull();
	});
});

describe('keyAction: panels and modes', () => {
	test.each([
		['o', 'overview'],
		['O', 'overview'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['n', 'presenter'],
		['N', 'presenter'],
		['s', 'solution'],
		['S', 'solution'],
		['?', 'help'],
		['Escape', 'escape'],
	])('« %s » → %s', (key, type) => {
		expect(keyAction(key, 4, COUNT, '')).toEqual({ type });
	});

	test.each(['a', 'x', 'Tab', 'Shift', 'Control', 'F5', 'Backspace', 'Delete', '/', '+', 'Dead', ''])('« %s » is not the deck\'s: null', (key) => {
		expect(keyAction(key, 4, COUNT, '')).toBeNull();
	});

	test('a pending number does not change what the other keys do', () => {
		expect(keyAction('ArrowRight', 4, COUNT, '12')).toEqual({ type: 'goto', slide: 5 });
		expect(keyAction('o', 4, COUNT, '12')).toEqual({ type: 'overview' });
	});
});

describe('slideHash and slideFromHash', () => {
	const starts = new Map([
		['cadres', 4],
		['mode-operatoire', 9],
		['frais-annexes-é', 12],
	]);

	test('slideHash writes « #diapo-N », which slideFromHash reads back', () => {
		expect(slideHash(3)).toBe('#diapo-3');
		for (let n = 1; n <= COUNT; n += 1) expect(slideFromHash(slideHash(n), COUNT, none)).toBe(n);
	});

	test('#diapo-3 is slide 3, with or without the « # »', () => {
		expect(slideFromHash('#diapo-3', COUNT, none)).toBe(3);
		expect(slideFromHash('diapo-3', COUNT, none)).toBe(3);
	});

	test('a number out of range is brought back within the deck', () => {
		expect(slideFromHash('#diapo-0', COUNT, none)).toBe(1);
		expect(slideFromHash('#diapo-99', COUNT, none)).toBe(COUNT);
		expect(slideFromHash('#diapo-99999999999999999999', COUNT, none)).toBe(COUNT);
	});

	test('a section\'s anchor opens its first slide', () => {
		expect(slideFromHash('#cadres', COUNT, starts)).toBe(4);
		expect(slideFromHash('#mode-operatoire', COUNT, starts)).toBe(9);
	});

	test('a URL-encoded section id is decoded before the look-up', () => {
		expect(slideFromHash('#frais-annexes-%C3%A9', COUNT, starts)).toBe(12);
		expect(slideFromHash('#diapo%2D5', COUNT, starts)).toBe(5);
	});

	test('an empty or unknown fragment opens slide 1', () => {
		for (const hash of ['', '#', '#inconnu', '#diapo-', '#diapo-2.5', '#diapo--3', '#Cadres']) expect(slideFromHash(hash, COUNT, starts)).toBe(1);
	});

	// decodeURIComponent throws on a malformed escape (a « % » typed in the address bar, e.g.
	// /projection/07-…/#100%); the projection and the presenter view read the hash while starting up.
	test('a malformed percent escape is an unknown fragment: slide 1, no exception', () => {
		expect(slideFromHash('#100%', COUNT, starts)).toBe(1);
		expect(slideFromHash('#diapo-%E0%A4%A', COUNT, starts)).toBe(1);
	});
});
