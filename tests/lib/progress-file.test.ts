import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { progressChecksum, sha256Hex } from '../../src/lib/checksum';
import { buildExport, DECLARATION, EXPORT_FORMAT, exportFileName, MAX_IMPORT_BYTES, nameSlug, parseImport } from '../../src/lib/progress-file';
import type { ProgressState } from '../../src/lib/progress-model';
import { course, state } from './progress-fixtures';

const COURSE = 'chorus-pro-micro-cours';
const UNCHANGED = ' Votre progression actuelle n’a pas été modifiée.';
const now = new Date('2026-12-04T10:15:00.000Z');

const parse = (text: string) => parseImport(text, COURSE, 2, course, now);
const exportOf = async (p: ProgressState) => buildExport(p, '0.2.0', now);

describe('buildExport', () => {
	test('writes the format, versions, course, date, name, declaration, checksum and progress', async () => {
		const progress = state();

		const file = JSON.parse(await exportOf(progress));

		expect(file).toEqual({
			format: EXPORT_FORMAT,
			formatVersion: 2,
			courseId: COURSE,
			courseVersion: '0.2.0',
			exportedAt: '2026-12-04T10:15:00.000Z',
			learnerName: 'Marie-Hélène Dupont',
			declaration: DECLARATION,
			checksum: { algorithm: 'SHA-256', value: await progressChecksum(progress) },
			progress,
		});
		expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('the checksum', () => {
	test('is the SHA-256 of the text (known vector)', async () => {
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	test('one changed character in the progress is reported as damage, and nothing is imported', async () => {
		const text = (await exportOf(state())).replace('"score": 3', '"score": 4');

		const result = await parse(text);

		expect(result).toEqual({ ok: false, message: 'Ce fichier est endommagé\u00a0: sa somme de contrôle ne correspond plus à son contenu (un caractère au moins a changé).' + UNCHANGED });
	});

	test('a format 2 file without its checksum is refused', async () => {
		const file = JSON.parse(await exportOf(state()));
		delete file.checksum;

		const result = await parse(JSON.stringify(file));

		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain('n’a pas de somme de contrôle');
	});

	test('re-indenting the file (whitespace outside strings) is not damage', async () => {
		const text = JSON.stringify(JSON.parse(await exportOf(state())));

		expect((await parse(text)).ok).toBe(true);
	});
});

describe('exportFileName', () => {
	test('names the file after the learner and the day', () => {
		expect(exportFileName('Marie-Hélène  Dupont', now)).toBe('progression-marie-helene-dupont-2026-12-04.json');
		expect(exportFileName(undefined, now)).toBe('progression-2026-12-04.json');
		expect(exportFileName('   ', now)).toBe('progression-2026-12-04.json');
		expect(nameSlug('Ève d’Arçon-Lefèvre')).toBe('eve-d-arcon-lefevre');
	});
});

describe('parseImport', () => {
	test('reads back what buildExport wrote, with its date and version', async () => {
		const result = await parse(await exportOf(state()));

		expect(result).toEqual({ ok: true, file: { state: state(), exportedAt: '2026-12-04T10:15:00.000Z', courseVersion: '0.2.0', checksum: 'ok' } });
	});

	test('accepts a real version 1 export (no checksum then) and migrates it', async () => {
		const text = readFileSync('tests/fixtures/progress/v1-2026-12-04-export.json', 'utf-8');
		const { attempts, lessons } = JSON.parse(text).progress;
		const facts = { ...course, itemIds: new Set(Object.keys(attempts)), lessonIds: new Set(Object.keys(lessons)) };

		const result = await parseImport(text, COURSE, 2, facts, now);

		expect(result.ok ? '' : result.message).toBe('');
		expect(result.ok && result.file.checksum).toBe('absent');
		expect(result.ok && result.file.state.version).toBe(2);
	});

	test.each([
		['not JSON', '{ pas du json', 'Ce fichier n’est pas un fichier JSON lisible.'],
		['JSON of something else', '{"a":1}', 'Ce fichier n’est pas une progression exportée depuis ce cours.'],
		['another course', JSON.stringify({ format: EXPORT_FORMAT, courseId: 'autre-cours' }), 'Ce fichier concerne un autre cours («\u00a0autre-cours\u00a0»).'],
		['a newer format', JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 9, courseId: COURSE, progress: { version: 9 } }), 'Ce fichier a été créé par une version plus récente du cours (format 9). Rechargez la page pour obtenir la dernière version, puis réessayez.'],
	])('refuses %s with a French message, nothing changed', async (_label, text, message) => {
		expect(await parse(text)).toEqual({ ok: false, message: message + UNCHANGED });
	});

	test('refuses an oversize text before parsing it', async () => {
		expect(await parse(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, message: 'Ce fichier est trop volumineux pour être une progression du cours.' + UNCHANGED });
	});

	test('refuses a re-hashed file whose shape is wrong, naming the item and the field', async () => {
		const bad = state();
		(bad.attempts['q-1'] as unknown as Record<string, unknown>[])[0]!.at = '01/01/2025';
		const file = JSON.parse(await exportOf(state()));
		file.progress = bad;
		file.checksum.value = await progressChecksum(bad);

		const result = await parse(JSON.stringify(file));

		expect(result).toEqual({ ok: false, message: 'Ce fichier est endommagé ou a été modifié\u00a0: réponse 1 à «\u00a0q-1\u00a0»\u00a0: at\u00a0: date «\u00a001/01/2025\u00a0» illisible (ISO 8601 attendu).' + UNCHANGED });
	});
});

describe('the learner’s employer in the file', () => {
	test('is written beside the name and read back on import', async () => {
		const progress = { ...state(), learnerEmployer: 'Dupont & Fils (SARL)' };

		const text = await exportOf(progress);
		const result = await parse(text);

		expect(JSON.parse(text).learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(JSON.parse(text).progress.learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(result.ok && result.file.state.learnerEmployer).toBe('Dupont & Fils (SARL)');
		expect(result.ok && result.file.state).toEqual(progress);
	});

	test('is left out when there is none', async () => {
		const file = JSON.parse(await exportOf(state()));

		expect('learnerEmployer' in file).toBe(false);
		expect('learnerEmployer' in file.progress).toBe(false);
	});

	test.each(['v1-2026-12-04-export.json', 'v1-avant-kit-export.json'])('is absent from an older file (%s), which still loads', async (name) => {
		const text = readFileSync(`tests/fixtures/progress/${name}`, 'utf-8');
		const { attempts, lessons } = JSON.parse(text).progress;
		const facts = { ...course, itemIds: new Set(Object.keys(attempts)), lessonIds: new Set(Object.keys(lessons)) };

		const result = await parseImport(text, COURSE, 2, facts, now);

		expect(result.ok ? '' : result.message).toBe('');
		expect(result.ok && 'learnerEmployer' in result.file.state).toBe(false);
	});

	test('refuses a re-hashed file whose employer holds markup, naming the field', async () => {
		const bad = { ...state(), learnerEmployer: '<script>alert(1)</script>' };
		const file = JSON.parse(await exportOf(state()));
		file.progress = bad;
		file.checksum.value = await progressChecksum(bad);

		const result = await parse(JSON.stringify(file));

		expect(result).toEqual({ ok: false, message: 'Ce fichier est endommagé ou a été modifié\u00a0: employeur illisible (lettres, chiffres, espaces et ponctuation, 120 caractères au plus).' + UNCHANGED });
	});
});
