/**
 * Build-time list of the item ids the course can record, for checking imported progress
 * (issue 11). Nothing here reaches the browser but the list it returns.
 */
import { getCollection } from 'astro:content';
import { recordedItemIds } from '../lib/item-ids';

/** Every item id a lesson, quiz or practice of this build records, sorted (src/lib/item-ids.ts). */
export async function getRecordedItemIds(): Promise<string[]> {
	const questions = (await getCollection('questions')).map((q) => ({ id: q.id }));
	const exercises = (await getCollection('exercises')).map((e) => ({ id: e.id, data: e.data }));
	return recordedItemIds(questions, exercises);
}
