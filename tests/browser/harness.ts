import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { typesetData } from '../../src/lib/typography';
import { SHOWN_ISLANDS } from '../../scripts/page-js.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Where Chromium is: CHROME_PATH, or Debian's (or Ubuntu's) package. */
export function chromiumPath(): string {
	const path = process.env.CHROME_PATH ?? CANDIDATES.find((c) => existsSync(c));
	if (!path || !existsSync(path)) {
		throw new Error(
			`Chromium introuvable (${process.env.CHROME_PATH ?? CANDIDATES.join(', ')}). Installez-le (Debian/Ubuntu, en root) : ` +
				'« apt-get update && apt-get install -y chromium », ou indiquez le chemin d’un Chromium ou d’un Chrome dans CHROME_PATH.'
		);
	}
	return path;
}

/** Launches headless Chromium with the flags this machine needs (no network beyond loopback). */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
		],
	});
}

/** URL of a page of the served site. */
export function site(path = ''): string {
	return `${inject('baseUrl')}/${path.replace(/^\//, '')}`;
}

/**
 * A fresh browser profile (its own localStorage) with downloads allowed. Service workers are
 * blocked: each fresh profile would otherwise download the whole course for offline use; the
 * offline tests (offline.test.ts) make contexts of their own.
 */
export function newContext(browser: Browser, width = 1280): Promise<BrowserContext> {
	return browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'fr-FR', serviceWorkers: 'block' });
}

/**
 * Every built HTML page of the course, as a URL path (« lecons/01-x/ », « 404.html »); not the
 * test build's /essai/ pages (src/test-fixtures/), which exist to break a rule on purpose.
 */
export function builtPages(): string[] {
	const dist = resolve('dist');
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const full = join(dir, name);
			return statSync(full).isDirectory() ? walk(full) : [full];
		});
	return walk(dist)
		.filter((f) => f.endsWith('.html'))
		.map((f) => relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''))
		.filter((p) => !p.startsWith('essai/'));
}

/** The HTML of a built page, read from dist/. */
export function builtHtml(path: string): string {
	const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	return readFileSync(resolve('dist', file), 'utf-8');
}

/**
 * Presses Tab (Shift+Tab with `back`) until `predicate`, a JS expression about `el` (the focused
 * element), holds; fails after `max` presses. This is how the tests move: like a keyboard user.
 */
export async function tabTo(page: Page, predicate: string, { back = false, max = 300 } = {}): Promise<void> {
	for (let i = 0; i < max; i += 1) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		if (await page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${predicate})); })()`)) return;
	}
	throw new Error(`Aucun élément atteint au clavier ne vérifie : ${predicate}`);
}

/** The text of the focused element. */
export function focusedText(page: Page): Promise<string> {
	return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/**
 * Scrolls to every island (client:visible ones wait for it), then waits until all have hydrated.
 * A projected lesson shows one slide at a time: there, the deck is laid out and the islands of
 * the slide shown have hydrated (the others start when their slide is shown).
 */
export async function hydrated(page: Page): Promise<void> {
	if (await page.locator('[data-deck]').count()) {
		await page.waitForSelector('html.deck-ready', { state: 'attached' });
		await page.waitForFunction(() => [...document.querySelectorAll('.slide.is-current astro-island')].every((i) => !i.hasAttribute('ssr')));
		return;
	}
	// Not the islands of a closed dialog (the search panel): they hydrate when it opens.
	for (const island of await page.locator(SHOWN_ISLANDS).all()) await island.scrollIntoViewIfNeeded();
	await page.waitForFunction((shown) => [...document.querySelectorAll(shown)].every((i) => !i.hasAttribute('ssr')), SHOWN_ISLANDS);
}

/** The stored progress, parsed. */
export async function storedProgress(page: Page): Promise<any> {
	const raw = await page.evaluate(() => localStorage.getItem('chorus-pro-micro-cours:progression'));
	return raw ? JSON.parse(raw) : null;
}

// Evaluated through the DevTools protocol rather than added as a <script>: the course's
// Content-Security-Policy (rightly) blocks an injected inline script.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules on the page (or on the element matching
 * `selector`) and returns the violations as readable lines; [] when there is none.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const result = await page.evaluate(
		(scope) =>
			(window as any).axe.run(scope ? document.querySelector(scope) : document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
			}),
		selector ?? null
	);
	return result.violations.map(
		(v: any) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`
	);
}

/** Pages in a PDF made by Chromium: one « /Type /Page » object per page (« /Pages » is the tree, not a page). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/**
 * A content file as the course shows it: its prose typeset the way src/content.config.ts does
 * when the collections load (issue 17), so that a test finds on screen the words it reads here.
 */
export function readContent<T = any>(path: string): T {
	return typesetData(JSON.parse(readFileSync(resolve(path), 'utf-8'))) as T;
}

/**
 * Records, in every page of `context`, each Content-Security-Policy violation (the
 * `securitypolicyviolation` event) as « directive blocked-uri (source:line) ». Read them with
 * `cspViolations`. An init script runs outside the page's policy, so it is never blocked itself.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as any).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} (${e.sourceFile || location.pathname}:${e.lineNumber})`);
		});
	});
}

/** The violations recorded so far in `page` or a frame (see `recordCspViolations`). */
export function cspViolations(page: Page | Frame): Promise<string[]> {
	return page.evaluate(() => [...((window as any).__cspViolations ?? [])]);
}
