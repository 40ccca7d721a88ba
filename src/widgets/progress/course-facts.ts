import type { CourseFacts } from '../../lib/progress-check';
import { fetchPool } from '../evaluation/use-pool';
import { fetchCourseFile } from '../kit/fetch-course-file';

/** What /cours/identifiants.json holds (src/data/course-ids.ts). */
interface CourseIdsFile {
	itemIds: string[];
	lessonIds: string[];
	retiredIds: string[];
	retiredEvaluationQuestions: { id: string; objective: string }[];
	historyCap: number;
	earliest: string;
	objectives: string[];
	perObjective: Record<'positionnement' | 'finale', number>;
}

/** The course's ids and the evaluation pool, fetched when a file is imported (never before). */
export async function loadCourseFacts(idsUrl: string, poolUrl: string): Promise<CourseFacts> {
	const [response, pool] = await Promise.all([fetchCourseFile(idsUrl), fetchPool(poolUrl)]);
	const ids = (await response.json()) as CourseIdsFile;
	const poolMap = new Map<string, string>(ids.retiredEvaluationQuestions.map((q) => [q.id, q.objective]));
	for (const item of pool.items) poolMap.set(item.id, item.objectives[0] ?? '');
	return {
		itemIds: new Set(ids.itemIds),
		lessonIds: new Set(ids.lessonIds),
		retiredIds: new Set(ids.retiredIds),
		historyCap: ids.historyCap,
		earliest: ids.earliest,
		pool: poolMap,
		objectives: ids.objectives,
		perObjective: ids.perObjective,
	};
}
