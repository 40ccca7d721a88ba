/**
 * The trainer's day: which variant is run and, per variant, the start time, the breaks and the
 * overruns recorded during the day. Kept in localStorage under its own key, never in the
 * learner's progress, and read back through zod so that bad or foreign data resets to defaults.
 */
import { atom } from 'nanostores';
import { z } from '../schemas/zod';
import { defaultSettings, MAX_OVERRUN, START_LIMITS, formatClock, type AgendaSettings, type AgendaVariant } from '../lib/agenda';
import { createSafeStorage, type SafeStorage } from '../lib/storage';

/** The trainer's key: a learner's progress key is never read or written here. */
export const AGENDA_KEY = 'chorus-pro-formateur';

const StoredSettingsSchema = z.object({
	start: z.number().int().min(START_LIMITS.min).max(START_LIMITS.max),
	breaks: z.array(z.object({ afterBlock: z.string().min(1), minutes: z.number().int().min(1).max(180), label: z.string().min(1).max(80) })).max(20),
	overruns: z.record(z.string(), z.number().int().min(-MAX_OVERRUN).max(MAX_OVERRUN)),
});

const StoredAgendaSchema = z.object({
	version: z.literal(1),
	choice: z.string().min(1),
	settings: z.record(z.string(), StoredSettingsSchema),
});
type StoredAgenda = z.infer<typeof StoredAgendaSchema>;

/** The chosen variant's id. */
export const $agendaChoice = atom<string>('');
/** Settings per variant id. */
export const $agendaSettings = atom<Record<string, AgendaSettings>>({});
/** What the store has to tell the trainer (reset data, storage refused, a break dropped); null when nothing. */
export const $agendaMessage = atom<string | null>(null);

let variants: AgendaVariant[] = [];
let storage: SafeStorage | null = null;

const MEMORY_MESSAGE =
	'Votre navigateur refuse d’enregistrer le programme de la journée (stockage plein, bloqué ou navigation privée)\u00a0: vos réglages restent sur cette page, jusqu’à son rechargement.';

function persist(): void {
	if (!storage) return;
	const stored: StoredAgenda = { version: 1, choice: $agendaChoice.get(), settings: $agendaSettings.get() };
	if (!storage.set(AGENDA_KEY, JSON.stringify(stored))) $agendaMessage.set(MEMORY_MESSAGE);
}

/** Reads the stored agenda; returns the French message to show, or null when all was fine. */
function read(raw: string | null): { choice: string; settings: Record<string, AgendaSettings>; message: string | null } {
	const defaults = Object.fromEntries(variants.map((v) => [v.id, defaultSettings(v)]));
	const first = variants[0]?.id ?? '';
	if (raw === null) return { choice: first, settings: defaults, message: null };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	const result = StoredAgendaSchema.safeParse(parsed);
	if (!result.success) {
		return { choice: first, settings: defaults, message: 'Le programme de la journée enregistré dans ce navigateur n’a pas pu être lu\u00a0: il a été remis à zéro (heure de début, pauses et écarts par défaut).' };
	}
	const dropped: string[] = [];
	const settings = { ...defaults };
	for (const variant of variants) {
		const saved = result.data.settings[variant.id];
		if (!saved) continue;
		const ids = new Set(variant.blocks.map((b) => b.id));
		// A break or overrun kept for a block the content no longer has is flagged, then dropped.
		for (const b of saved.breaks) if (!ids.has(b.afterBlock)) dropped.push(`«\u00a0${b.label}\u00a0» (${variant.label})`);
		settings[variant.id] = {
			start: saved.start,
			breaks: saved.breaks.filter((b) => ids.has(b.afterBlock)),
			overruns: Object.fromEntries(Object.entries(saved.overruns).filter(([id]) => ids.has(id))),
		};
	}
	const choice = variants.some((v) => v.id === result.data.choice) ? result.data.choice : first;
	const message = dropped.length > 0 ? `Pause(s) enregistrée(s) après un bloc qui n’existe plus, retirée(s) du programme\u00a0: ${dropped.join(', ')}.` : null;
	return { choice, settings, message };
}

/**
 * Loads the trainer's settings for these variants from `store` (localStorage in the browser).
 * Called once by the agenda island; tests pass their own storage.
 */
export function initAgenda(list: AgendaVariant[], store: SafeStorage = createSafeStorage(() => window.localStorage)): void {
	variants = list;
	storage = store;
	const raw = store.get(AGENDA_KEY);
	const { choice, settings, message } = read(raw);
	$agendaChoice.set(choice);
	$agendaSettings.set(settings);
	$agendaMessage.set(message);
	// Written back only when something was reset or dropped: an untouched default day writes nothing.
	if (message !== null) persist();
	if (store.mode === 'memory') $agendaMessage.set(MEMORY_MESSAGE);
}

function variantOf(id: string): AgendaVariant | undefined {
	return variants.find((v) => v.id === id);
}

function update(variantId: string, change: (s: AgendaSettings) => AgendaSettings): void {
	const variant = variantOf(variantId);
	if (!variant) return;
	const current = $agendaSettings.get()[variantId] ?? defaultSettings(variant);
	$agendaSettings.set({ ...$agendaSettings.get(), [variantId]: change(current) });
	persist();
}

/** Chooses the variant run today. */
export function setAgendaChoice(variantId: string): void {
	if (!variantOf(variantId)) return;
	$agendaChoice.set(variantId);
	persist();
}

/**
 * Sets the start of the day; refuses (and returns the French reason) a time outside 6 h 00 –
 * 12 h 00: a start near midnight is a typo, not a training day.
 */
export function setAgendaStart(variantId: string, minutes: number | null): string | null {
	if (minutes === null || !Number.isInteger(minutes)) return 'Saisissez une heure de début au format HH:MM, par exemple 09:00.';
	if (minutes < START_LIMITS.min || minutes > START_LIMITS.max) {
		return `L’heure de début doit être comprise entre ${formatClock(START_LIMITS.min)} et ${formatClock(START_LIMITS.max)}.`;
	}
	update(variantId, (s) => ({ ...s, start: minutes }));
	return null;
}

/** Adds a break (10 minutes) after the given block. */
export function addAgendaBreak(variantId: string, afterBlock: string): void {
	if (!variantOf(variantId)?.blocks.some((b) => b.id === afterBlock)) return;
	update(variantId, (s) => ({ ...s, breaks: [...s.breaks, { afterBlock, minutes: 10, label: 'Pause' }] }));
}

/**
 * Changes one break: its length (1–180 min) or the block it follows. Returns the French reason
 * when refused (unknown block, bad length), null when done.
 */
export function updateAgendaBreak(variantId: string, index: number, patch: { minutes?: number; afterBlock?: string }): string | null {
	const variant = variantOf(variantId);
	if (!variant) return 'Variante inconnue.';
	if (patch.afterBlock !== undefined && !variant.blocks.some((b) => b.id === patch.afterBlock)) return 'Cette pause doit suivre un bloc de la journée.';
	if (patch.minutes !== undefined && (!Number.isInteger(patch.minutes) || patch.minutes < 1 || patch.minutes > 180)) {
		return 'La durée d’une pause est un nombre entier de minutes, entre 1 et 180.';
	}
	update(variantId, (s) => ({ ...s, breaks: s.breaks.map((b, i) => (i === index ? { ...b, ...patch } : b)) }));
	return null;
}

/** Removes one break. */
export function removeAgendaBreak(variantId: string, index: number): void {
	update(variantId, (s) => ({ ...s, breaks: s.breaks.filter((_, i) => i !== index) }));
}

/**
 * Records how many minutes a block took beyond its plan (negative: it finished early; 0 or
 * null: as planned). Returns the French reason when refused.
 */
export function setAgendaOverrun(variantId: string, blockId: string, minutes: number | null): string | null {
	if (!variantOf(variantId)?.blocks.some((b) => b.id === blockId)) return 'Bloc inconnu.';
	if (minutes !== null && (!Number.isInteger(minutes) || Math.abs(minutes) > MAX_OVERRUN)) {
		return `L’écart est un nombre entier de minutes, entre −${MAX_OVERRUN} et ${MAX_OVERRUN}.`;
	}
	update(variantId, (s) => {
		const overruns = { ...s.overruns };
		if (minutes === null || minutes === 0) delete overruns[blockId];
		else overruns[blockId] = minutes;
		return { ...s, overruns };
	});
	return null;
}

/** Back to the variant's own day: default start and breaks, no overrun. */
export function resetAgenda(variantId: string): void {
	const variant = variantOf(variantId);
	if (variant) update(variantId, () => defaultSettings(variant));
}
