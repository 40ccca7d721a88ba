// temp: per-page chunk composition by source map (gzip of each source's code alone, approx)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { measurePageJs } from './page-js.mjs';
import { serveDist } from './serve-dist.mjs';
const dist = process.argv[2];
const pages = process.argv.slice(3);
const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const p of pages) {
	const ctx = await browser.newContext();
	const js = await measurePageJs(ctx, `${server.url}/${p}`);
	await ctx.close();
	console.log(`\n== ${p} total ${(js.total / 1024).toFixed(1)} inline ${(js.inlineGzip / 1024).toFixed(1)}`);
	for (const f of js.files.sort((a, b) => b.gzip - a.gzip)) {
		const path = new URL(f.url).pathname;
		const file = join(dist, path);
		let parts = '';
		if (existsSync(file + '.map')) {
			const map = JSON.parse(readFileSync(file + '.map', 'utf-8'));
			const sizes = (map.sourcesContent || []).map((c, i) => [map.sources[i].replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, ''), c ? gzipSync(c).length : 0]);
			parts = sizes.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([s, n]) => `${s} ${(n / 1024).toFixed(1)}`).join(' | ');
		}
		console.log(`  ${(f.gzip / 1024).toFixed(1)} ${path}  ${parts}`);
	}
}
await browser.close();
await server.close();
