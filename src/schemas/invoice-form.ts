import { z } from './zod';
import { IdSchema, IsoDateSchema } from './common';

/** Amounts in euros, at most two decimals. */
// Compared with a tolerance: 2.45 * 100 is 244.99999999999997 in floating point.
const Euros = z.number().nonnegative().refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { message: 'deux décimales au plus' });
const Siret = z.string().regex(/^\d{14}$/, 'SIRET de 14 chiffres attendu (sans espace)');

/** A public structure as the mock « annuaire des structures publiques » shows it (fact 2.16). */
export const AnnuaireEntrySchema = z.object({
	siret: Siret,
	name: z.string().min(2),
	active: z.boolean().default(true),
	codeServiceDoitEtreRenseigne: z.boolean(),
	numeroEJDoitEtreRenseigne: z.boolean(),
	/** One of the two (code service or engagement number) is required. */
	gestionNumeroEJOuCodeService: z.boolean(),
	services: z
		.array(
			z.object({
				code: z.string().min(1),
				label: z.string().min(2),
				/** The service itself requires an engagement number (fact 2.15). */
				ejRequired: z.boolean().default(false),
				active: z.boolean().default(true),
			})
		)
		.default([]),
});
export type AnnuaireEntry = z.infer<typeof AnnuaireEntrySchema>;

/** The values a careful supplier types in « Saisir une facture ». */
export const InvoiceFieldsSchema = z.object({
	cadre: z.string().regex(/^A\d{1,2}$/, 'code de cadre attendu (A1…A25)'),
	siretDestinataire: Siret,
	codeService: z.string().nullable(),
	engagement: z.string().nullable(),
	marche: z.string().nullable(),
	numeroFacture: z.string().min(1),
	dateFacture: IsoDateSchema,
	montantHT: Euros,
	montantTVA: Euros,
	montantTTC: Euros,
	modePaiement: z.enum(['VIREMENT', 'CHEQUE', 'PRELEVEMENT', 'ESPECE', 'AUTRE', 'REPORT']),
	/** SIRET of the validating structure (titulaire for A9, mandataire for A12). */
	siretValideur: Siret.nullable(),
	/** File names of the attachments to add. */
	piecesJointes: z.array(z.string()),
});
export type InvoiceFields = z.infer<typeof InvoiceFieldsSchema>;

const Line = z.object({ label: z.string().min(2), quantity: z.number().positive(), unitPrice: Euros, vatRate: z.number().min(0).max(100) });

/** One invoice to deposit: the documents the learner reads and the answer. */
export const InvoiceScenarioSchema = z
	.object({
		id: IdSchema,
		title: z.string().min(5),
		/** What the learner is told (who they are, what they deliver, for whom). */
		situation: z.string().min(20),
		supplier: z.object({ name: z.string().min(2), siret: Siret, address: z.string().min(5) }),
		/** The buyer's purchase order, rendered as an HTML document. Fields as printed (may be wrong: trap scenario). */
		purchaseOrder: z.object({
			buyer: z.string().min(2),
			buyerSiret: z.string().min(1),
			address: z.string().min(5),
			date: IsoDateSchema,
			reference: z.string().min(1),
			codeService: z.string().optional(),
			engagement: z.string().optional(),
			marche: z.string().optional(),
			object: z.string().min(5),
			/** Other printed mentions (« Facture à déposer sur Chorus Pro… »). */
			mentions: z.array(z.string()).default([]),
		}),
		/** The supplier's invoice, rendered as an HTML document. */
		invoice: z.object({
			number: z.string().min(1),
			date: IsoDateSchema,
			lines: z.array(Line).min(1),
			paymentMode: z.string().min(3),
			mentions: z.array(z.string()).default([]),
		}),
		/** Files offered as attachments (some with names Chorus Pro refuses). */
		files: z.array(z.string().min(1)).default([]),
		/** Entries of the mock annuaire the learner can search. */
		annuaire: z.array(AnnuaireEntrySchema).min(1),
		expected: InvoiceFieldsSchema,
		/** Where each piece of data comes from, by field name: shown as feedback. */
		explanations: z.record(z.string(), z.string().min(10)),
	})
	.superRefine((s, ctx) => {
		const total = s.invoice.lines.reduce((sum, l) => sum + Math.round(l.quantity * l.unitPrice * 100), 0) / 100;
		if (Math.abs(total - s.expected.montantHT) > 0.005) {
			ctx.addIssue({ code: 'custom', path: ['expected', 'montantHT'], message: `le total HT des lignes est ${total.toFixed(2)}` });
		}
		const cents = (n: number) => Math.round(n * 100);
		if (cents(s.expected.montantHT) + cents(s.expected.montantTVA) !== cents(s.expected.montantTTC)) {
			ctx.addIssue({ code: 'custom', path: ['expected', 'montantTTC'], message: 'HT + TVA ≠ TTC' });
		}
		if (!s.annuaire.some((a) => a.siret === s.expected.siretDestinataire)) {
			ctx.addIssue({ code: 'custom', path: ['expected', 'siretDestinataire'], message: 'le destinataire attendu doit figurer dans l’annuaire du scénario' });
		}
		if ((s.expected.cadre === 'A9' || s.expected.cadre === 'A12') !== (s.expected.siretValideur !== null)) {
			ctx.addIssue({ code: 'custom', path: ['expected', 'siretValideur'], message: 'un valideur est requis pour A9 et A12, et seulement pour eux' });
		}
		for (const field of Object.keys(s.explanations)) {
			if (!(field in s.expected)) ctx.addIssue({ code: 'custom', path: ['explanations', field], message: `champ « ${field} » inconnu` });
		}
	});
export type InvoiceScenario = z.infer<typeof InvoiceScenarioSchema>;
