import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
import { measurePageJs, LESSON_JS_BUDGET } from './page-js.mjs';
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext();
for (const l of process.argv.slice(2)) {
	const js = await measurePageJs(ctx, `${server.url}/lecons/${l}/`);
	console.log(l, js.total, 'of', LESSON_JS_BUDGET, 'left', LESSON_JS_BUDGET - js.total);
}
await browser.close(); server.close();
