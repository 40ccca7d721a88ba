import { z } from './zod';
import { IdSchema } from './common';

/** Amounts in euros, at most two decimals (compared with a tolerance: 2.45 * 100 is not exact). */
const Euros = z.number().nonnegative().refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { message: 'deux décimales au plus' });
const Siret = z.string().regex(/^\d{14}$/, 'SIRET de 14 chiffres attendu (sans espace)');

/** Step-3 fields a scenario may show or not (the number and the amounts are always there). */
export const WORKS_OPTIONAL_FIELDS = ['siretMoa', 'codeService', 'siretMoe', 'engagement'] as const;
export const WorksOptionalFieldSchema = z.enum(WORKS_OPTIONAL_FIELDS);

/** A document on the learner's desk: a CCAP extract, the fiche identité, a situation de travaux, a piece received. */
const WorksDocumentSchema = z.object({
	id: IdSchema,
	/** « Fiche identité du marché n° … (fictive) ». */
	title: z.string().min(5),
	/** What it is, said before its content (« Extrait du CCAP »). */
	kind: z.string().min(3),
	/** Numbered rubrics or articles, so that the feedback can point to them. */
	rows: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).min(1),
	mentions: z.array(z.string().min(5)).default([]),
});

/** What a careful depositor chooses and types; null for a field the scenario does not show. */
const WorksExpectedSchema = z.object({
	depot: z.enum(['initial', 'association']),
	/** The existing dossier to associate the piece with (its id), for an association only. */
	dossier: IdSchema.nullable(),
	cadre: z.string().regex(/^A\d{1,2}$/, 'code de cadre attendu (A1…A25)'),
	numero: z.string().min(1),
	siretMoa: Siret.nullable(),
	codeService: z.string().min(1).nullable(),
	siretMoe: Siret.nullable(),
	engagement: z.string().min(1).nullable(),
	montantHT: Euros,
	montantTVA: Euros,
	montantTTC: Euros,
});

/** One deposit to make: who the learner is, what is on the desk, the answer and where each datum comes from. */
export const WorksScenarioSchema = z
	.object({
		id: IdSchema,
		title: z.string().min(5),
		/** Who deposits (shown before the situation). */
		role: z.enum(['titulaire', 'moe', 'moa']),
		situation: z.string().min(20),
		/** Ids of the exercise's documents to read for this deposit. */
		documents: z.array(IdSchema).min(1),
		/** Dossiers de facturation already open that step 1 offers (may be none). */
		dossiers: z.array(z.object({ id: IdSchema, label: z.string().min(5) })).default([]),
		/** The step-3 fields this deposit shows besides the number and the amounts. */
		fields: z.array(WorksOptionalFieldSchema).default([]),
		expected: WorksExpectedSchema,
		/** Where each datum comes from, by field (depot, dossier, cadre and the fields shown). */
		explanations: z.record(z.string(), z.string().min(10)),
		/** Known wrong answers, with what to say when the learner gives one. */
		pitfalls: z.array(z.object({ field: z.string(), value: z.string().min(1), message: z.string().min(10) })).default([]),
		/** Fact ids the scenario rests on. */
		facts: z.array(IdSchema).min(1),
	})
	.superRefine((s, ctx) => {
		const cents = (n: number) => Math.round(n * 100);
		const e = s.expected;
		if (cents(e.montantHT) + cents(e.montantTVA) !== cents(e.montantTTC)) ctx.addIssue({ code: 'custom', path: ['expected', 'montantTTC'], message: 'HT + TVA ≠ TTC' });
		if ((e.depot === 'association') !== (e.dossier !== null)) ctx.addIssue({ code: 'custom', path: ['expected', 'dossier'], message: 'un dossier est attendu pour une association, et seulement pour elle' });
		if (e.dossier !== null && !s.dossiers.some((d) => d.id === e.dossier)) ctx.addIssue({ code: 'custom', path: ['expected', 'dossier'], message: `dossier « ${e.dossier} » absent de la liste dossiers` });
		for (const field of WORKS_OPTIONAL_FIELDS) {
			const shown = s.fields.includes(field);
			if (shown !== (e[field] !== null)) ctx.addIssue({ code: 'custom', path: ['expected', field], message: shown ? 'champ affiché sans valeur attendue' : 'valeur attendue pour un champ non affiché' });
		}
		const known = ['depot', 'dossier', 'cadre', 'numero', ...s.fields, 'montantHT', 'montantTVA', 'montantTTC'];
		for (const field of [...Object.keys(s.explanations), ...s.pitfalls.map((p) => p.field)]) {
			if (!known.includes(field)) ctx.addIssue({ code: 'custom', path: ['explanations', field], message: `champ « ${field} » inconnu ou non affiché` });
		}
		for (const field of known) {
			if (field === 'dossier' && e.depot === 'initial') continue;
			if (!s.explanations[field]) ctx.addIssue({ code: 'custom', path: ['explanations'], message: `explication manquante pour « ${field} »` });
		}
	});
export type WorksScenario = z.infer<typeof WorksScenarioSchema>;

/** The works-deposit widget's data: the cadres of the list, the documents, the scenarios. */
export const WorksDepositSchema = z
	.object({
		/** Cadres offered at step 2, with their labels (fact sheet §3.1); `note` when the label or use is not sure. */
		cadres: z.array(z.object({ code: z.string().regex(/^A\d{1,2}$/), label: z.string().min(5), note: z.string().min(5).optional() })).min(3),
		documents: z.array(WorksDocumentSchema).min(1),
		scenarios: z.array(WorksScenarioSchema).min(4),
	})
	.superRefine((d, ctx) => {
		const docs = new Set(d.documents.map((x) => x.id));
		const codes = new Set(d.cadres.map((c) => c.code));
		d.scenarios.forEach((s, i) => {
			s.documents.forEach((id, j) => {
				if (!docs.has(id)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'documents', j], message: `document « ${id} » inconnu` });
			});
			if (!codes.has(s.expected.cadre)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'expected', 'cadre'], message: `cadre « ${s.expected.cadre} » absent de la liste` });
		});
		if (new Set(d.scenarios.map((s) => s.id)).size !== d.scenarios.length) ctx.addIssue({ code: 'custom', path: ['scenarios'], message: 'deux scénarios ont le même id' });
	});
export type WorksDepositData = z.infer<typeof WorksDepositSchema>;
export type WorksDocument = z.infer<typeof WorksDocumentSchema>;
