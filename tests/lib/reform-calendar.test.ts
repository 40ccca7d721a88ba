import { describe, expect, test } from 'vitest';
import {
	actionsFor,
	applicableObligations,
	calendarAt,
	confidenceText,
	daysBetween,
	isoToDay,
	localIsoDate,
	reformCalendar,
	statusText,
	type Obligation,
	type ReformCalendar,
} from '../../src/lib/reform-calendar';

const source = { url: 'https://www.impots.gouv.fr/node/14368', label: 'impots.gouv.fr' };
/** The calendar of facts 8.2 and 10.6 as the build resolves it. */
const obligations: Obligation[] = [
	{ id: 'reception', duty: 'reception', categories: ['micro', 'pme', 'eti', 'ge'], established: true, date: '2026-09-01', text: 'Toutes les entreprises doivent pouvoir recevoir.', confidence: 'sure', source },
	{ id: 'emission-ge', duty: 'emission', categories: ['eti', 'ge'], established: true, date: '2026-09-01', text: 'Les GE et ETI émettent.', confidence: 'sure', source },
	{ id: 'ereporting-ge', duty: 'e-reporting', categories: ['eti', 'ge'], established: true, date: '2026-09-01', text: 'Les GE et ETI font le e-reporting.', confidence: 'sure', source },
	{ id: 'ereporting-pme', duty: 'e-reporting', categories: ['micro', 'pme'], established: true, date: '2027-09-01', text: 'Les PME et micro font le e-reporting.', confidence: 'likely', source },
	{ id: 'emission-pme', duty: 'emission', categories: ['micro', 'pme'], established: true, date: '2027-09-01', text: 'Les PME et micro émettent.', confidence: 'likely', source },
	{ id: 'ereporting-non-etabli', duty: 'e-reporting', categories: ['micro', 'pme', 'eti', 'ge'], established: false, date: '2027-09-01', text: 'Les non-établis font le e-reporting.', confidence: 'unsure', source },
];

function calendar(category: 'micro' | 'pme' | 'eti' | 'ge', established: boolean, today: string): ReformCalendar {
	const outcome = reformCalendar(obligations, category, established, today);
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.calendar;
}
const ids = (list: { obligation: Obligation }[]) => list.map((s) => s.obligation.id);
const summary = (c: ReformCalendar) => ({
	inForce: c.inForce.map((s) => `${s.obligation.id}:${s.days}`),
	coming: c.coming.map((s) => `${s.obligation.id}:${s.days}`),
});

describe('applicableObligations', () => {
	test('a PME established in France: reception now, emission and e-reporting later', () => {
		expect(applicableObligations(obligations, 'pme', true).map((o) => o.id)).toEqual(['reception', 'ereporting-pme', 'emission-pme']);
	});

	test('an ETI established in France gets the 2026 duties only', () => {
		expect(applicableObligations(obligations, 'eti', true).map((o) => o.id)).toEqual(['reception', 'emission-ge', 'ereporting-ge']);
	});

	test('a company not established in France gets only what is written for it', () => {
		expect(applicableObligations(obligations, 'ge', false).map((o) => o.id)).toEqual(['ereporting-non-etabli']);
	});
});

describe('calendarAt — the day before, of and after each date', () => {
	test('2026-08-31: everything is coming, reception in 1 day', () => {
		expect(summary(calendar('pme', true, '2026-08-31'))).toEqual({ inForce: [], coming: ['reception:1', 'emission-pme:366', 'ereporting-pme:366'] });
	});

	test('2026-09-01: reception is in force from its first day (0 days)', () => {
		expect(summary(calendar('pme', true, '2026-09-01'))).toEqual({ inForce: ['reception:0'], coming: ['emission-pme:365', 'ereporting-pme:365'] });
	});

	test('2026-09-02: in force for 1 day', () => {
		expect(summary(calendar('pme', true, '2026-09-02')).inForce).toEqual(['reception:1']);
	});

	test('2026-09-01 for an ETI: the three duties start together, ordered reception, emission, e-reporting', () => {
		const c = calendar('eti', true, '2026-09-01');

		expect(ids(c.inForce)).toEqual(['reception', 'emission-ge', 'ereporting-ge']);
		expect(c.coming).toEqual([]);
	});

	test('2027-08-31, 2027-09-01, 2027-09-02 for a micro-entreprise', () => {
		expect(summary(calendar('micro', true, '2027-08-31')).coming).toEqual(['emission-pme:1', 'ereporting-pme:1']);
		expect(summary(calendar('micro', true, '2027-09-01'))).toEqual({ inForce: ['reception:365', 'emission-pme:0', 'ereporting-pme:0'], coming: [] });
		expect(summary(calendar('micro', true, '2027-09-02')).inForce).toEqual(['reception:366', 'emission-pme:1', 'ereporting-pme:1']);
	});

	test('28 November 2026: reception for 88 days, PME duties in 277 days', () => {
		expect(summary(calendar('pme', true, '2026-11-28'))).toEqual({ inForce: ['reception:88'], coming: ['emission-pme:277', 'ereporting-pme:277'] });
	});

	test('« aujourd’hui » sits after what is in force and before what is coming', () => {
		const kinds = calendar('pme', true, '2026-09-01').entries.map((e) => (e.kind === 'today' ? `today:${e.date}` : e.status.obligation.id));

		expect(kinds).toEqual(['reception', 'today:2026-09-01', 'emission-pme', 'ereporting-pme']);
	});

	test('with no obligation, the timeline holds only « aujourd’hui »', () => {
		const outcome = calendarAt([], '2026-11-28');

		expect(outcome.ok && outcome.calendar.entries).toEqual([{ kind: 'today', date: '2026-11-28' }]);
	});
});

describe('calendarAt — bad dates give French messages and never throw', () => {
	test.each(['2026-02-30', '', '28/11/2026', '2026-13-01'])('today « %s »', (today) => {
		const outcome = calendarAt(obligations, today);

		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.message).toBe(`La date du jour «\u00a0${today}\u00a0» n’est pas une date valide (AAAA-MM-JJ attendu).`);
	});

	test('an obligation with an impossible date', () => {
		const outcome = calendarAt([{ ...obligations[0]!, date: '2026-09-31' }], '2026-11-28');

		expect(!outcome.ok && outcome.message).toMatch(/obligation «\sreception\s» \(«\s2026-09-31\s»\) n’est pas une date valide/);
	});
});

describe('day arithmetic (UTC calendar days)', () => {
	test('summer time changes and leap days do not shift a day', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2027-09-01', '2026-09-01')).toBe(-365);
	});

	test('isoToDay refuses dates that do not exist', () => {
		expect(isoToDay('2027-02-29')).toBeNull();
		expect(isoToDay('2028-02-29')).not.toBeNull();
		expect(daysBetween('nope', '2026-01-01')).toBeNull();
	});

	test('localIsoDate takes the device’s calendar day', () => {
		expect(localIsoDate(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
		expect(localIsoDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
	});
});

describe('texts', () => {
	test('statusText: in force since, today, in N days', () => {
		const c = calendar('pme', true, '2026-08-31');
		const onTheDay = calendar('pme', true, '2026-09-01');
		const after = calendar('pme', true, '2026-11-28');

		expect(statusText(c.coming[0]!)).toBe('dans 1\u00a0jour (le 1er septembre 2026)');
		expect(statusText(c.coming[1]!)).toBe('dans 366\u00a0jours (le 1er septembre 2027)');
		expect(statusText(onTheDay.inForce[0]!)).toBe('en vigueur depuis aujourd’hui, le 1er septembre 2026');
		expect(statusText(after.inForce[0]!)).toBe('en vigueur depuis le 1er septembre 2026');
	});

	test('confidenceText says « à vérifier » unless sure', () => {
		expect(confidenceText('sure')).toBe('confirmé');
		expect(confidenceText('likely')).toContain('à vérifier');
		expect(confidenceText('unsure')).toContain('à vérifier');
	});
});

describe('actionsFor', () => {
	const actions = [
		{ duty: 'emission' as const, text: 'Choisir une plateforme agréée pour émettre.' },
		{ duty: 'reception' as const, text: 'Désigner sa plateforme de réception.' },
		{ duty: 'e-reporting' as const, text: 'Préparer les données de e-reporting.' },
	];

	test('a PME in November 2026: reception (in force) first, then the coming duties', () => {
		const due = actionsFor(actions, calendar('pme', true, '2026-11-28'));

		expect(due.map((a) => `${a.duty}:${a.status.inForce ? 'en vigueur' : a.status.days}`)).toEqual(['reception:en vigueur', 'emission:277', 'e-reporting:277']);
	});

	test('duties that do not apply are left out', () => {
		expect(actionsFor(actions, calendar('ge', false, '2026-11-28')).map((a) => a.duty)).toEqual(['e-reporting']);
	});
});
