import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/config';
import { createSafeStorage } from '../../src/lib/storage';
import { AgendaVariantSchema, type AgendaVariant } from '../../src/schemas/agenda';
import {
	$agendaChoice,
	$agendaMessage,
	$agendaSettings,
	AGENDA_KEY,
	addAgendaBreak,
	initAgenda,
	removeAgendaBreak,
	resetAgenda,
	setAgendaChoice,
	setAgendaOverrun,
	setAgendaStart,
	updateAgendaBreak,
} from '../../src/stores/agenda';
import { FakeStorage } from '../support/fake-storage';

/** Issue 13: the trainer's agenda settings, kept under their own key and read back safely. */
const variants: AgendaVariant[] = (JSON.parse(readFileSync('content/agenda.json', 'utf-8')) as unknown[]).map((v) => AgendaVariantSchema.parse(v));
const [presentiel, distance] = variants as [AgendaVariant, AgendaVariant];
const stored = (local: FakeStorage) => JSON.parse(local.data.get(AGENDA_KEY) ?? 'null');
const connect = (local: FakeStorage) => initAgenda(variants, createSafeStorage(() => local));

beforeEach(() => {
	$agendaMessage.set(null);
});

describe('load', () => {
	test('nothing stored: the first variant with its defaults, no message, nothing written', () => {
		const local = new FakeStorage();
		connect(local);

		expect($agendaChoice.get()).toBe('presentiel');
		expect($agendaSettings.get().presentiel?.start).toBe(9 * 60);
		expect($agendaSettings.get().distance?.breaks).toHaveLength(distance.defaultBreaks.length);
		expect($agendaMessage.get()).toBeNull();
		expect(local.writes).toEqual([]);
	});

	test('settings written by the setters come back on the next load, under chorus-pro-formateur only', () => {
		const learner = '{"version":2,"courseId":"x"}';
		const local = new FakeStorage({ [STORAGE_KEY]: learner });
		connect(local);
		setAgendaChoice('distance');
		expect(setAgendaStart('distance', 8 * 60 + 30)).toBeNull();
		addAgendaBreak('distance', 's2-cadres');
		expect(setAgendaOverrun('distance', 's1-vocabulaire', 20)).toBeNull();

		connect(local);

		expect($agendaChoice.get()).toBe('distance');
		expect($agendaSettings.get().distance).toMatchObject({ start: 510, overruns: { 's1-vocabulaire': 20 } });
		expect($agendaSettings.get().distance?.breaks.at(-1)).toEqual({ afterBlock: 's2-cadres', minutes: 10, label: 'Pause' });
		expect(local.data.get(STORAGE_KEY)).toBe(learner);
		expect(new Set(local.writes.map((w) => w.key))).toEqual(new Set([AGENDA_KEY]));
	});
});

describe('bad or foreign data', () => {
	test.each([
		['unreadable JSON', '{pas du json'],
		['a learner’s progress file', JSON.stringify({ version: 2, courseId: 'chorus-pro', attempts: {} })],
		['a start near midnight', JSON.stringify({ version: 1, choice: 'presentiel', settings: { presentiel: { start: 23 * 60 + 50, breaks: [], overruns: {} } } })],
		['an overrun that is not a number', JSON.stringify({ version: 1, choice: 'presentiel', settings: { presentiel: { start: 540, breaks: [], overruns: { 's1-comptes': '20' } } } })],
	])('%s: defaults, a French message, and the defaults written back', (_name, raw) => {
		const local = new FakeStorage({ [AGENDA_KEY]: raw });
		connect(local);

		expect($agendaChoice.get()).toBe('presentiel');
		expect($agendaSettings.get().presentiel?.start).toBe(540);
		expect($agendaMessage.get()).toContain('n’a pas pu être lu\u00a0: il a été remis à zéro');
		expect(stored(local)).toMatchObject({ version: 1, choice: 'presentiel' });
	});

	test('a break after a block that no longer exists is dropped and named in the message; the rest is kept', () => {
		const settings = { start: 555, breaks: [{ afterBlock: 'bloc-retire', minutes: 20, label: 'Pause café' }, { afterBlock: 's1-comptes', minutes: 15, label: 'Pause' }], overruns: { 'bloc-retire': 5, 's2-deposer': 10 } };
		const local = new FakeStorage({ [AGENDA_KEY]: JSON.stringify({ version: 1, choice: 'inconnue', settings: { presentiel: settings } }) });
		connect(local);

		expect($agendaChoice.get()).toBe('presentiel');
		expect($agendaSettings.get().presentiel).toEqual({ start: 555, breaks: [settings.breaks[1]], overruns: { 's2-deposer': 10 } });
		expect($agendaMessage.get()).toContain('«\u00a0Pause café\u00a0» (Journée en salle)');
	});
});

describe('setters refuse what makes no sense', () => {
	test('start limits: 06:00 and 12:00 accepted, 05:59, 12:01, 23:50 and an empty field refused with a French reason', () => {
		connect(new FakeStorage());

		expect(setAgendaStart('presentiel', 6 * 60)).toBeNull();
		expect(setAgendaStart('presentiel', 12 * 60)).toBeNull();
		expect(setAgendaStart('presentiel', 5 * 60 + 59)).toContain('entre 6\u00a0h\u00a000 et 12\u00a0h\u00a000');
		expect(setAgendaStart('presentiel', 12 * 60 + 1)).not.toBeNull();
		expect(setAgendaStart('presentiel', 23 * 60 + 50)).not.toBeNull();
		expect(setAgendaStart('presentiel', null)).toContain('HH:MM');
		expect($agendaSettings.get().presentiel?.start).toBe(12 * 60);
	});

	test('breaks: unknown block and bad lengths refused; remove and reset', () => {
		connect(new FakeStorage());

		expect(updateAgendaBreak('presentiel', 0, { afterBlock: 'inconnu' })).not.toBeNull();
		expect(updateAgendaBreak('presentiel', 0, { minutes: 0 })).not.toBeNull();
		expect(updateAgendaBreak('presentiel', 0, { minutes: 20, afterBlock: 's1-vocabulaire' })).toBeNull();
		expect($agendaSettings.get().presentiel?.breaks[0]).toMatchObject({ minutes: 20, afterBlock: 's1-vocabulaire' });
		addAgendaBreak('presentiel', 'inconnu');
		expect($agendaSettings.get().presentiel?.breaks).toHaveLength(presentiel.defaultBreaks.length);
		removeAgendaBreak('presentiel', 0);
		expect($agendaSettings.get().presentiel?.breaks).toHaveLength(presentiel.defaultBreaks.length - 1);
		resetAgenda('presentiel');
		expect($agendaSettings.get().presentiel?.breaks).toEqual(presentiel.defaultBreaks);
	});

	test('overruns: 0 clears, beyond ±240 refused, unknown block refused', () => {
		connect(new FakeStorage());

		expect(setAgendaOverrun('presentiel', 's1-comptes', -15)).toBeNull();
		expect($agendaSettings.get().presentiel?.overruns).toEqual({ 's1-comptes': -15 });
		expect(setAgendaOverrun('presentiel', 's1-comptes', 0)).toBeNull();
		expect($agendaSettings.get().presentiel?.overruns).toEqual({});
		expect(setAgendaOverrun('presentiel', 's1-comptes', 241)).not.toBeNull();
		expect(setAgendaOverrun('presentiel', 'inconnu', 5)).toBe('Bloc inconnu.');
	});
});

describe('full or blocked storage', () => {
	test('storage full: the change is kept in memory and a French message says it will not survive a reload', () => {
		const local = new FakeStorage();
		local.setError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		connect(local);

		expect(setAgendaStart('presentiel', 9 * 60 + 30)).toBeNull();

		expect($agendaSettings.get().presentiel?.start).toBe(570);
		expect($agendaMessage.get()).toContain('jusqu’à son rechargement');
		expect(local.data.has(AGENDA_KEY)).toBe(false);
	});

	test('storage blocked from the start (SecurityError): defaults, and the message at once', () => {
		initAgenda(variants, createSafeStorage(() => {
			throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
		}));

		expect($agendaChoice.get()).toBe('presentiel');
		expect($agendaMessage.get()).toContain('refuse d’enregistrer');
	});
});
