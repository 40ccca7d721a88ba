import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jsonEntries } from './loaders/json-entries';
import { ExerciseSchema } from './schemas/exercise';
import { FactSchema } from './schemas/fact';
import { GlossaryTermSchema } from './schemas/glossary';
import { LessonSchema } from './schemas/lesson';
import { EvaluationSchema } from './schemas/evaluation';
import { ObjectiveSchema, RuleSchema } from './schemas/objective';
import { ProgrammeBulletSchema } from './schemas/programme';
import { AgendaVariantSchema } from './schemas/agenda';
import { QuestionSchema } from './schemas/question';
import { QuizSchema } from './schemas/quiz';

export const collections = {
	lessons: defineCollection({
		loader: glob({ base: './content/lessons', pattern: '**/[^_]*.mdx' }),
		schema: LessonSchema,
	}),
	objectives: defineCollection({
		loader: jsonEntries({ path: 'content/objectives.json', shape: 'array' }),
		schema: ObjectiveSchema,
	}),
	mastery: defineCollection({
		loader: jsonEntries({ path: 'content/mastery.json', shape: 'array' }),
		schema: RuleSchema,
	}),
	/** The trainer's day: its variants (en salle, à distance), blocks and default breaks. */
	agenda: defineCollection({
		loader: jsonEntries({ path: 'content/agenda.json', shape: 'array' }),
		schema: AgendaVariantSchema,
	}),
	programme: defineCollection({
		loader: jsonEntries({ path: 'content/programme.json', shape: 'array' }),
		schema: ProgrammeBulletSchema,
	}),
	facts: defineCollection({
		loader: jsonEntries({ path: 'content/facts', shape: 'array' }),
		schema: FactSchema,
	}),
	glossary: defineCollection({
		loader: jsonEntries({ path: 'content/glossary', shape: 'array' }),
		schema: GlossaryTermSchema,
	}),
	questions: defineCollection({
		loader: jsonEntries({ path: 'content/questions', shape: 'array' }),
		schema: QuestionSchema,
	}),
	/** The reserved evaluation pool: never shown in a lesson, a quiz or a practice. */
	evaluationPool: defineCollection({
		loader: jsonEntries({ path: 'content/evaluation', shape: 'array' }),
		schema: QuestionSchema,
	}),
	evaluations: defineCollection({
		loader: jsonEntries({ path: 'content/evaluations.json', shape: 'array' }),
		schema: EvaluationSchema,
	}),
	quizzes: defineCollection({
		loader: jsonEntries({ path: 'content/quizzes', shape: 'file' }),
		schema: QuizSchema,
	}),
	exercises: defineCollection({
		loader: jsonEntries({ path: 'content/exercises', shape: 'file' }),
		schema: ExerciseSchema,
	}),
};
