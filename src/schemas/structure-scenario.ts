import { z } from './zod';
import { IdSchema } from './common';

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/**
 * A structure-builder scenario: a company on Chorus Pro, the people around it, the requests
 * waiting in « Approbations », and what a careful gestionnaire principal would decide.
 */
export const StructureScenarioSchema = z
	.object({
		/** What the learner is told (the company, who does what). */
		context: z.string().min(40),
		structures: z.array(z.object({ id: IdSchema, name: z.string().min(2), siret: z.string().regex(/^\d{14}$/) })).min(1),
		services: z.array(z.object({ id: IdSchema, structure: IdSchema, code: z.string().min(1), label: z.string().min(2) })),
		/** Profiles offered (« <Application> consultation / modification »). */
		profiles: z
			.array(
				z.object({
					id: IdSchema,
					label: z.string().min(3),
					description: z.string().min(10),
					/** True when the portal's exact label is not confirmed: shown « libellé indicatif ». */
					indicative: z.boolean(),
					/** Lets its holder deposit invoices: the check warns when nobody has such a profile. */
					deposits: z.boolean().default(false),
				})
			)
			.min(2),
		people: z
			.array(
				z.object({
					id: IdSchema,
					name: z.string().min(2),
					/** What the learner knows of them (« comptable, dépose les factures »). */
					role: z.string().min(5),
					/** Whether their Chorus Pro account is activated. */
					activeAccount: z.boolean(),
				})
			)
			.min(2),
		/** Rattachement requests waiting in « Approbations ». */
		requests: z.array(
			z.object({
				id: IdSchema,
				person: IdSchema,
				structure: IdSchema,
				services: z.array(IdSchema).default([]),
				/** The request's message, as the gestionnaire sees it. */
				message: z.string().min(5),
				expected: z.enum(['accepter', 'refuser']),
				/** Why, shown after checking. */
				why: z.string().min(10),
			})
		),
		/** Users whose habilitations and services the learner sets. */
		users: z
			.array(
				z.object({
					person: IdSchema,
					structure: IdSchema,
					/** Profiles the job needs. */
					required: z.array(IdSchema),
					/** Profiles the job must not have (too much power). */
					forbidden: z.array(IdSchema),
					/** Services the user must reach. */
					services: z.array(IdSchema),
					why: z.string().min(10),
				})
			)
			.min(1),
		/** An optional final decision (e.g. the gestionnaire principal has left). */
		decision: z
			.object({
				question: z.string().min(10),
				options: z
					.array(z.object({ id: IdSchema, text: z.string().min(3), correct: z.boolean(), why: z.string().min(10) }))
					.min(2)
					.refine((o) => o.filter((x) => x.correct).length === 1, { message: 'exactement une option juste attendue' }),
			})
			.optional(),
	})
	.superRefine((s, ctx) => {
		const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
		const structures = ids(s.structures);
		const services = ids(s.services);
		const profiles = ids(s.profiles);
		const people = ids(s.people);
		const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		for (const [name, list] of [['structures', s.structures], ['services', s.services], ['profiles', s.profiles], ['people', s.people]] as const) {
			if (!uniqueIds(list)) issue([name], 'deux entrées ont le même id');
		}
		// The SIRET key (Luhn) is checked with the cross-content checks (src/lib/content-integrity.ts):
		// schemas stay free of course logic.
		s.services.forEach((x, i) => structures.has(x.structure) || issue(['services', i, 'structure'], `structure « ${x.structure} » inconnue`));
		s.requests.forEach((r, i) => {
			if (!people.has(r.person)) issue(['requests', i, 'person'], `personne « ${r.person} » inconnue`);
			if (!structures.has(r.structure)) issue(['requests', i, 'structure'], `structure « ${r.structure} » inconnue`);
			r.services.forEach((v) => services.has(v) || issue(['requests', i, 'services'], `service « ${v} » inconnu`));
		});
		s.users.forEach((u, i) => {
			if (!people.has(u.person)) issue(['users', i, 'person'], `personne « ${u.person} » inconnue`);
			if (!structures.has(u.structure)) issue(['users', i, 'structure'], `structure « ${u.structure} » inconnue`);
			[...u.required, ...u.forbidden].forEach((p) => profiles.has(p) || issue(['users', i], `profil « ${p} » inconnu`));
			u.required.filter((p) => u.forbidden.includes(p)).forEach((p) => issue(['users', i], `profil « ${p} » à la fois requis et interdit`));
			u.services.forEach((v) => services.has(v) || issue(['users', i, 'services'], `service « ${v} » inconnu`));
		});
		if (s.requests.length === 0 && !s.decision && s.users.length === 0) issue([], 'le scénario ne demande rien');
	});
export type StructureScenario = z.infer<typeof StructureScenarioSchema>;
