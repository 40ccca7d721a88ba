import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { HISTORY_PER_ITEM } from '../../src/config';
import { ExerciseSchema } from '../../src/schemas/exercise';
import { FactSchema } from '../../src/schemas/fact';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { EvaluationSchema } from '../../src/schemas/evaluation';
import { ObjectiveSchema, RuleSchema } from '../../src/schemas/objective';
import { ProgrammeBulletSchema } from '../../src/schemas/programme';
import { QuestionSchema } from '../../src/schemas/question';
import { QuizSchema } from '../../src/schemas/quiz';
import { RetiredSchema } from '../../src/schemas/retired';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf-8'));
const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => join(dir, f));

/** Parses every entry and returns readable problems (« file › id › path : message »). */
function problems(files: string[], schema: z.ZodType, shape: 'array' | 'file'): string[] {
	return files.flatMap((file) => {
		const entries = shape === 'array' ? (read(file) as { id: string }[]) : [{ ...read(file), id: file }];
		return entries.flatMap((entry) => {
			const result = schema.safeParse(entry);
			return result.success ? [] : result.error.issues.map((i) => `${file} › ${entry.id} › ${i.path.join('.')} : ${i.message}`);
		});
	});
}

describe('the course content as written', () => {
	test.each([
		['objectives', ['content/objectives.json'], ObjectiveSchema, 'array'],
		['mastery and evaluation rules', ['content/mastery.json'], RuleSchema, 'array'],
		['evaluations', ['content/evaluations.json'], EvaluationSchema, 'array'],
		['programme', ['content/programme.json'], ProgrammeBulletSchema, 'array'],
		['glossary', jsonIn('content/glossary'), GlossaryTermSchema, 'array'],
		['facts', jsonIn('content/facts'), FactSchema, 'array'],
		['questions', jsonIn('content/questions'), QuestionSchema, 'array'],
		['quizzes', jsonIn('content/quizzes'), QuizSchema, 'file'],
		['exercises', jsonIn('content/exercises'), ExerciseSchema, 'file'],
	] as const)('every %s entry matches its schema', (_name, files, schema, shape) => {
		expect(files.length).toBeGreaterThan(0);

		expect(problems([...files], schema, shape)).toEqual([]);
	});

	test('content/retired.json (ids older progress files may still hold) matches its schema', () => {
		const result = RetiredSchema.safeParse(read('content/retired.json'));

		expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`)).toEqual([]);
	});

	test('the ten objectives of course.md §2 are all there, in order', () => {
		const objectives = read('content/objectives.json') as { id: string; order: number }[];

		expect(objectives.sort((a, b) => a.order - b.order).map((o) => o.id)).toEqual([
			'cadre', 'compte', 'banque', 'depot', 'suivi', 'retours', 'sous-co', 'travaux', 'support', 'reforme',
		]);
	});

	test('the stored history per item keeps at least the latest counted check and some practice', () => {
		const [rule] = read('content/mastery.json') as { threshold: number; minItems: number }[];

		expect(rule?.threshold).toBeGreaterThan(0);
		expect(HISTORY_PER_ITEM).toBeGreaterThanOrEqual(2);
	});

	test('every programme bullet of course.md §3 has a lesson number from 1 to 15, and every lesson has a bullet', () => {
		const bullets = read('content/programme.json') as { lessonNumber: number; lesson: string }[];
		const numbers = new Set(bullets.map((b) => b.lessonNumber));

		expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
		for (const b of bullets) expect(b.lesson.startsWith(String(b.lessonNumber).padStart(2, '0'))).toBe(true);
	});

	test('lesson 1 has at least 8 bank questions, of all five types', () => {
		const bank = read('content/questions/01-vocabulaire-generalites.json') as { type: string; lesson: string }[];
		const mine = bank.filter((q) => q.lesson === '01-vocabulaire-generalites');

		expect(mine.length).toBeGreaterThanOrEqual(8);
		expect(new Set(mine.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching']));
	});
});

describe('the Séquence 1 quiz', () => {
	test('asks at least 25 bank questions, all tagged cadre, compte or banque, each once', () => {
		const quiz = read('content/quizzes/quiz-sequence-1.json') as { sequence: number; select: { by: string; ids: string[] } };
		const bank = jsonIn('content/questions').flatMap((f) => read(f) as { id: string; objectives: string[] }[]);

		const asked = quiz.select.ids.map((id) => bank.find((q) => q.id === id));

		expect(quiz.sequence).toBe(1);
		expect(asked.length).toBeGreaterThanOrEqual(25);
		expect(new Set(quiz.select.ids).size).toBe(quiz.select.ids.length);
		for (const q of asked) expect(q?.objectives.some((o) => ['cadre', 'compte', 'banque'].includes(o))).toBe(true);
		for (const objective of ['cadre', 'compte', 'banque']) expect(asked.some((q) => q?.objectives.includes(objective))).toBe(true);
	});

	test('every Séquence 1 lesson has at least 6 bank questions', () => {
		const bank = jsonIn('content/questions').flatMap((f) => read(f) as { lesson: string }[]);
		const lessons = readdirSync('content/lessons').filter((f) => /^0[1-6]-.*\.mdx$/.test(f)).map((f) => f.replace('.mdx', ''));

		expect(lessons).toHaveLength(6);
		for (const lesson of lessons) expect(bank.filter((q) => q.lesson === lesson).length, lesson).toBeGreaterThanOrEqual(6);
	});
});

describe('Séquence 2, invoices issued (lessons 7–11)', () => {
	const bank = () => jsonIn('content/questions').flatMap((f) => read(f) as { lesson: string }[]);

	test('every lesson from 7 to 11 exists and has at least 6 bank questions', () => {
		const lessons = readdirSync('content/lessons').filter((f) => /^(0[7-9]|1[01])-.*\.mdx$/.test(f)).map((f) => f.replace('.mdx', ''));

		expect(lessons.map((l) => l.slice(0, 2))).toEqual(['07', '08', '09', '10', '11']);
		for (const lesson of lessons) expect(bank().filter((q) => q.lesson === lesson).length, lesson).toBeGreaterThanOrEqual(6);
	});

	test('the form-field exercise has at least 6 scenarios: EJ required, code service required, hospital, A2, A9 with a validator, a wrong SIRET on the purchase order', () => {
		const ex = read('content/exercises/saisie-facture.json') as { scenarios: { expected: { cadre: string; siretValideur: string | null; siretDestinataire: string }; purchaseOrder: { buyerSiret: string }; annuaire: { siret: string; codeServiceDoitEtreRenseigne: boolean; numeroEJDoitEtreRenseigne: boolean; gestionNumeroEJOuCodeService: boolean; services: { ejRequired?: boolean }[] }[] }[] };
		const recipient = (s: (typeof ex.scenarios)[number]) => s.annuaire.find((a) => a.siret === s.expected.siretDestinataire);

		expect(ex.scenarios.length).toBeGreaterThanOrEqual(6);
		expect(ex.scenarios.some((s) => recipient(s)?.numeroEJDoitEtreRenseigne)).toBe(true);
		expect(ex.scenarios.some((s) => recipient(s)?.codeServiceDoitEtreRenseigne)).toBe(true);
		expect(ex.scenarios.some((s) => recipient(s)?.gestionNumeroEJOuCodeService && recipient(s)?.services.some((v) => v.ejRequired))).toBe(true);
		expect(ex.scenarios.some((s) => s.expected.cadre === 'A2')).toBe(true);
		expect(ex.scenarios.some((s) => s.expected.cadre === 'A9' && s.expected.siretValideur !== null)).toBe(true);
		expect(ex.scenarios.some((s) => s.purchaseOrder.buyerSiret.replace(/\s/g, '') !== s.expected.siretDestinataire)).toBe(true);
	});

	test('the rejection matching has at least 10 cases covering the three statuses', () => {
		const ex = read('content/exercises/retours-causes-actions.json') as { data: { cases: { status: string }[] } };

		expect(ex.data.cases.length).toBeGreaterThanOrEqual(10);
		expect(new Set(ex.data.cases.map((c) => c.status))).toEqual(new Set(['a-recycler', 'suspendue', 'rejetee']));
	});
});

describe('the bank and the evaluations (issue 5)', () => {
	const bank = () => jsonIn('content/questions').flatMap((f) => read(f) as { id: string; objectives: string[] }[]);

	test('the bank holds at least 120 questions, and each objective at least 8', () => {
		const all = bank();

		expect(all.length).toBeGreaterThanOrEqual(120);
		for (const o of ['cadre', 'compte', 'banque', 'depot', 'suivi', 'retours', 'sous-co', 'travaux', 'support', 'reforme']) {
			expect(all.filter((q) => q.objectives.includes(o)).length, o).toBeGreaterThanOrEqual(8);
		}
	});

	test('the positioning test draws 2 per objective, the final 3, validated with 2 right of 3 and passed at 80 % (course.md §2, §5)', () => {
		const evaluations = read('content/evaluations.json') as { id: string; perObjective: number }[];
		const rule = (read('content/mastery.json') as { id: string; passMark?: number; validatedRight?: number }[]).find((r) => r.id === 'regle-evaluation');

		expect(evaluations.map((e) => [e.id, e.perObjective])).toEqual([['positionnement', 2], ['finale', 3]]);
		expect([rule?.passMark, rule?.validatedRight]).toEqual([0.8, 2]);
	});

	test('no quiz is an evaluation any more: quizzes are practice, recorded in lessons', () => {
		const quizzes = jsonIn('content/quizzes').map((f) => read(f) as { context?: string; select: { by: string } });

		expect(quizzes.filter((q) => (q.context ?? 'lesson') !== 'lesson' || q.select.by === 'draw')).toEqual([]);
	});

	test('the Séquence 2 quiz asks existing questions of lessons 7 to 15, each once', () => {
		const quiz = read('content/quizzes/quiz-sequence-2.json') as { sequence: number; select: { ids: string[] } };
		const ids = new Set(bank().map((q) => q.id));

		expect(quiz.sequence).toBe(2);
		expect(quiz.select.ids.filter((id) => !ids.has(id))).toEqual([]);
		expect(new Set(quiz.select.ids).size).toBe(quiz.select.ids.length);
		expect(quiz.select.ids.every((id) => /^l(0[7-9]|1[0-5])-/.test(id))).toBe(true);
	});
});
