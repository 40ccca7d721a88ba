import { z } from './zod';
import { IdSchema } from './common';

const Categories = z.enum(['micro', 'pme', 'eti', 'ge']);

/**
 * The reform timeline by company size (named by the course's owner). Thresholds and dates are
 * dated facts (numericValue / effectiveDate), so a new law is a data change.
 */
export const ReformTimelineSchema = z.object({
	/** Thresholds of décret 2008-1354 (fact 8.3.1), as fact ids whose numericValue is used. */
	thresholds: z.object({
		microHeadcount: IdSchema,
		microAmount: IdSchema,
		pmeHeadcount: IdSchema,
		pmeTurnover: IdSchema,
		pmeBalance: IdSchema,
		etiHeadcount: IdSchema,
		etiTurnover: IdSchema,
		etiBalance: IdSchema,
	}),
	/** The date at which the size is assessed (fact 8.3.2 / 10.7), a fact with effectiveDate. */
	assessmentFact: IdSchema,
	/** Obligations: which companies, which duty, from which dated fact. */
	obligations: z
		.array(
			z.object({
				id: IdSchema,
				duty: z.enum(['reception', 'emission', 'e-reporting']),
				categories: z.array(Categories).min(1),
				/** Companies established in France, or not (not established: 1 September 2027). */
				established: z.boolean(),
				dateFact: IdSchema,
				text: z.string().min(10),
			})
		)
		.min(3),
	/** Dates set then abandoned (fact 8.2), shown on demand. */
	history: z.array(z.object({ id: IdSchema, text: z.string().min(10), facts: z.array(IdSchema).default([]) })).min(2),
	/** What to do now, before or after a duty starts. */
	actions: z.array(z.object({ duty: z.enum(['reception', 'emission', 'e-reporting']), text: z.string().min(10) })).min(2),
	/** Companies to classify (scored), with their figures of the last financial year closed before the assessment date. */
	cases: z
		.array(
			z.object({
				id: IdSchema,
				text: z.string().min(10),
				headcount: z.number().int().min(0),
				/** Turnover and balance-sheet total, in euros. */
				turnover: z.number().min(0),
				balanceSheet: z.number().min(0),
				established: z.boolean(),
			})
		)
		.min(3),
});

/** The documents of a works contract, to put in order and assign to their actor and cadre. */
export const WorksCircuitSchema = z
	.object({
		actors: z.array(z.object({ id: IdSchema, label: z.string().min(2) })).min(3),
		cadres: z.array(z.object({ code: z.string().regex(/^A\d{1,2}$/), label: z.string().min(5) })).min(3),
		/** Steps in the right order. */
		steps: z
			.array(z.object({ id: IdSchema, document: z.string().min(5), actor: IdSchema, cadre: z.string().regex(/^A\d{1,2}$/), why: z.string().min(10) }))
			.min(3),
		/** Deadlines explained after checking (« le MOE dispose de 7 jours… »), from facts. */
		deadlines: z.array(z.object({ text: z.string().min(10), fact: IdSchema })).default([]),
	})
	.superRefine((d, ctx) => {
		for (const [name, ids] of [['actors', d.actors.map((a) => a.id)], ['cadres', d.cadres.map((c) => c.code)], ['steps', d.steps.map((s) => s.id)]] as const) {
			if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: [name], message: 'deux entrées ont le même identifiant' });
		}
		d.steps.forEach((s, i) => {
			if (!d.actors.some((a) => a.id === s.actor)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'actor'], message: `acteur « ${s.actor} » absent de actors` });
			if (!d.cadres.some((c) => c.code === s.cadre)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'cadre'], message: `cadre « ${s.cadre} » absent de cadres` });
		});
		if (new Set(d.steps.map((s) => s.document.trim().toLowerCase())).size !== d.steps.length) {
			ctx.addIssue({ code: 'custom', path: ['steps'], message: 'deux étapes ont le même document : l’ordre ne serait pas unique' });
		}
	});

/** Situations leading to the right support channel and mode. */
export const SupportChooserSchema = z
	.object({
		channels: z.array(z.object({ id: IdSchema, label: z.string().min(3) })).min(3),
		modes: z.array(z.object({ id: IdSchema, label: z.string().min(3) })).min(2),
		situations: z
			.array(z.object({ id: IdSchema, text: z.string().min(10), channel: IdSchema, mode: IdSchema, why: z.string().min(10) }))
			.min(8),
	})
	.superRefine((d, ctx) => {
		for (const [name, ids] of [['channels', d.channels.map((c) => c.id)], ['modes', d.modes.map((m) => m.id)], ['situations', d.situations.map((s) => s.id)]] as const) {
			if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: [name], message: 'deux entrées ont le même identifiant' });
		}
		d.situations.forEach((s, i) => {
			if (!d.channels.some((c) => c.id === s.channel)) ctx.addIssue({ code: 'custom', path: ['situations', i, 'channel'], message: `canal « ${s.channel} » absent de channels` });
			if (!d.modes.some((m) => m.id === s.mode)) ctx.addIssue({ code: 'custom', path: ['situations', i, 'mode'], message: `mode « ${s.mode} » absent de modes` });
		});
	});
