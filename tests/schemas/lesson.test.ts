import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../src/schemas/lesson';
import { issuesOf } from './issues';

const lesson = {
	title: 'Vocabulaire et généralités',
	sequence: 1,
	order: 1,
	objectives: ['cadre'],
	summary: 'Ce qu’est Chorus Pro, qui l’impose et les mots du portail.',
	sources: [{ label: 'AIFE', url: 'https://aife.economie.gouv.fr/' }],
	programme: [{ bullet: 's1-vocabulaire', sections: ['vocabulaire'] }],
	quiz: 'quiz-lecon-01',
};

describe('LessonSchema', () => {
	test('accepts a valid frontmatter', () => {
		const result = LessonSchema.safeParse(lesson);

		expect(issuesOf(result)).toEqual([]);
	});

	test.each([0, 3])('rejects sequence %s', (sequence) => {
		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, sequence }));

		expect(issues.map((i) => i.path)).toEqual([['sequence']]);
	});

	test.each([0, 16, 1.5])('rejects order %s', (order) => {
		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, order }));

		expect(issues.map((i) => i.path)).toEqual([['order']]);
	});

	test('ignores a leftover typed duration: durations are computed at build, never read from the frontmatter', () => {
		const result = LessonSchema.safeParse({ ...lesson, duration: 25 });

		expect(issuesOf(result)).toEqual([]);
		expect(result.data).not.toHaveProperty('duration');
	});

	test('rejects an empty objectives list', () => {
		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, objectives: [] }));

		expect(issues.map((i) => i.path)).toEqual([['objectives']]);
	});

	test('rejects a summary under 20 characters', () => {
		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, summary: 'Trop court.' }));

		expect(issues.map((i) => i.path)).toEqual([['summary']]);
	});

	test('rejects a source that is not an http(s) link, with the French message', () => {
		const sources = [{ label: 'AIFE', url: 'aife.economie.gouv.fr' }];

		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, sources }));

		expect(issues).toEqual([{ path: ['sources', 0, 'url'], message: 'lien http(s) attendu' }]);
	});

	test('rejects a programme bullet without sections', () => {
		const programme = [{ bullet: 's1-vocabulaire', sections: [] }];

		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, programme }));

		expect(issues.map((i) => i.path)).toEqual([['programme', 0, 'sections']]);
	});

	test('rejects a section anchor that is not kebab-case', () => {
		const programme = [{ bullet: 's1-vocabulaire', sections: ['Vocabulaire'] }];

		const issues = issuesOf(LessonSchema.safeParse({ ...lesson, programme }));

		expect(issues).toEqual([
			{ path: ['programme', 0, 'sections', 0], message: 'identifiant attendu en minuscules-avec-tirets' },
		]);
	});

	test('rejects a missing quiz', () => {
		const { quiz: _omitted, ...noQuiz } = lesson;

		const issues = issuesOf(LessonSchema.safeParse(noQuiz));

		expect(issues.map((i) => i.path)).toEqual([['quiz']]);
	});
});
