import { z } from './zod';

/** Kebab-case identifier shared by every content id (objectives, questions, facts…). */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu en minuscules-avec-tirets');

/** The ten competency objectives of the course (design/course.md §2). */
export const OBJECTIVE_IDS = [
	'cadre',
	'compte',
	'banque',
	'depot',
	'suivi',
	'retours',
	'sous-co',
	'travaux',
	'support',
	'reforme',
] as const;

/** One of the stable objective ids. */
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS);
export type ObjectiveId = z.infer<typeof ObjectiveIdSchema>;

/** How sure the fact sheet is of a fact. */
export const ConfidenceSchema = z.enum(['sure', 'likely', 'unsure']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** An absolute http(s) link to an official or secondary source. */
export const SourceUrlSchema = z.url({ protocol: /^https?$/, message: 'lien http(s) attendu' });

/** A calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ message: 'date attendue au format AAAA-MM-JJ' });
