import { z } from './zod';
import { IdSchema, IsoDateSchema } from './common';

/**
 * What the titulaire (or the mandataire) can do with a payment request in « Factures à valider »:
 * validate it, refuse it with a reason, or see that the 15-day delay is over (tacit validation).
 */
export const DECISIONS = ['valider', 'refuser', 'tacite'] as const;
export const DecisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof DecisionSchema>;

/** The line the first document of a case gets from `receivedOn`, which evidence may point to. */
export const RECEPTION_LABEL = 'Date de réception';

/** One line of a document on the learner's desk: a label and its value as printed. */
const DocumentFieldSchema = z.object({
	label: z.string().min(2),
	value: z.string().min(1),
	/** A label of the portal's screen that no source quoted exactly (ecrans §5: « likely »). */
	indicative: z.boolean().default(false),
});

/** A document of a case: the request as the screen shows it, the acte spécial, a contract extract. */
const DocumentSchema = z.object({
	id: IdSchema,
	/** « Demande de paiement (écran de la facture) », « Acte spécial n° 2 (vos dossiers) ». */
	title: z.string().min(5),
	fields: z.array(DocumentFieldSchema).min(1),
});

/** A place where the feedback's datum is read: a document and one of its field labels. */
const EvidenceSchema = z.object({ document: IdSchema, field: z.string().min(2) });

/** One payment request to decide on. */
export const SubcontractCaseSchema = z
	.object({
		id: IdSchema,
		/** The request's number, as in the « Synthèse » list. */
		number: z.string().min(3),
		/** The company that deposited it (fictitious). */
		sender: z.string().min(3),
		/** A9 (sub-contractor), A10 (sub-contractor, works), A12 (co-contractor): fact sheet §3.1. */
		cadre: z.enum(['A9', 'A10', 'A12']),
		/** Who validates: the titulaire (A9, A10) or the group's mandataire (A12). */
		validator: z.enum(['titulaire', 'mandataire']),
		/** Who the learner is in this case (« Vous êtes Propreté Horizon, titulaire… »). */
		situation: z.string().min(20),
		/** The day the request was received by the validating structure. */
		receivedOn: IsoDateSchema,
		documents: z.array(DocumentSchema).min(1),
		decision: DecisionSchema,
		/** The refusal reason, required exactly when the decision is to refuse. */
		reason: IdSchema.optional(),
		/** Why, in French: shown with the verdict and with the solution. */
		why: z.string().min(30),
		/** Where the decisive data are read, shown as « Document › champ ». */
		evidence: z.array(EvidenceSchema).min(1),
		/** The facts (content/facts) behind the rule applied: shown with their source and note. */
		facts: z.array(IdSchema).min(1),
	})
	.superRefine((c, ctx) => {
		if (c.decision === 'refuser' && !c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'un refus a un motif' });
		if ((c.cadre === 'A12') !== (c.validator === 'mandataire')) ctx.addIssue({ code: 'custom', path: ['validator'], message: 'A12 : le mandataire valide ; A9 et A10 : le titulaire' });
		if (c.decision !== 'refuser' && c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'motif seulement pour un refus' });
		c.evidence.forEach((e, i) => {
			const doc = c.documents.find((d) => d.id === e.document);
			if (!doc) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'document'], message: `document « ${e.document} » absent du cas` });
			// The first document also shows the day of reception (« Date de réception »), from receivedOn.
			else if (!doc.fields.some((f) => f.label === e.field) && !(doc === c.documents[0] && e.field === RECEPTION_LABEL)) ctx.addIssue({ code: 'custom', path: ['evidence', i, 'field'], message: `champ « ${e.field} » absent du document « ${e.document} »` });
		});
	});
export type SubcontractCase = z.infer<typeof SubcontractCaseSchema>;

/** The « Factures à valider » exercise: the simulated day, the refusal reasons, the cases. */
export const SubcontractValidationSchema = z
	.object({
		/** « Aujourd’hui » in the simulation: the 15-day delay is counted up to this day. */
		today: IsoDateSchema,
		/** The refusal reasons offered in the list (typical examples: the portal's own list was not read). */
		reasons: z.array(z.object({ id: IdSchema, text: z.string().min(5) })).min(2),
		cases: z.array(SubcontractCaseSchema).min(5),
	})
	.superRefine((d, ctx) => {
		const ids = new Set<string>();
		d.cases.forEach((c, i) => {
			if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `cas « ${c.id} » en double` });
			ids.add(c.id);
			if (c.reason && !d.reasons.some((r) => r.id === c.reason)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'reason'], message: `motif « ${c.reason} » absent de la liste` });
			if (c.receivedOn > d.today) ctx.addIssue({ code: 'custom', path: ['cases', i, 'receivedOn'], message: 'reçue après la date du jour de la simulation' });
		});
		for (const decision of DECISIONS) {
			if (!d.cases.some((c) => c.decision === decision)) ctx.addIssue({ code: 'custom', path: ['cases'], message: `aucun cas où la bonne décision est « ${decision} »` });
		}
	});
export type SubcontractValidationData = z.infer<typeof SubcontractValidationSchema>;
