import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Frames of a page that launched an LMS package (tests/browser/lms-*.test.ts). */

export const wrapperOf = (page: Page) => (page.frames().find((f) => f.url().includes('/lms/lanceur/')) ?? page.mainFrame()) as Frame;

/** The course page the wrapper shows, once it has loaded and hydrated. */
export async function course(page: Page, path: string): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes(`/paquet/${path}`) && !f.url().includes('/lms/lanceur/')), { timeout: 20_000 }).toBe(true);
	const frame = page.frames().find((f) => f.url().includes(`/paquet/${path}`) && !f.url().includes('/lms/lanceur/')) as Frame;
	await frame.waitForLoadState('load');
	for (const island of await frame.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await frame.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
	return frame;
}

/**
 * The course frame as drive.ts wants a page: its documents, with the page's keyboard. Each
 * `reach` expression is checked only while the frame has the focus (a frame that lost it keeps
 * its last active element).
 */
export function framed(page: Page, frame: Frame): Page {
	return new Proxy(frame, {
		get(target, key) {
			if (key === 'keyboard') return page.keyboard;
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	}) as unknown as Page;
}

