import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { basePath, CACHE_PREFIX, precacheList, workerSource } from '../../scripts/service-worker.mjs';

/** The service worker's precache (issue 18), built from a small dist/ of its own. */
function fakeDist(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'sw-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const SITE = {
	'index.html': 'accueil',
	'404.html': 'introuvable',
	'lecons/01-x/index.html': 'leçon',
	'_astro/runtime.abc.js': 'js',
	'_astro/runtime.abc.js.map': 'map',
	'pagefind/pagefind.js': 'recherche',
	'lms/lanceur/index.html': 'paquet',
	'essai/script-plante/index.html': 'essai',
	'sw.js': 'ancien',
};

describe('the service worker’s precache', () => {
	test('keeps every page under the URL its links name, the scripts and the search index; not maps, the LMS wrapper, test pages or itself', () => {
		const { urls } = precacheList(fakeDist(SITE), '/');

		expect([...urls].sort()).toEqual(['/', '/404.html', '/_astro/runtime.abc.js', '/lecons/01-x/', '/pagefind/pagefind.js']);
	});

	test('under a sub-folder base, every URL starts with it', () => {
		expect(basePath('/formation/chorus')).toBe('/formation/chorus/');
		expect(basePath('formation/chorus/')).toBe('/formation/chorus/');
		expect(basePath('/')).toBe('/');

		const { urls } = precacheList(fakeDist(SITE), '/formation/chorus/');
		expect(urls).toContain('/formation/chorus/');
		expect(urls).toContain('/formation/chorus/lecons/01-x/');
		expect(urls.every((u: string) => u.startsWith('/formation/chorus/'))).toBe(true);
	});

	test('a new deployment is a new worker: the version changes with any file’s content, not otherwise', () => {
		const first = precacheList(fakeDist(SITE), '/').version;
		expect(precacheList(fakeDist(SITE), '/').version).toBe(first);
		expect(precacheList(fakeDist({ ...SITE, 'lecons/01-x/index.html': 'leçon corrigée' }), '/').version).not.toBe(first);

		const source = workerSource({ version: first, urls: ['/'] }, '/');
		expect(source).toContain(`${CACHE_PREFIX}${first}`);
		// It waits for the page's word before taking over: the learner chooses when to reload.
		expect(source).toMatch(/event\.data === 'skip-waiting'\) self\.skipWaiting\(\)/);
		expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1);
	});
});
