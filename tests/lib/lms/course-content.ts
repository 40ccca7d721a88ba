import { readdirSync, readFileSync } from 'node:fs';
import type { EvaluationRule } from '../../../src/lib/evaluation-runs';
import { recordedItemIds } from '../../../src/lib/item-ids';
import { poolEntry, type SuspendDictionary } from '../../../src/lib/lms/suspend-data';
import type { QuizItem } from '../../../src/lib/quiz-types';
import type { Exercise } from '../../../src/schemas/exercise';

/** The course as a package sees it, read from the real content: for the LMS tests. */

export const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const filesOf = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
export const questions = filesOf('content/questions').flatMap((f) => json(`content/questions/${f}`) as { id: string; objectives: string[] }[]);
export const exercises = filesOf('content/exercises').map((f) => ({ id: f.replace(/\.json$/, ''), data: json(`content/exercises/${f}`) as Exercise }));
export const pool = filesOf('content/evaluation').flatMap((f) => json(`content/evaluation/${f}`) as QuizItem[]);
export const objectives = (json('content/objectives.json') as { id: string }[]).map((o) => o.id);
export const lessons = readdirSync('content/lessons')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''))
	.sort();
export const rule = (json('content/mastery.json') as Record<string, number>[])[1] as unknown as EvaluationRule;

/** The suspend_data dictionary, as src/pages/lms/lanceur.astro builds it. */
export function courseDictionary(withItemObjectives: boolean): SuspendDictionary {
	const dict: SuspendDictionary = { items: recordedItemIds(questions, exercises), lessons, objectives, pool: pool.map(poolEntry) };
	if (!withItemObjectives) return dict;
	const itemObjectives: Record<string, string[]> = {};
	for (const q of questions) itemObjectives[q.id] = q.objectives;
	for (const e of exercises) itemObjectives[e.id] = (e.data as unknown as { objectives: string[] }).objectives;
	return { ...dict, itemObjectives };
}

/** A SCORM 1.2 CMI as a runtime renders it. */
export type Cmi = Record<string, unknown> & { core?: Record<string, unknown> };

/** What an LMS keeps of a session for the next launch: the CMI as committed, minus the write-only elements. */
export function kept(cmi: Cmi): Cmi {
	const core = { ...(cmi.core as Record<string, unknown>) };
	const entry = core.exit === 'suspend' ? 'resume' : '';
	delete core.exit;
	delete core.session_time;
	delete core.total_time;
	return { ...cmi, core: { ...core, entry } };
}
