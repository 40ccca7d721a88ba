import { atom } from 'nanostores';
import { z } from '../schemas/zod';
import type { OrganiserSettings } from '../lib/documents';
import { createSafeStorage, type SafeStorage } from '../lib/storage';

/**
 * The organiser's details and the session's (issue 14), entered once and kept in this browser
 * under their own key: the documents take the organiser and the session from here, and only the
 * learner, the results and the activities from the learner's file.
 */
export const SETTINGS_KEY = 'chorus-pro-organisateur:reglages';

const Day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);
const StoredSettingsSchema = z.object({
	version: z.literal(1),
	settings: z.object({
		organiser: z.object({ name: z.string().max(200), siret: z.string().max(20).optional(), nda: z.string().max(40).optional(), representative: z.string().max(120) }),
		session: z.object({
			title: z.string().max(300),
			from: Day,
			to: Day,
			modality: z.enum(['presentiel', 'distance']),
			place: z.string().max(120),
			durationHours: z.number().min(0).max(100),
		}),
	}),
});

/** A new organiser's settings: the course's own title and a one-day face-to-face session to complete. */
export function emptySettings(courseTitle: string): OrganiserSettings {
	return {
		organiser: { name: '', siret: '', nda: '', representative: '' },
		session: { title: courseTitle, from: '', to: '', modality: 'presentiel', place: '', durationHours: 7 },
	};
}

export const $organiserSettings = atom<OrganiserSettings | null>(null);
/** A French message about the stored settings (reset, or kept in memory only). */
export const $settingsMessage = atom<string | null>(null);

let storage: SafeStorage | null = null;

/** Reads the saved settings (bad data → the defaults, said in French). */
export function initOrganiserSettings(courseTitle: string, store: SafeStorage = createSafeStorage(() => window.localStorage)): void {
	storage = store;
	const raw = store.get(SETTINGS_KEY);
	if (raw === null) {
		$organiserSettings.set(emptySettings(courseTitle));
		return;
	}
	let parsed: unknown = null;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = null;
	}
	const result = StoredSettingsSchema.safeParse(parsed);
	if (result.success) {
		$organiserSettings.set(result.data.settings);
		return;
	}
	$organiserSettings.set(emptySettings(courseTitle));
	$settingsMessage.set('Les réglages enregistrés de l’organisme étaient illisibles\u00a0: ils sont remis à vide, saisissez-les de nouveau.');
	store.remove(SETTINGS_KEY);
}

/** Saves the settings as typed (checked when a document is made, not here: a form is filled in steps). */
export function saveOrganiserSettings(next: OrganiserSettings): void {
	$organiserSettings.set(next);
	if (!storage) return;
	const ok = storage.set(SETTINGS_KEY, JSON.stringify({ version: 1, settings: next }));
	$settingsMessage.set(ok ? null : 'Votre navigateur refuse d’enregistrer les réglages\u00a0: ils restent sur cette page jusqu’à son rechargement.');
}
