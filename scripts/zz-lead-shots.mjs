import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1280, 800], [390, 844], [1920, 1080], [700, 800]]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	await page.goto(`${server.url}/lecons/08-champs-a-remplir/`);
	await page.screenshot({ path: `/tmp/lead/header-${w}.png`, clip: { x: 0, y: 0, width: w, height: 200 } });
	await page.close();
}
await browser.close();
server.close();
