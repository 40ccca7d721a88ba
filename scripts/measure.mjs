// `npm run measure`: builds the site (timed), then reports for every page all the JavaScript
// it runs after hydration (gzip), checks the lesson budget, and counts the tests.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { LESSON_JS_BUDGET, measurePageJs } from './page-js.mjs';
import { serveDist } from './serve-dist.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function run(args) {
	return spawnSync('npm', args, { encoding: 'utf-8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

const started = Date.now();
const built = run(['run', 'build']);
if (built.status !== 0) {
	console.error(built.stdout, built.stderr);
	process.exit(1);
}
const buildSeconds = (Date.now() - started) / 1000;

const dist = resolve('dist');
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const pages = walk(dist)
	.filter((f) => f.endsWith('.html'))
	.map((f) => relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''))
	.sort();

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
	console.error(`Chromium introuvable à ${chrome} : « apt-get install -y chromium » ou CHROME_PATH.`);
	process.exit(1);
}
const server = await serveDist(dist);
const browser = await chromium.launch({
	executablePath: chrome,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
for (const path of pages) {
	const context = await browser.newContext();
	const js = await measurePageJs(context, `${server.url}/${path}`);
	await context.close();
	const html = gzipSync(readFileSync(join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path))).length;
	rows.push({ page: `/${path}`, files: js.files.length, inline: kb(js.inlineGzip), total: kb(js.total), html: kb(html), bytes: js.total, htmlBytes: html });
}
await browser.close();
await server.close();

// Test counts come from the last `npm test` (its JSON reports); `vitest list` is the fallback,
// which counts a test.each once.
const count = (report, config) => {
	if (existsSync(report)) {
		const r = JSON.parse(readFileSync(report, 'utf-8'));
		return `${r.numTotalTests} (${r.numPassedTests} réussis, ${r.numFailedTests} en échec, rapport du ${new Date(r.startTime).toLocaleString('fr-FR')})`;
	}
	const listed = run(['exec', '--', 'vitest', 'list', '--config', config, '--json']);
	try {
		return `${JSON.parse(listed.stdout).length} définitions (lancez npm test pour le décompte exécuté)`;
	} catch {
		return 'inconnu';
	}
};
const unit = count('test-results/unit.json', 'tests/vitest.config.ts');
const browserTests = count('test-results/browser.json', 'tests/browser/vitest.config.ts');

console.log(`\nBuild : ${buildSeconds.toFixed(1)} s (${pages.length} pages)`);
console.log('\nJavaScript par page, après hydratation de tous les îlots (gzip) :');
console.table(rows.map(({ bytes, htmlBytes, ...r }) => r));

// The trainer mode beside the learner's page: the projection loads only on its own pages.
const byPath = new Map(rows.map((r) => [r.page, r]));
const trainerRows = rows
	.filter((r) => r.page.startsWith('/lecons/'))
	.map((r) => {
		const id = r.page.slice('/lecons/'.length);
		const projection = byPath.get(`/projection/${id}`);
		const presenter = byPath.get(`/presentateur/${id}`);
		return {
			leçon: id.replace(/\/$/, ''),
			'JS page apprenant': r.total,
			'JS projection': projection?.total ?? '—',
			'JS vue présentateur': presenter?.total ?? '—',
			'HTML apprenant': r.html,
			'HTML projection': projection?.html ?? '—',
			'HTML vue présentateur': presenter?.html ?? '—',
		};
	});
console.log('\nMode formateur, à côté de la page apprenant (gzip) :');
console.table(trainerRows);
console.log(`Tests unitaires, de composants, de contenu et de build : ${unit}`);
console.log(`Tests dans le navigateur : ${browserTests}`);

const over = rows.filter((r) => r.page.startsWith('/lecons/') && r.bytes > LESSON_JS_BUDGET);
if (over.length > 0) {
	console.error(`\nBudget dépassé (${kb(LESSON_JS_BUDGET)} par leçon) : ${over.map((r) => `${r.page} ${r.total}`).join(', ')}`);
	process.exit(1);
}
console.log(`Budget respecté : chaque leçon, quiz compris, reste sous ${kb(LESSON_JS_BUDGET)}.`);
