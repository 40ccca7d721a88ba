import { beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $organiserSettings, $settingsMessage, emptySettings, initOrganiserSettings, saveOrganiserSettings, SETTINGS_KEY } from '../../src/stores/organiser-settings';

const TITLE = 'Déposer et suivre ses factures sur le portail Chorus Pro';

/** A Storage stand-in; `full` makes every write fail as a full disk does. */
function fakeStorage(initial: Record<string, string> = {}, full = false): Storage {
	const data = new Map(Object.entries(initial));
	return {
		get length() {
			return data.size;
		},
		key: (i: number) => [...data.keys()][i] ?? null,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k),
		clear: () => data.clear(),
	};
}

beforeEach(() => {
	$organiserSettings.set(null);
	$settingsMessage.set(null);
});

describe('the organiser’s settings store', () => {
	test('starts with the course title and a 7-hour face-to-face session to complete', () => {
		initOrganiserSettings(TITLE, createSafeStorage(() => fakeStorage()));

		expect($organiserSettings.get()).toEqual(emptySettings(TITLE));
		expect($organiserSettings.get()?.session.durationHours).toBe(7);
		expect($settingsMessage.get()).toBeNull();
	});

	test('saves under its own key and reads the same back', () => {
		const local = fakeStorage();
		initOrganiserSettings(TITLE, createSafeStorage(() => local));
		const filled = { organiser: { name: 'Formations Exemple', siret: '', nda: '', representative: 'Claire Martin' }, session: { ...emptySettings(TITLE).session, from: '2026-12-03', to: '2026-12-03', place: 'Lyon' } };

		saveOrganiserSettings(filled);
		$organiserSettings.set(null);
		initOrganiserSettings(TITLE, createSafeStorage(() => local));

		expect($organiserSettings.get()).toEqual(filled);
		expect(JSON.parse(local.getItem(SETTINGS_KEY) ?? '{}').version).toBe(1);
		expect(local.getItem('chorus-pro-micro-cours:progression')).toBeNull();
	});

	test('unreadable saved settings are reset, removed and said in French', () => {
		const local = fakeStorage({ [SETTINGS_KEY]: '{"version":1,"settings":{"organiser":42}}' });

		initOrganiserSettings(TITLE, createSafeStorage(() => local));

		expect($organiserSettings.get()).toEqual(emptySettings(TITLE));
		expect($settingsMessage.get()).toMatch(/^Les réglages enregistrés de l’organisme étaient illisibles/);
		expect(local.getItem(SETTINGS_KEY)).toBeNull();
	});

	test('a full storage keeps the settings on the page and says so', () => {
		initOrganiserSettings(TITLE, createSafeStorage(() => fakeStorage({}, true)));

		saveOrganiserSettings({ ...emptySettings(TITLE), organiser: { name: 'X', representative: 'Y' } });

		expect($organiserSettings.get()?.organiser.name).toBe('X');
		expect($settingsMessage.get()).toMatch(/refuse d’enregistrer les réglages/);
	});
});
