import { describe, expect, test } from 'vitest';
import { QuizSchema } from '../../src/schemas/quiz';
import { issuesOf } from './issues';

const quiz = { title: 'Quiz de la leçon 1', select: { by: 'lesson', lesson: '01-vocabulaire' } };

describe('QuizSchema', () => {
	test('defaults context to lesson when it is absent', () => {
		const result = QuizSchema.parse(quiz);

		expect(result.context).toBe('lesson');
	});

	test.each(['avant', 'apres'] as const)('refuses context %s: the evaluations are drawn per learner, not quizzes', (context) => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, context }));

		expect(issues.map((i) => i.path)).toEqual([['context']]);
	});

	test('refuses a build-time draw (the evaluations’ old selection)', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, select: { by: 'draw', perObjective: 2, seed: 'x' } }));

		expect(issues.map((i) => i.path)).toEqual([['select', 'by']]);
	});

	test('rejects an unknown context', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, context: 'final' }));

		expect(issues.map((i) => i.path)).toEqual([['context']]);
	});

	test.each([
		{ by: 'lesson', lesson: '01-vocabulaire' },
		{ by: 'sequence', sequence: 2 },
		{ by: 'objective', objectives: ['depot', 'suivi'] },
		{ by: 'ids', ids: ['q-1', 'q-2'] },
	])('accepts the selection by $by', (select) => {
		const result = QuizSchema.safeParse({ ...quiz, select });

		expect(result.success).toBe(true);
		expect(result.data?.select).toEqual(select);
	});

	test('rejects an unknown selection kind on path select.by', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, select: { by: 'hasard' } }));

		expect(issues.map((i) => i.path)).toEqual([['select', 'by']]);
	});

	test('rejects a sequence selection outside 1 and 2', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, select: { by: 'sequence', sequence: 3 } }));

		expect(issues.map((i) => i.path)).toEqual([['select', 'sequence']]);
	});

	test('rejects an empty ids selection', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, select: { by: 'ids', ids: [] } }));

		expect(issues.map((i) => i.path)).toEqual([['select', 'ids']]);
	});

	test('rejects a question id that is not kebab-case, with the French message', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, select: { by: 'ids', ids: ['Q1'] } }));

		expect(issues).toEqual([
			{ path: ['select', 'ids', 0], message: 'identifiant attendu en minuscules-avec-tirets' },
		]);
	});

	test('rejects an intro shorter than ten characters', () => {
		const issues = issuesOf(QuizSchema.safeParse({ ...quiz, intro: 'Court' }));

		expect(issues.map((i) => i.path)).toEqual([['intro']]);
	});
});
