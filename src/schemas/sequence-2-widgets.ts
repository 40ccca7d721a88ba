import { z } from './zod';
import { IdSchema, IsoDateSchema } from './common';

/** Returned invoices matched to their cause and to the supplier's action. */
export const RejectionMatchingSchema = z
	.object({
		cases: z
			.array(
				z.object({
					id: IdSchema,
					status: z.enum(['a-recycler', 'suspendue', 'rejetee']),
					/** The invoice in one line (« Facture F-2026-118, 1 250,00 € TTC, mairie de … »). */
					invoice: z.string().min(10),
					/** The reason typed by the recipient: free text in Chorus Pro (fact 10.2). */
					reason: z.string().min(5),
					cause: IdSchema,
					action: IdSchema,
					/** Why, shown after checking. */
					why: z.string().min(10),
				})
			)
			.min(10),
		causes: z.array(z.object({ id: IdSchema, text: z.string().min(3) })).min(3),
		actions: z.array(z.object({ id: IdSchema, text: z.string().min(3) })).min(3),
	})
	.superRefine((d, ctx) => {
		d.cases.forEach((c, i) => {
			if (!d.causes.some((x) => x.id === c.cause)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'cause'], message: `cause « ${c.cause} » absente de causes` });
			if (!d.actions.some((x) => x.id === c.action)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'action'], message: `action « ${c.action} » absente de actions` });
		});
	});

/** A guide from questions to a cadre de facturation, and situations to practise it on. */
export const CadreChooserSchema = z
	.object({
		start: IdSchema,
		nodes: z
			.array(
				z.object({
					id: IdSchema,
					question: z.string().min(5),
					options: z
						.array(
							z.object({
								text: z.string().min(2),
								/** Next question, or a result: exactly one of the two. */
								next: IdSchema.optional(),
								result: z
									.object({
										code: z.string().regex(/^A\d{1,2}$/),
										label: z.string().min(5),
										note: z.string().optional(),
										/** Works situations point to the works lesson (its own chooser comes with it). */
										seeLesson: z.object({ lesson: IdSchema, section: IdSchema.optional() }).optional(),
									})
									.optional(),
							})
						)
						.min(2),
				})
			)
			.min(1),
		situations: z.array(z.object({ id: IdSchema, text: z.string().min(10), expected: z.string().regex(/^A\d{1,2}$/), why: z.string().min(10) })).min(4),
	})
	.superRefine((d, ctx) => {
		const ids = new Set(d.nodes.map((n) => n.id));
		if (!ids.has(d.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: `question « ${d.start} » inconnue` });
		d.nodes.forEach((n, i) =>
			n.options.forEach((o, j) => {
				if ((o.next === undefined) === (o.result === undefined)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'options', j], message: 'next ou result, l’un des deux exactement' });
				if (o.next && !ids.has(o.next)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'options', j, 'next'], message: `question « ${o.next} » inconnue` });
			})
		);
		const codes = new Set(d.nodes.flatMap((n) => n.options.flatMap((o) => (o.result ? [o.result.code] : []))));
		d.situations.forEach((s, i) => codes.has(s.expected) || ctx.addIssue({ code: 'custom', path: ['situations', i, 'expected'], message: `le guide ne mène jamais à ${s.expected}` }));
	});

/** An invoice's life on the tableau de bord: at each event, what it means and what to do. */
export const StatusSimulatorSchema = z.object({
	/** The fact giving the days after which acknowledging a returned invoice is compulsory (4.2.5). */
	acknowledgeFact: IdSchema.optional(),
	scenarios: z
		.array(
			z.object({
				id: IdSchema,
				title: z.string().min(5),
				intro: z.string().min(10),
				steps: z
					.array(
						z.object({
							/** Chorus Pro status code (fact 4.1), e.g. MISE_A_DISPOSITION. */
							status: z.string().regex(/^[A-Z_0-9]+$/),
							label: z.string().min(3),
							/** Days after the deposit (for the timeline). */
							day: z.number().int().min(0),
							/** What happens (« Le service financier suspend la facture : motif … »). */
							event: z.string().min(10),
							/** The login pop-up asking to acknowledge returned invoices. */
							popup: z.boolean().default(false),
							question: z.object({
								prompt: z.string().min(5),
								options: z
									.array(z.object({ id: IdSchema, text: z.string().min(2), correct: z.boolean(), why: z.string().min(5) }))
									.min(2)
									.refine((o) => o.filter((x) => x.correct).length === 1, { message: 'exactement une option juste attendue' }),
							}),
						})
					)
					.min(3),
			})
		)
		.min(1),
});

/** The payment-delay calculator: buyer types, rates and worked cases, all from dated facts. */
export const PaymentDelaySchema = z.object({
	/** Buyer types and the fact giving each one's delay in days (numericValue). */
	buyerTypes: z.array(z.object({ id: IdSchema, label: z.string().min(3), delayFact: IdSchema })).min(3),
	/** Facts giving the late-interest rate (numericValue, %) of each semester (effectiveDate = 1st day). */
	rateFacts: z.array(IdSchema).min(1),
	/** The flat recovery indemnity fact (numericValue, €). */
	indemnityFact: IdSchema,
	/** The fact for the new delay after an interruption (numericValue, days). */
	interruptionFact: IdSchema,
	/** Cases to compute, checked by the widget against the pure functions. */
	cases: z
		.array(
			z.object({
				id: IdSchema,
				text: z.string().min(10),
				buyerType: IdSchema,
				receiptDate: IsoDateSchema,
				/** Interruption (« Suspendue ») from this date until the documents arrive. */
				interruption: z.object({ from: IsoDateSchema, documentsReceived: IsoDateSchema }).optional(),
				paymentDate: IsoDateSchema,
				amountTTC: z.number().positive(),
			})
		)
		.min(2),
});
