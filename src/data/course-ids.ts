/**
 * What an imported progress file is checked against (issue 11), served as
 * /cours/identifiants.json and fetched by « Mon parcours » only when a file is imported.
 */
import { getCollection } from 'astro:content';
import { COURSE_FIRST_PUBLISHED, HISTORY_PER_ITEM } from '../config';
import { RetiredSchema, type RetiredIds } from '../schemas/retired';
import retiredData from '../../content/retired.json';
import { getObjectives } from './course';
import { getEvaluations } from './evaluation';
import { getRecordedItemIds } from './item-ids';

/** content/retired.json, validated (the build fails naming the field). */
export function getRetired(): RetiredIds {
	const result = RetiredSchema.safeParse(retiredData);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
		throw new Error(`content/retired.json invalide :\n- ${issues.join('\n- ')}`);
	}
	return result.data;
}

/** The course's ids and limits, as the import check needs them (src/lib/progress-check.ts). */
export async function getCourseIds() {
	const retired = getRetired();
	const evaluations = await getEvaluations();
	return {
		itemIds: await getRecordedItemIds(),
		lessonIds: (await getCollection('lessons')).map((l) => l.id),
		retiredIds: [...retired.items, ...retired.lessons].map((r) => r.id),
		retiredEvaluationQuestions: retired.evaluationQuestions.map(({ id, objective }) => ({ id, objective })),
		historyCap: HISTORY_PER_ITEM,
		earliest: COURSE_FIRST_PUBLISHED,
		objectives: (await getObjectives()).map((o) => o.id),
		perObjective: Object.fromEntries(evaluations.map((e) => [e.id, e.perObjective])),
	};
}

export type CourseIds = Awaited<ReturnType<typeof getCourseIds>>;
