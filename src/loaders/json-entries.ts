import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';

interface Options {
	/** A .json file, or a folder whose .json files are read (files starting with « _ » skipped). */
	path: string;
	/**
	 * « array »: each file holds an array of entries, each with its own `id`.
	 * « file »: each file is one entry, its id is the file name.
	 */
	shape: 'array' | 'file';
}

/** Raised for content that cannot be read: the message names the file and the entry. */
export class ContentFileError extends Error {
	override name = 'ContentFileError';
}

async function listJsonFiles(path: string, rel: string): Promise<string[]> {
	const info = await stat(path).catch(() => null);
	if (!info) throw new ContentFileError(`${rel} : fichier ou dossier introuvable`);
	if (!info.isDirectory()) return [path];
	const names = (await readdir(path)).filter((n) => n.endsWith('.json') && !n.startsWith('_'));
	return names.sort().map((n) => join(path, n));
}

/**
 * Loads JSON content strictly. Astro's own `file()` loader only logs unreadable JSON and
 * entries without an id, and lets the build go on; this one fails, naming the file.
 */
export function jsonEntries({ path, shape }: Options): Loader {
	return {
		name: 'json-entries',
		async load({ store, parseData, generateDigest, config, watcher }) {
			const root = config.root.pathname;
			const files = await listJsonFiles(join(root, path), path);
			const seen = new Map<string, string>();
			store.clear();
			for (const file of files) {
				const rel = relative(root, file);
				let parsed: unknown;
				try {
					parsed = JSON.parse(await readFile(file, 'utf-8'));
				} catch (error) {
					throw new ContentFileError(`${rel} : JSON illisible (${(error as Error).message})`);
				}
				const raw =
					shape === 'file' ? [{ ...(parsed as object), id: basename(file, '.json') }] : parsed;
				if (!Array.isArray(raw)) {
					throw new ContentFileError(`${rel} : un tableau d'entrées [ … ] est attendu`);
				}
				for (const [index, item] of raw.entries()) {
					const id = (item as { id?: unknown })?.id;
					if (typeof id !== 'string' || id === '') {
						throw new ContentFileError(`${rel} : l'entrée n° ${index + 1} n'a pas de champ « id »`);
					}
					if (seen.has(id)) {
						throw new ContentFileError(
							`${rel} : l'id « ${id} » est déjà utilisé dans ${seen.get(id)} (ids en double)`
						);
					}
					seen.set(id, rel);
					const data = await parseData({ id, data: item as Record<string, unknown>, filePath: rel });
					store.set({ id, data, filePath: rel, digest: generateDigest(item as Record<string, unknown>) });
				}
			}
			watcher?.add(join(root, path));
		},
	};
}
