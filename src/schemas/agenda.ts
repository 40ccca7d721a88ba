import { z } from './zod';
import { IdSchema } from './common';

/** A clock time « HH:MM » (24 h), as typed in content and kept by the trainer's settings. */
export const ClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure attendue au format HH:MM (par exemple 09:00)');

/** What a block teaches: a whole lesson, or only some of its sections (their anchors). */
export const AgendaContentSchema = z.object({
	lesson: IdSchema,
	/** Absent: the whole lesson. */
	sections: z.array(IdSchema).min(1).optional(),
});
export type AgendaContent = z.infer<typeof AgendaContentSchema>;

/** One block of the day: its room duration and its theory / practice split. */
export const AgendaBlockSchema = z
	.object({
		id: IdSchema,
		title: z.string().min(3),
		/** Séquence 1 (morning), 2 (afternoon), or null for the opening and closing blocks. */
		sequence: z.union([z.literal(1), z.literal(2), z.null()]),
		minutes: z.number().int().positive(),
		theoryMinutes: z.number().int().min(0),
		practiceMinutes: z.number().int().min(0),
		/** Lessons or sections taught; empty for the opening and closing blocks. */
		content: z.array(AgendaContentSchema),
		/** What the room does in this block (French, shown on the agenda). */
		activity: z.string().min(10),
		/** The evaluation the opening or closing block runs. */
		evaluation: z.enum(['positionnement', 'finale']).optional(),
	})
	.superRefine((block, ctx) => {
		if (block.theoryMinutes + block.practiceMinutes !== block.minutes) {
			ctx.addIssue({
				code: 'custom',
				path: ['practiceMinutes'],
				message: `bloc « ${block.id} » : théorie (${block.theoryMinutes} min) + pratique (${block.practiceMinutes} min) doivent faire ${block.minutes} min`,
			});
		}
		if (block.content.length === 0 && !block.evaluation) {
			ctx.addIssue({ code: 'custom', path: ['content'], message: `bloc « ${block.id} » : ni leçon ni évaluation` });
		}
	});
export type AgendaBlock = z.infer<typeof AgendaBlockSchema>;

/** A break of the default day, placed after a block. */
export const AgendaBreakSchema = z.object({
	afterBlock: IdSchema,
	minutes: z.number().int().positive().max(180),
	label: z.string().min(3),
});
export type AgendaBreak = z.infer<typeof AgendaBreakSchema>;

/** A way of running the day (« Journée en salle », « Classe virtuelle »). */
export const AgendaVariantSchema = z
	.object({
		id: IdSchema,
		label: z.string().min(3),
		defaultStart: ClockSchema,
		plannedEndNote: z.string().min(3).optional(),
		defaultBreaks: z.array(AgendaBreakSchema),
		blocks: z.array(AgendaBlockSchema).min(1),
	})
	.superRefine((variant, ctx) => {
		const ids = variant.blocks.map((b) => b.id);
		ids.forEach((id, i) => {
			if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: `bloc « ${id} » en double` });
		});
		variant.defaultBreaks.forEach((b, i) => {
			if (!ids.includes(b.afterBlock)) {
				ctx.addIssue({ code: 'custom', path: ['defaultBreaks', i, 'afterBlock'], message: `pause après un bloc inconnu « ${b.afterBlock} »` });
			}
		});
	});
export type AgendaVariant = z.infer<typeof AgendaVariantSchema>;
