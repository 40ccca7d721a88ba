import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QuestionSchema } from '../../src/schemas/question';

/**
 * The reserved evaluation pool (issue 10): questions only the positioning test and the final
 * evaluation ask. Checked here on the files as written, so an author sees the problem at once;
 * the build checks the same rules (src/lib/content-integrity.ts).
 */

const read = (file: string) => JSON.parse(readFileSync(file, 'utf-8'));
const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => join(dir, f));
const OBJECTIVES = ['cadre', 'compte', 'banque', 'depot', 'suivi', 'retours', 'sous-co', 'travaux', 'support', 'reforme'];
const MIN_PER_OBJECTIVE = 8;

interface PoolQuestion {
	id: string;
	objectives: string[];
	lesson: string;
	section: string;
	prompt: string;
	basis: { facts?: string[] };
}

const pool = jsonIn('content/evaluation').flatMap((file) => (read(file) as PoolQuestion[]).map((q) => ({ ...q, file })));
const bank = jsonIn('content/questions').flatMap((file) => read(file) as PoolQuestion[]);
const facts = new Set(jsonIn('content/facts').flatMap((file) => (read(file) as { id: string }[]).map((f) => f.id)));
const lessonFiles = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx'));
const lessonText = new Map(lessonFiles.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join('content/lessons', f), 'utf-8')]));
const exercisesText = jsonIn('content/exercises').map((f) => readFileSync(f, 'utf-8')).join('\n');

/** Letters and digits only, lower case: a reworded apostrophe or space does not hide a reuse. */
const normalise = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, ' ').trim();

describe('the reserved evaluation pool (content/evaluation)', () => {
	test('every entry matches the question schema', () => {
		const problems = pool.flatMap((q) => {
			const result = QuestionSchema.safeParse(q);
			return result.success ? [] : result.error.issues.map((i) => `${q.file} › ${q.id} › ${i.path.join('.')} : ${i.message}`);
		});

		expect(problems).toEqual([]);
	});

	test(`each of the ten objectives has at least ${MIN_PER_OBJECTIVE} questions, each question exactly one objective`, () => {
		const counts = Object.fromEntries(OBJECTIVES.map((o) => [o, pool.filter((q) => q.objectives[0] === o).length]));

		expect(pool.filter((q) => q.objectives.length !== 1).map((q) => q.id)).toEqual([]);
		expect(Object.entries(counts).filter(([, n]) => n < MIN_PER_OBJECTIVE)).toEqual([]);
	});

	test('ids are unique and none is a bank question id', () => {
		const ids = pool.map((q) => q.id);
		const bankIds = new Set(bank.map((q) => q.id));

		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		expect(ids.filter((id) => bankIds.has(id))).toEqual([]);
	});

	test('every question links to a section its lesson has and rests on known facts', () => {
		const problems = pool.flatMap((q) => {
			const text = lessonText.get(q.lesson);
			const found: string[] = [];
			if (!text) found.push(`${q.id} : leçon « ${q.lesson} » inconnue`);
			else if (!text.includes(`<Section id="${q.section}"`)) found.push(`${q.id} : pas de <Section id="${q.section}"> dans ${q.lesson}`);
			for (const f of q.basis.facts ?? []) if (!facts.has(f)) found.push(`${q.id} : fait « ${f} » inconnu`);
			return found;
		});

		expect(problems).toEqual([]);
	});

	test('no prompt is shown anywhere else: not in a bank question, an exercise or a lesson', () => {
		const elsewhere = [...bank.map((q) => q.prompt), exercisesText, ...lessonText.values()].map(normalise);
		const reused = pool.filter((q) => elsewhere.some((text) => text.includes(normalise(q.prompt)))).map((q) => q.id);

		expect(reused).toEqual([]);
	});
});
