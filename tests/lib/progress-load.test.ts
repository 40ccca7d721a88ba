import { describe, expect, test } from 'vitest';
import { decodeStoredProgress, quarantineKey } from '../../src/lib/progress-load';
import { emptyProgress } from '../../src/lib/progress-model';

const COURSE = 'chorus-pro-micro-cours';

const stored = {
	version: 2,
	courseId: COURSE,
	attempts: {
		'q-1': [
			{ objectives: ['depot'], score: 1, max: 1, outcome: 'scored', context: 'lesson', at: '2026-11-28T09:00:00.000Z', durationMs: 900 },
		],
	},
	lessons: {},
};

describe('decodeStoredProgress', () => {
	test.each([null, ''])('gives empty progress for %o', (raw) => {
		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toEqual({ kind: 'empty', state: emptyProgress(COURSE) });
	});

	test('returns a valid stored value as it is', () => {
		const raw = JSON.stringify(stored);

		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toEqual({ kind: 'ok', state: stored });
	});

	test('quarantines unreadable JSON as illisible', () => {
		const raw = '{not json';

		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toEqual({
			kind: 'quarantine',
			reason: 'illisible',
			detail: 'JSON illisible',
			state: emptyProgress(COURSE),
		});
	});

	test('quarantines another course’s progress as autre-cours', () => {
		const raw = JSON.stringify({ ...stored, courseId: 'autre-cours' });

		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'autre-cours', detail: 'cours «\u00a0autre-cours\u00a0»' });
		expect(result.state).toEqual(emptyProgress(COURSE));
	});

	test('quarantines version 99 as version-inconnue', () => {
		const raw = JSON.stringify({ ...stored, version: 99 });

		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'version-inconnue', detail: 'version 99' });
	});

	test('quarantines an old version without a migration as version-inconnue', () => {
		const raw = JSON.stringify({ ...stored, version: 1 });

		const result = decodeStoredProgress(raw, COURSE, 2, {});

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'version-inconnue', detail: 'version 1' });
	});

	test('quarantines a value without version as invalide', () => {
		const { version: _v, ...noVersion } = stored;

		const result = decodeStoredProgress(JSON.stringify(noVersion), COURSE, 2);

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'invalide', detail: 'version absente' });
	});

	test.each([
		['attempts that are a list', { ...stored, attempts: [] }, 'réponses absentes'],
		['a score above its maximum', { ...stored, attempts: { q: [{ ...stored.attempts['q-1'][0], score: 2 }] } }, 'réponse 1 à «\u00a0q\u00a0»\u00a0: score 2 impossible pour un maximum de 1'],
		['a date Date.parse reads but that is not ISO', { ...stored, attempts: { q: [{ ...stored.attempts['q-1'][0], at: '01/01/2025' }] } }, 'réponse 1 à «\u00a0q\u00a0»\u00a0: at\u00a0: date «\u00a001/01/2025\u00a0» illisible (ISO 8601 attendu)'],
	])('quarantines %s as invalide with the problem as detail', (_label, value, detail) => {
		const raw = JSON.stringify(value);

		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toEqual({ kind: 'quarantine', reason: 'invalide', detail, state: emptyProgress(COURSE) });
	});

	test.each(['null', '42', '"texte"', '[]'])('quarantines the JSON value %s as invalide', (raw) => {
		const result = decodeStoredProgress(raw, COURSE, 2);

		expect(result).toMatchObject({ kind: 'quarantine', reason: 'invalide' });
	});
});

describe('quarantineKey', () => {
	test('appends :quarantine: and the ISO date to the key', () => {
		const now = new Date('2026-11-28T10:15:30.123Z');

		const key = quarantineKey('chorus-pro-micro-cours:progression', now);

		expect(key).toBe('chorus-pro-micro-cours:progression:quarantine:2026-11-28T10:15:30.123Z');
	});
});
