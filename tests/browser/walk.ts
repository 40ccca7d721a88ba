import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { reach } from './drive';
import { hydrated, site } from './harness';

/** Goes through `lessons` in order with the keyboard (« Leçon suivante »), doing `each` exercise. */
export async function walkLessons(page: Page, lessons: { id: string; exercises: string[] }[], each: (id: string) => Promise<void>): Promise<void> {
	await page.goto(site(`lecons/${lessons[0]?.id}/`));
	for (const [index, lesson] of lessons.entries()) {
		await hydrated(page);
		for (const id of lesson.exercises) await each(id);
		const next = lessons[index + 1];
		if (next) {
			await reach(page, `el.getAttribute('rel') === 'next'`);
			await Promise.all([page.waitForURL(`**/lecons/${next.id}/`), page.keyboard.press('Enter')]);
		}
	}
}

/** Opens « Mon parcours » from the menu, with the keyboard. */
export async function openProgress(page: Page): Promise<void> {
	await reach(page, `el.textContent.trim() === 'Mon parcours'`);
	await Promise.all([page.waitForURL('**/parcours/'), page.keyboard.press('Enter')]);
	await hydrated(page);
}

/** Two consecutive calendar days in Paris, for checks that count again « a later day ». */
export const DAY_ONE = new Date('2026-12-04T10:00:00+01:00');
export const DAY_TWO = new Date('2026-12-05T10:00:00+01:00');

/** Waits until every objective's row on « Mon parcours » shows `status` (« Entraînement »). */
export async function expectStatuses(page: Page, objectives: string[], status: string): Promise<void> {
	for (const objective of objectives) {
		await expect.poll(() => page.locator(`tr[data-objective="${objective}"]`).getAttribute('data-status'), { message: objective }).toBe(status);
	}
}
