import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { jsonEntries } from './loaders/json-entries';
import { typesetData } from './lib/typography';
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

/**
 * Content prose is typeset in French when it loads (issue 17): islands receive it in their props
 * and re-render it on the client, where the build's pass over the HTML does not reach.
 */
const typeset = <S extends z.ZodType>(schema: S) => schema.transform((data) => typesetData(data));

export const collections = {
	lessons: defineCollection({
		loader: glob({ base: './content/lessons', pattern: '**/[^_]*.mdx' }),
		schema: typeset(LessonSchema),
	}),
	objectives: defineCollection({
		loader: jsonEntries({ path: 'content/objectives.json', shape: 'array' }),
		schema: typeset(ObjectiveSchema),
	}),
	mastery: defineCollection({
		loader: jsonEntries({ path: 'content/mastery.json', shape: 'array' }),
		schema: typeset(RuleSchema),
	}),
	/** The trainer's day: its variants (en salle, à distance), blocks and default breaks. */
	agenda: defineCollection({
		loader: jsonEntries({ path: 'content/agenda.json', shape: 'array' }),
		schema: typeset(AgendaVariantSchema),
	}),
	programme: defineCollection({
		loader: jsonEntries({ path: 'content/programme.json', shape: 'array' }),
		schema: typeset(ProgrammeBulletSchema),
	}),
	facts: defineCollection({
		loader: jsonEntries({ path: 'content/facts', shape: 'array' }),
		schema: typeset(FactSchema),
	}),
	glossary: defineCollection({
		loader: jsonEntries({ path: 'content/glossary', shape: 'array' }),
		schema: typeset(GlossaryTermSchema),
	}),
	questions: defineCollection({
		loader: jsonEntries({ path: 'content/questions', shape: 'array' }),
		schema: typeset(QuestionSchema),
	}),
	/** The reserved evaluation pool: never shown in a lesson, a quiz or a practice. */
	evaluationPool: defineCollection({
		loader: jsonEntries({ path: 'content/evaluation', shape: 'array' }),
		schema: typeset(QuestionSchema),
	}),
	evaluations: defineCollection({
		loader: jsonEntries({ path: 'content/evaluations.json', shape: 'array' }),
		schema: typeset(EvaluationSchema),
	}),
	quizzes: defineCollection({
		loader: jsonEntries({ path: 'content/quizzes', shape: 'file' }),
		schema: typeset(QuizSchema),
	}),
	exercises: defineCollection({
		loader: jsonEntries({ path: 'content/exercises', shape: 'file' }),
		schema: typeset(ExerciseSchema),
	}),
};
