import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { budgetFor, LESSON_JS_BUDGET } from '../../scripts/page-js.mjs';

/**
 * The budgets' failure path (issue 18): `npm run measure` fails, naming the page and its budget,
 * when a page carries more JavaScript than its budget. The test build's /essai/ilot-trop-lourd/
 * (src/test-fixtures/) holds an island far too heavy for a lesson on purpose.
 */

const measure = (pages: string) =>
	spawnSync(process.execPath, ['scripts/measure.mjs', '--dist', 'dist', '--pages', pages], { encoding: 'utf-8', timeout: 120_000 });

describe('npm run measure', () => {
	test('fails on an island over its page’s budget, and says which page, by how much and against which budget', () => {
		expect(budgetFor('/essai/ilot-trop-lourd/')?.bytes).toBe(LESSON_JS_BUDGET);
		expect(budgetFor('/essai/ilot-trop-lourd/')?.ceiling).toBeUndefined();

		const { status, stdout, stderr } = measure('/essai/ilot-trop-lourd/');

		expect(stdout).toContain('/essai/ilot-trop-lourd/');
		expect(stderr).toMatch(/Budget JavaScript dépassé :\n- \/essai\/ilot-trop-lourd\/ : \d+\.\d KB pour 20\.0 KB \(îlot d’essai \(leçon\)\)/);
		expect(status).toBe(1);
	});

	test('passes on pages within their budgets, and refuses a page the build does not have', () => {
		const within = measure('/,/accessibilite/');
		expect(within.stderr).toBe('');
		expect(within.stdout).toMatch(/Budgets respectés : 2 pages sous leur budget ou leur plafond/);
		expect(within.status).toBe(0);

		const missing = measure('/nulle-part/');
		expect(missing.stderr).toContain('Pages introuvables');
		expect(missing.status).toBe(1);
	});
});
