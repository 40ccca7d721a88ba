import { describe, expect, test } from 'vitest';
import {
	blockFor,
	defaultSettings,
	formatClock,
	formatDuration,
	parseClock,
	practiceShare,
	schedule,
	scheduleSummary,
	toClockValue,
	type AgendaSettings,
	type AgendaVariant,
} from '../../src/lib/agenda';

/** Issue 13: the day's agenda arithmetic (start time, breaks, overruns), in minutes from midnight. */
const block = (id: string, minutes: number, theory: number, content: AgendaVariant['blocks'][number]['content'] = []) => ({
	id,
	title: `Bloc ${id}`,
	sequence: 1 as const,
	minutes,
	theoryMinutes: theory,
	practiceMinutes: minutes - theory,
	content,
	activity: 'Une activité de test.',
});

/** A small day: 09:00, A 60 min, pause 15, B 45 min, C 30 min → planned end 11:30. */
const day: AgendaVariant = {
	id: 'essai',
	label: 'Essai',
	defaultStart: '09:00',
	defaultBreaks: [{ afterBlock: 'a', minutes: 15, label: 'Pause' }],
	blocks: [
		block('a', 60, 10, [{ lesson: '01-x' }]),
		block('b', 45, 15, [{ lesson: '02-y', sections: ['s1', 's2'] }]),
		block('c', 30, 0, [{ lesson: '02-y', sections: ['s3'] }, { lesson: '01-x' }]),
	],
};
const settings = (patch: Partial<AgendaSettings> = {}): AgendaSettings => ({ ...defaultSettings(day), ...patch });
const times = (s: ReturnType<typeof schedule>) => s.items.map((i) => `${i.kind === 'block' ? i.id : i.label} ${toClockValue(i.start)}-${toClockValue(i.end)}`);

describe('clock strings', () => {
	test.each([
		['09:05', 545],
		['9:05', 545],
		['00:00', 0],
		['23:59', 1439],
		['9\u00a0h 05', 545],
		['14h30', 870],
	])('parseClock(%s) = %i', (text, minutes) => {
		expect(parseClock(text)).toBe(minutes);
	});

	test.each(['', '9', '24:00', '12:60', '9:5', 'neuf heures', '-1:00', '09:00:00'])('parseClock(%j) refuses it', (text) => {
		expect(parseClock(text)).toBeNull();
	});

	test('formatClock writes « 9 h 05 » with no-break spaces, and wraps past midnight', () => {
		expect(formatClock(545)).toBe('9\u00a0h\u00a005');
		expect(formatClock(1050)).toBe('17\u00a0h\u00a030');
		expect(formatClock(1440 + 10)).toBe('0\u00a0h\u00a010');
	});

	test('formatDuration: « 1 h 15 », « 45 min », « 7 h », « 0 min », negative keeps its sign', () => {
		expect(formatDuration(75)).toBe('1\u00a0h\u00a015');
		expect(formatDuration(45)).toBe('45\u00a0min');
		expect(formatDuration(420)).toBe('7\u00a0h');
		expect(formatDuration(0)).toBe('0\u00a0min');
		expect(formatDuration(-20)).toBe('−20\u00a0min');
	});
});

describe('schedule', () => {
	test('the default day: blocks and break one after the other, planned = actual, nobody late', () => {
		const s = schedule(day, settings());

		expect(times(s)).toEqual(['a 09:00-10:00', 'Pause 10:00-10:15', 'b 10:15-11:00', 'c 11:00-11:30']);
		expect(s.plannedEnd).toBe(11 * 60 + 30);
		expect(s.end).toBe(s.plannedEnd);
		expect(s.behind).toEqual([]);
	});

	test('a later start moves every time by the same amount', () => {
		const s = schedule(day, settings({ start: parseClock('09:30') ?? 0 }));

		expect(times(s)).toEqual(['a 09:30-10:30', 'Pause 10:30-10:45', 'b 10:45-11:30', 'c 11:30-12:00']);
		expect(s.plannedEnd).toBe(12 * 60);
	});

	test('an overrun of 20 min on A pushes the break (which keeps its 15 min) and every later block; B and C fall behind', () => {
		const s = schedule(day, settings({ overruns: { a: 20 } }));

		expect(times(s)).toEqual(['a 09:00-10:20', 'Pause 10:20-10:35', 'b 10:35-11:20', 'c 11:20-11:50']);
		expect(s.end).toBe(11 * 60 + 50);
		expect(s.plannedEnd).toBe(11 * 60 + 30);
		// B ends at 11:20, before the planned end of the day: it is not late.
		expect(s.behind.map((b) => [b.id, b.late])).toEqual([['c', 20]]);
		const b = s.items.find((i) => i.kind === 'block' && i.id === 'b');
		expect(b).toMatchObject({ plannedStart: 10 * 60 + 15, plannedEnd: 11 * 60, start: 10 * 60 + 35, late: 0 });
	});

	test('a block that finished early pulls the rest forward; one early and one late cancel out', () => {
		expect(schedule(day, settings({ overruns: { b: -10 } })).end).toBe(11 * 60 + 20);
		const even = schedule(day, settings({ overruns: { a: 10, b: -10 } }));
		expect(even.end).toBe(even.plannedEnd);
		expect(even.behind).toEqual([]);
	});

	test('a negative overrun larger than the block counts the block as zero minutes, never less', () => {
		const s = schedule(day, settings({ overruns: { b: -90 } }));

		const b = s.items.find((i) => i.kind === 'block' && i.id === 'b');
		expect(b).toMatchObject({ start: 10 * 60 + 15, end: 10 * 60 + 15 });
		expect(s.end).toBe(10 * 60 + 45);
	});

	test('empty overruns and an overrun for an unknown block change nothing', () => {
		const base = schedule(day, settings());

		expect(schedule(day, settings({ overruns: {} }))).toEqual(base);
		expect(schedule(day, settings({ overruns: { inconnu: 30 } }))).toEqual(base);
	});

	test('a break after an unknown block is ignored; two breaks after one block follow each other', () => {
		const s = schedule(day, settings({
			breaks: [
				{ afterBlock: 'disparu', minutes: 30, label: 'Fantôme' },
				{ afterBlock: 'b', minutes: 10, label: 'Pause 1' },
				{ afterBlock: 'b', minutes: 5, label: 'Pause 2' },
			],
		}));

		expect(times(s)).toEqual(['a 09:00-10:00', 'b 10:00-10:45', 'Pause 1 10:45-10:55', 'Pause 2 10:55-11:00', 'c 11:00-11:30']);
	});

	test('a day run late into the evening: the whole day late ends after midnight and still reads as a clock', () => {
		const s = schedule(day, settings({ start: 22 * 60, overruns: { c: 60 } }));

		expect(s.end).toBe(25 * 60 + 30);
		expect(formatClock(s.end)).toBe('1\u00a0h\u00a030');
	});
});

describe('summary', () => {
	test('« Fin prévue » alone when nothing moved', () => {
		expect(scheduleSummary(schedule(day, settings()))).toEqual({ planned: 'Fin prévue\u00a0: 11\u00a0h\u00a030', actual: null });
	});

	test('with an overrun: the new end and each late block with its delay', () => {
		const summary = scheduleSummary(schedule(day, settings({ overruns: { a: 20 } })));

		expect(summary.actual).toBe('Avec les écarts\u00a0: fin à 11\u00a0h\u00a050\u202f; en retard\u00a0: Bloc c (20\u00a0min)');
	});

	test('ahead of time: says how much', () => {
		expect(scheduleSummary(schedule(day, settings({ overruns: { a: -15 } }))).actual).toBe('Avec les écarts\u00a0: fin à 11\u00a0h\u00a015, 15\u00a0min d’avance');
	});
});

describe('blocks and content', () => {
	test('defaultSettings copies the breaks (changing them does not change the content)', () => {
		const s = defaultSettings(day);
		s.breaks[0]!.minutes = 99;

		expect(day.defaultBreaks[0]!.minutes).toBe(15);
		expect(s.start).toBe(540);
		expect(s.overruns).toEqual({});
	});

	test('blockFor: the first block naming the whole lesson or the section', () => {
		expect(blockFor(day, '01-x')?.id).toBe('a');
		expect(blockFor(day, '01-x', 'n-importe')?.id).toBe('a');
		expect(blockFor(day, '02-y', 's2')?.id).toBe('b');
		expect(blockFor(day, '02-y', 's3')?.id).toBe('c');
		expect(blockFor(day, '02-y')?.id).toBe('b');
		expect(blockFor(day, '02-y', 'absente')).toBeUndefined();
		expect(blockFor(day, '99-z')).toBeUndefined();
	});

	test('practiceShare: practice minutes over all minutes', () => {
		expect(practiceShare(day.blocks)).toBeCloseTo(110 / 135);
		expect(practiceShare([])).toBe(0);
	});
});
