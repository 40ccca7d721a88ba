import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ContentFileError, jsonEntries } from '../../src/loaders/json-entries';

interface Stored {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string;
}

let root: string;
let entries: Map<string, Stored>;
let clears: number;
let parsed: { id: string; filePath?: string }[];

/** A LoaderContext with just what jsonEntries uses, rooted at the temp folder. */
function context(): LoaderContext {
	return {
		store: {
			clear: () => {
				clears += 1;
				entries.clear();
			},
			set: (entry: Stored) => {
				entries.set(entry.id, entry);
				return true;
			},
		},
		parseData: async (props: { id: string; data: Record<string, unknown>; filePath?: string }) => {
			parsed.push({ id: props.id, filePath: props.filePath });
			return props.data;
		},
		generateDigest: (data: unknown) => `digest:${JSON.stringify(data)}`,
		config: { root: pathToFileURL(`${root}/`) },
	} as unknown as LoaderContext;
}

async function write(rel: string, text: string): Promise<void> {
	await mkdir(join(root, rel, '..'), { recursive: true });
	await writeFile(join(root, rel), text, 'utf-8');
}

async function load(path: string, shape: 'array' | 'file'): Promise<void> {
	await jsonEntries({ path, shape }).load(context());
}

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'json-entries-'));
	entries = new Map();
	clears = 0;
	parsed = [];
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('jsonEntries', () => {
	test('loads each entry of an array file with its id, file path and digest', async () => {
		await write('content/objectives.json', JSON.stringify([{ id: 'cadre', label: 'Cadre' }, { id: 'compte', label: 'Compte' }]));

		await load('content/objectives.json', 'array');

		expect([...entries.keys()]).toEqual(['cadre', 'compte']);
		expect(entries.get('cadre')).toEqual({
			id: 'cadre',
			data: { id: 'cadre', label: 'Cadre' },
			filePath: 'content/objectives.json',
			digest: 'digest:{"id":"cadre","label":"Cadre"}',
		});
		expect(parsed).toEqual([
			{ id: 'cadre', filePath: 'content/objectives.json' },
			{ id: 'compte', filePath: 'content/objectives.json' },
		]);
		expect(clears).toBe(1);
	});

	test('loads every .json file of a folder, in name order', async () => {
		await write('content/facts/b.json', JSON.stringify([{ id: 'fait-b' }]));
		await write('content/facts/a.json', JSON.stringify([{ id: 'fait-a' }]));
		await write('content/facts/notes.txt', 'pas du JSON');

		await load('content/facts', 'array');

		expect([...entries.keys()]).toEqual(['fait-a', 'fait-b']);
		expect(entries.get('fait-b')?.filePath).toBe('content/facts/b.json');
	});

	test('uses the file name as id with the file shape', async () => {
		await write('content/quizzes/quiz-lecon-01.json', JSON.stringify({ title: 'Quiz', id: 'autre-id' }));

		await load('content/quizzes', 'file');

		expect([...entries.keys()]).toEqual(['quiz-lecon-01']);
		expect(entries.get('quiz-lecon-01')?.data).toEqual({ title: 'Quiz', id: 'quiz-lecon-01' });
		expect(entries.get('quiz-lecon-01')?.filePath).toBe('content/quizzes/quiz-lecon-01.json');
	});

	test('skips files whose name starts with an underscore', async () => {
		await write('content/quizzes/_modele.json', '{ pas lisible');
		await write('content/quizzes/quiz-1.json', JSON.stringify({ title: 'Quiz' }));

		await load('content/quizzes', 'file');

		expect([...entries.keys()]).toEqual(['quiz-1']);
	});

	test('loads nothing from an empty folder', async () => {
		await mkdir(join(root, 'content/exercises'), { recursive: true });

		await load('content/exercises', 'file');

		expect(entries.size).toBe(0);
	});

	test('fails on unreadable JSON and names the file', async () => {
		await write('content/facts/casse.json', '[{ "id": "x", }]');

		const error = await load('content/facts', 'array').catch((e: unknown) => e);

		expect(error).toBeInstanceOf(ContentFileError);
		expect((error as Error).message).toMatch(/^content\/facts\/casse\.json : JSON illisible \(.+\)$/);
	});

	test('fails when an array file holds an object', async () => {
		await write('content/programme.json', JSON.stringify({ id: 'seul' }));

		const loading = load('content/programme.json', 'array');

		await expect(loading).rejects.toThrow("content/programme.json : un tableau d'entrées [ … ] est attendu");
	});

	test.each([
		['no id', [{ id: 'a' }, { label: 'sans id' }], 2],
		['an empty id', [{ id: '' }], 1],
		['a numeric id', [{ id: 'a' }, { id: 'b' }, { id: 3 }], 3],
		['a null entry', [null], 1],
	])('fails on an entry with %s and gives its number', async (_label, content, n) => {
		await write('content/glossary/*.json', JSON.stringify(content));

		const loading = load('content/glossary/*.json', 'array');

		await expect(loading).rejects.toThrow(`content/glossary/*.json : l'entrée n° ${n} n'a pas de champ « id »`);
	});

	test('fails on an id used in two files and names both', async () => {
		await write('content/questions/depot.json', JSON.stringify([{ id: 'q-siret' }]));
		await write('content/questions/suivi.json', JSON.stringify([{ id: 'q-autre' }, { id: 'q-siret' }]));

		const loading = load('content/questions', 'array');

		await expect(loading).rejects.toThrow(
			'content/questions/suivi.json : l\'id « q-siret » est déjà utilisé dans content/questions/depot.json (ids en double)'
		);
	});

	test('fails on an id used twice in the same file', async () => {
		await write('content/facts/a.json', JSON.stringify([{ id: 'f' }, { id: 'f' }]));

		const loading = load('content/facts', 'array');

		await expect(loading).rejects.toThrow('content/facts/a.json : l\'id « f » est déjà utilisé dans content/facts/a.json');
	});

	test('fails on a missing path with « fichier ou dossier introuvable »', async () => {
		const loading = load('content/absent.json', 'array');

		await expect(loading).rejects.toThrow('content/absent.json : fichier ou dossier introuvable');
	});
});
