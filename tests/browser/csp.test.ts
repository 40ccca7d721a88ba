import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtHtml, builtPages, cspViolations, hydrated, launch, newContext, recordCspViolations, site } from './harness';
import { reach } from './drive';

/**
 * The strict Content-Security-Policy (issue 18): every page carries one in a meta element, it is
 * real (a script the build did not hash is blocked), and the course itself never breaks it,
 * islands hydrated, search used, QR codes drawn.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';

async function open(path: string): Promise<Page> {
	const context = await newContext(browser);
	await recordCspViolations(context);
	const page = await context.newPage();
	await page.goto(site(path));
	return page;
}

describe('the Content-Security-Policy', () => {
	test('every page declares it: self only, hashed scripts and styles, no unsafe-inline nor unsafe-eval, no plugins, no foreign base or form target', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(50);
		for (const path of pages) {
			const policy = policyOf(builtHtml(path));
			expect(policy, path).toContain("default-src 'self'");
			expect(policy, path).toContain("img-src 'self'");
			expect(policy, path).toContain("object-src 'none'");
			expect(policy, path).toContain("base-uri 'self'");
			expect(policy, path).toContain("form-action 'self'");
			expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
			expect(policy, path).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*/);
			expect(policy, path).not.toMatch(/unsafe-inline|'unsafe-eval'|data:|https?:|\*/);
		}
	});

	test('a script planted in a page (test build only) does not run, and the browser reports it as a violation', async () => {
		const page = await open('essai/script-plante/');
		await hydrated(page);

		expect(await page.evaluate(() => document.documentElement.dataset.scriptPlante)).toBeUndefined();
		await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem inline /)]);
		await page.context().close();
	});

	// Every page, hydrated, without a violation: checked in pages.test.ts during its axe visit.

	test('searching (Pagefind and its WebAssembly) breaks no rule', async () => {
		const page = await open('glossaire/');
		await hydrated(page);
		await reach(page, `el.matches('.site-header .search-button')`);
		await page.keyboard.press('Enter');
		await page.keyboard.type('code service');
		await expect.poll(() => page.locator('#recherche [role="status"]').textContent(), { timeout: 15_000 }).toMatch(/\d+ résultats/);

		expect(await cspViolations(page)).toEqual([]);
		await page.context().close();
	});
});
