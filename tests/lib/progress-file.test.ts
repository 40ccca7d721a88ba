import { describe, expect, test } from 'vitest';
import { buildExport, EXPORT_FORMAT, exportFileName, MAX_IMPORT_BYTES, parseImport } from '../../src/lib/progress-file';
import type { ProgressState } from '../../src/lib/progress-model';

const COURSE = 'chorus-pro-micro-cours';
const UNCHANGED = ' Votre progression actuelle n’a pas été modifiée.';
const now = new Date('2026-11-28T10:15:00.000Z');

function state(): ProgressState {
	return {
		version: 1,
		courseId: COURSE,
		attempts: {
			'q-1': [
				{ objectives: ['depot'], score: 3, max: 5, outcome: 'scored', context: 'lesson', at: '2026-11-28T09:00:00.000Z', durationMs: 9000 },
			],
		},
		lessons: { '01-a': { firstVisitAt: '2026-11-28T09:00:00.000Z', lastVisitAt: '2026-11-28T09:10:00.000Z', timeSpentMs: 600000 } },
		lastPlace: { lesson: '01-a', section: 'intro', at: '2026-11-28T09:10:00.000Z' },
	};
}

/** An export file as an object, to tamper with before serialising it. */
function fileObject(): Record<string, unknown> {
	return JSON.parse(buildExport(state(), '0.1.0', now)) as Record<string, unknown>;
}

describe('buildExport', () => {
	test('writes the format, versions, course, date and progress', () => {
		const progress = state();

		const text = buildExport(progress, '0.1.0', now);

		expect(JSON.parse(text)).toEqual({
			format: EXPORT_FORMAT,
			formatVersion: 1,
			courseId: COURSE,
			courseVersion: '0.1.0',
			exportedAt: '2026-11-28T10:15:00.000Z',
			progress,
		});
	});
});

describe('exportFileName', () => {
	test('names the file after the day of the export', () => {
		const name = exportFileName(now);

		expect(name).toBe('progression-chorus-pro-2026-11-28.json');
	});
});

describe('parseImport', () => {
	test('reads back what buildExport wrote', () => {
		const text = buildExport(state(), '0.1.0', now);

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({ ok: true, state: state() });
	});

	test('refuses a file that is not JSON', () => {
		const text = 'progression: beaucoup';

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({ ok: false, message: 'Ce fichier n’est pas un fichier JSON lisible.' + UNCHANGED });
	});

	test.each([
		['a JSON array', '[1, 2]'],
		['JSON null', 'null'],
		['a JSON string', '"progression"'],
		['a file without format', JSON.stringify({ courseId: COURSE, progress: state() })],
		['a file with another format id', JSON.stringify({ ...fileObject(), format: 'autre-outil/export' })],
	])('refuses %s as not an export of this course', (_label, text) => {
		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'Ce fichier n’est pas une progression exportée depuis ce cours.' + UNCHANGED,
		});
	});

	test('refuses a file of another course and names it', () => {
		const text = JSON.stringify({ ...fileObject(), courseId: 'autre-cours' });

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({ ok: false, message: 'Ce fichier concerne un autre cours (« autre-cours »).' + UNCHANGED });
	});

	test('refuses progress whose own courseId is another course', () => {
		const file = fileObject();
		const text = JSON.stringify({ ...file, progress: { ...(file.progress as object), courseId: 'autre-cours' } });

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'La progression contenue dans ce fichier concerne un autre cours.' + UNCHANGED,
		});
	});

	test('refuses a newer format and says « plus récente »', () => {
		const file = fileObject();
		const text = JSON.stringify({ ...file, formatVersion: 2, progress: { ...(file.progress as object), version: 2 } });

		const result = parseImport(text, COURSE, 1);

		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain('plus récente');
		expect(!result.ok && result.message).toContain('(format 2)');
	});

	test('refuses a score above its maximum as tampered', () => {
		const file = fileObject();
		const progress = state();
		progress.attempts['q-1']![0]!.score = 6;
		const text = JSON.stringify({ ...file, progress });

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'Ce fichier est endommagé ou a été modifié : réponses à « q-1 » illisibles.' + UNCHANGED,
		});
	});

	test('refuses progress without attempts as tampered', () => {
		const file = fileObject();
		const { attempts: _gone, ...progress } = state();
		const text = JSON.stringify({ ...file, progress });

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'Ce fichier est endommagé ou a été modifié : réponses absentes.' + UNCHANGED,
		});
	});

	test('refuses a file without progress', () => {
		const { progress: _gone, ...file } = fileObject();

		const result = parseImport(JSON.stringify(file), COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'Ce fichier est endommagé ou a été modifié : version du format absente ou inconnue.' + UNCHANGED,
		});
	});

	test('refuses an oversize text before parsing it', () => {
		const text = ' '.repeat(MAX_IMPORT_BYTES + 1);

		const result = parseImport(text, COURSE, 1);

		expect(result).toEqual({
			ok: false,
			message: 'Ce fichier est trop volumineux pour être une progression du cours.' + UNCHANGED,
		});
	});

	test('ends every error message with the « nothing changed » sentence', () => {
		const file = fileObject();
		const bad = [
			'{',
			'[]',
			JSON.stringify({ ...file, format: 'x' }),
			JSON.stringify({ ...file, courseId: 'x' }),
			JSON.stringify({ ...file, progress: { ...(file.progress as object), version: 9 } }),
			JSON.stringify({ ...file, progress: { ...(file.progress as object), lessons: 'aucune' } }),
			'x'.repeat(MAX_IMPORT_BYTES + 1),
		];

		const messages = bad.map((text) => parseImport(text, COURSE, 1));

		for (const result of messages) {
			expect(result.ok).toBe(false);
			expect(!result.ok && result.message.endsWith('Votre progression actuelle n’a pas été modifiée.')).toBe(true);
		}
	});
});
