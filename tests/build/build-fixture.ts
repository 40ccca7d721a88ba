import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');

/**
 * A throw-away copy of the project in which a test can break
 * one content file and run a real build. node_modules is linked package by package so that
 * Vite's cache (node_modules/.vite) stays private to the copy.
 */
export function makeProjectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cours-build-'));
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (name !== '.vite' && name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
	}
	// Copied, not linked: Vite only applies import.meta.env to files inside the project root.
	for (const name of ['src', 'public', 'content', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
		cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	}
	return dir;
}

/** Edits a JSON file of the copy. */
export function editJson(dir: string, file: string, change: (data: any) => void): void {
	const path = join(dir, file);
	const data = JSON.parse(readFileSync(path, 'utf-8'));
	change(data);
	writeFileSync(path, JSON.stringify(data, null, '\t'));
}

/** Edits a text file of the copy. */
export function editText(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf-8')));
}

/** Runs `astro build` in the copy with the Node running the tests (the pinned Node 22). */
export function build(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
	// Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env; Astro would take them.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST'))
	);
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf-8',
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		timeout: 120_000,
	});
	// Colours may be forced by the environment (CI=true): strip them so messages read as text.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}
