import { z } from './zod';
import { IdSchema, ObjectiveIdSchema, SourceUrlSchema } from './common';

const OptionSchema = z.object({
	id: IdSchema,
	text: z.string().min(1),
	correct: z.boolean(),
});

const BaseQuestion = z.object({
	id: IdSchema,
	objectives: z.array(ObjectiveIdSchema).min(1),
	/** Lesson id and section anchor the question checks (feedback links there). */
	lesson: IdSchema,
	section: IdSchema,
	/** The question as the learner reads it. */
	prompt: z.string().min(5),
	/** Shown after answering: why the right answer is right. */
	explanation: z.string().min(10),
	/** Fact ids the answer rests on, or a source link when no fact is recorded. */
	basis: z
		.object({ facts: z.array(IdSchema).default([]), source: SourceUrlSchema.optional() })
		.refine((b) => b.facts.length > 0 || b.source, {
			message: 'indiquez au moins un fait (facts) ou une source (source)',
		}),
});

function uniqueIds(items: { id: string }[]): boolean {
	return new Set(items.map((i) => i.id)).size === items.length;
}

const SingleChoice = BaseQuestion.extend({
	type: z.literal('single'),
	options: z
		.array(OptionSchema)
		.min(2)
		.refine(uniqueIds, { message: 'deux options ont le même id' })
		.refine((o) => o.filter((x) => x.correct).length === 1, {
			message: 'une question à choix unique doit avoir exactement une bonne réponse',
		}),
});

const MultipleChoice = BaseQuestion.extend({
	type: z.literal('multiple'),
	options: z
		.array(OptionSchema)
		.min(3)
		.refine(uniqueIds, { message: 'deux options ont le même id' })
		.refine((o) => o.some((x) => x.correct), {
			message: 'une question à choix multiples doit avoir au moins une bonne réponse',
		})
		.refine((o) => o.some((x) => !x.correct), {
			message: 'toutes les options sont justes : ajoutez au moins une mauvaise réponse',
		}),
});

const TrueFalse = BaseQuestion.extend({
	type: z.literal('truefalse'),
	/** Whether the statement in `prompt` is true. */
	answer: z.boolean(),
});

const Ordering = BaseQuestion.extend({
	type: z.literal('ordering'),
	/** Items in the right order; the widget shuffles them. */
	items: z
		.array(z.object({ id: IdSchema, text: z.string().min(1) }))
		.min(3)
		.refine(uniqueIds, { message: 'deux étapes ont le même id' })
		.refine((items) => new Set(items.map((i) => i.text.trim().toLowerCase())).size === items.length, {
			message: 'deux étapes ont le même texte : l’ordre attendu ne serait pas unique',
		}),
});

const Matching = BaseQuestion.extend({
	type: z.literal('matching'),
	/** Things to match, each with the id of its one right target. */
	items: z
		.array(z.object({ id: IdSchema, text: z.string().min(1), target: IdSchema }))
		.min(2)
		.refine(uniqueIds, { message: 'deux éléments ont le même id' }),
	/** Targets offered in each select (may include distractors). */
	targets: z
		.array(z.object({ id: IdSchema, text: z.string().min(1) }))
		.min(2)
		.refine(uniqueIds, { message: 'deux cibles ont le même id' }),
}).superRefine((q, ctx) => {
	const targetIds = new Set(q.targets.map((t) => t.id));
	q.items.forEach((item, index) => {
		if (!targetIds.has(item.target)) {
			ctx.addIssue({
				code: 'custom',
				path: ['items', index, 'target'],
				message: `la cible « ${item.target} » n’est pas dans la liste targets`,
			});
		}
	});
});

/** A question of the bank, of one of the five types. */
export const QuestionSchema = z.discriminatedUnion('type', [
	SingleChoice,
	MultipleChoice,
	TrueFalse,
	Ordering,
	Matching,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
