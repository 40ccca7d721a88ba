import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/config';
import { createSafeStorage } from '../../src/lib/storage';
import { clearSession, ORGANISER_KEY, readStoredSession, saveSession, type StoredFile } from '../../src/stores/organiser';
import { FakeStorage } from '../support/fake-storage';

/** Issue 14: where the organiser space keeps its group (tab by default, this computer on request). */

const good: StoredFile = { name: 'progression-marie-dupont-2026-12-04.json', text: readFileSync('tests/fixtures/organiser/progression-marie-dupont-2026-12-04.json', 'utf-8') };
const other: StoredFile = { name: 'bruno.json', text: '{"un":"autre « texte » ; avec \\"guillemets\\""}' };

function setup(initial: { session?: Record<string, string>; local?: Record<string, string> } = {}) {
	const session = new FakeStorage(initial.session);
	const local = new FakeStorage(initial.local);
	return { session, local, storages: { session: createSafeStorage(() => session), local: createSafeStorage(() => local) } };
}
const full = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('saving and reading back the group', () => {
	test('by default the files go to sessionStorage only, and come back exactly, in order', () => {
		const { session, local, storages } = setup();

		const result = saveSession(storages, [good, other], false);

		expect(result).toEqual({ where: 'session', message: null });
		expect(session.data.has(ORGANISER_KEY)).toBe(true);
		expect(local.data.size).toBe(0);
		expect(readStoredSession(storages)).toEqual({ files: [good, other], keep: false, problem: null });
	});

	test('ticking « Garder… » moves the group to localStorage and removes the tab copy', () => {
		const { session, local, storages } = setup();
		saveSession(storages, [good], false);

		const result = saveSession(storages, [good], true);

		expect(result.where).toBe('local');
		expect(session.data.has(ORGANISER_KEY)).toBe(false);
		expect(local.data.has(ORGANISER_KEY)).toBe(true);
		expect(readStoredSession(storages)).toEqual({ files: [good], keep: true, problem: null });
	});

	test('unticking moves it back to the tab and deletes the local copy', () => {
		const { session, local, storages } = setup();
		saveSession(storages, [good], true);

		saveSession(storages, [good], false);

		expect(local.data.has(ORGANISER_KEY)).toBe(false);
		expect(session.data.has(ORGANISER_KEY)).toBe(true);
		expect(readStoredSession(storages).keep).toBe(false);
	});

	test('the local copy wins over a tab copy left by an older page (it only exists while the box is ticked)', () => {
		const { storages } = setup();
		saveSession(storages, [other], false);
		// Written directly, as another tab of the same browser would have.
		storages.local.set(ORGANISER_KEY, JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: [good] }));

		expect(readStoredSession(storages)).toEqual({ files: [good], keep: true, problem: null });
	});

	test('never reads nor writes the learner’s own progress key', () => {
		const progress = '{"version":2}';
		const { session, local, storages } = setup({ local: { [STORAGE_KEY]: progress } });

		saveSession(storages, [good], true);
		saveSession(storages, [good], false);
		clearSession(storages);

		expect(local.data.get(STORAGE_KEY)).toBe(progress);
		expect([...local.writes, ...session.writes].map((w) => w.key)).toEqual([ORGANISER_KEY, ORGANISER_KEY]);
	});

	test('an empty group leaves nothing behind in either storage', () => {
		const { session, local, storages } = setup();
		saveSession(storages, [good], true);

		saveSession(storages, [], true);

		expect(session.data.size + local.data.size).toBe(0);
		expect(readStoredSession(storages)).toEqual({ files: [], keep: false, problem: null });
	});
});

describe('« Effacer la session »', () => {
	test('clears both storages, whichever held the group', () => {
		const { session, local, storages } = setup({ session: { [ORGANISER_KEY]: 'x' }, local: { [ORGANISER_KEY]: 'y', autre: 'garde' } });

		clearSession(storages);

		expect(session.data.has(ORGANISER_KEY)).toBe(false);
		expect(local.data.has(ORGANISER_KEY)).toBe(false);
		expect(local.data.get('autre')).toBe('garde');
	});
});

describe('bad stored data', () => {
	const cases: [string, string][] = [
		['not JSON', '{"format":'],
		['JSON null', 'null'],
		['another format', JSON.stringify({ format: 'autre', files: [] })],
		['files not a list', JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: 'x' })],
		['a file without text', JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: [{ name: 'a.json' }] })],
		['a name that is a number', JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: [{ name: 3, text: '' }] })],
	];
	test.each(cases)('%s in the tab: an empty group, a French message, and the bad value removed', (_, raw) => {
		const { session, storages } = setup({ session: { [ORGANISER_KEY]: raw } });

		const found = readStoredSession(storages);

		expect(found.files).toEqual([]);
		expect(found.problem).toMatch(/^Le groupe gardé dans ce navigateur était illisible/);
		expect(session.data.has(ORGANISER_KEY)).toBe(false);
	});

	test('a bad local copy does not hide a good tab copy: the tab copy loads and the problem is still said', () => {
		const { local, storages } = setup({ local: { [ORGANISER_KEY]: 'abîmé' } });
		storages.session.set(ORGANISER_KEY, JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: [good] }));

		const found = readStoredSession(storages);

		expect(found.files).toEqual([good]);
		expect(found.keep).toBe(false);
		expect(found.problem).not.toBeNull();
		expect(local.data.has(ORGANISER_KEY)).toBe(false);
	});

	test('extra fields of a stored file are dropped: only the name and the text are kept', () => {
		const raw = JSON.stringify({ format: 'chorus-pro-organisateur/session', version: 1, files: [{ name: 'a.json', text: 't', progress: { piégé: true } }] });
		const { storages } = setup({ session: { [ORGANISER_KEY]: raw } });

		expect(readStoredSession(storages).files).toEqual([{ name: 'a.json', text: 't' }]);
	});
});

describe('full or blocked storage', () => {
	test('sessionStorage full: the group stays in memory for this page, with a French message', () => {
		const { session, storages } = setup();
		session.setError = full();

		const result = saveSession(storages, [good], false);

		expect(result.where).toBe('memory');
		expect(result.message).toContain('un rechargement le perdra');
		expect(session.data.has(ORGANISER_KEY)).toBe(false);
		// Still readable from this page's memory until it closes.
		expect(readStoredSession(storages).files).toEqual([good]);
	});

	test('localStorage full when ticking « Garder… »: kept in memory, said, and the tab copy is still removed', () => {
		const { session, local, storages } = setup();
		saveSession(storages, [good], false);
		local.setError = full();

		const result = saveSession(storages, [good], true);

		expect(result.where).toBe('memory');
		expect(result.message).toContain('sur cet ordinateur');
		expect(session.data.has(ORGANISER_KEY)).toBe(false);
	});

	test('storage blocked (SecurityError when reached): nothing throws, and the group lives in memory', () => {
		const blocked = () => {
			throw Object.assign(new Error('bloqué'), { name: 'SecurityError' });
		};
		const storages = { session: createSafeStorage(blocked), local: createSafeStorage(blocked) };

		expect(readStoredSession(storages)).toEqual({ files: [], keep: false, problem: null });
		expect(saveSession(storages, [good], false).where).toBe('memory');
		expect(() => clearSession(storages)).not.toThrow();
		expect(readStoredSession(storages).files).toEqual([]);
	});
});

// The organiser's wording of parseImport's refusals lives beside the store it feeds (the brief
// gives this file to the organiser space's pure helpers too).
describe('refusal messages as the organiser reads them', () => {
	test('name the file in guillemets and drop the learner-side sentence', async () => {
		const { refusalMessage } = await import('../../src/widgets/organiser/labels');
		const message = 'Ce fichier n’est pas un fichier JSON lisible. Votre progression actuelle n’a pas été modifiée.';

		expect(refusalMessage('faux.json', message)).toBe('«\u00a0faux.json\u00a0»\u00a0: Ce fichier n’est pas un fichier JSON lisible.');
	});

	test('a message without the sentence is kept whole', async () => {
		const { refusalMessage } = await import('../../src/widgets/organiser/labels');

		expect(refusalMessage('a.json', 'Ce fichier n’a pas pu être lu.')).toBe('«\u00a0a.json\u00a0»\u00a0: Ce fichier n’a pas pu être lu.');
	});

	test('group figures in words: points with sign and plural, elided « de », dated CSV name', async () => {
		const { csvFileName, ofName, percentText, pointsText } = await import('../../src/widgets/organiser/labels');

		expect([pointsText(0.25), pointsText(-0.1), pointsText(0.01), pointsText(0), pointsText(null)]).toEqual(['+25\u00a0points', '−10\u00a0points', '+1\u00a0point', '0 point', '—']);
		expect([percentText(0.5), percentText(null)]).toEqual(['50\u00a0%', '—']);
		expect([ofName('Alice Martin'), ofName('Émile Roy'), ofName('Bruno Petit')]).toEqual(['d’Alice Martin', 'd’Émile Roy', 'de Bruno Petit']);
		expect(csvFileName(new Date(2026, 0, 5, 23, 59))).toBe('resultats-groupe-2026-01-05.csv');
	});
});
