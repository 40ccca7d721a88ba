import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { build, makeProjectCopy } from './build-fixture';

const dir = makeProjectCopy();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('built for a sub-folder, every internal link carries the sub-folder and resolves', () => {
	const { status, output } = build(dir, { BASE_PATH: '/formation/chorus/' });

	expect(status).toBe(0);
	expect(output).toContain('aucun lien interne cassé');
	const home = readFileSync(join(dir, 'dist/index.html'), 'utf-8');
	const internal = [...home.matchAll(/\shref="(\/[^"]*)"/g)].map((m) => m[1]);
	expect(internal.length).toBeGreaterThan(5);
	expect(internal.filter((h) => !h?.startsWith('/formation/chorus/'))).toEqual([]);
}, 150_000);
