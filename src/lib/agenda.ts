/**
 * The day's agenda arithmetic, in minutes from midnight. Pure: the trainer's page, its island and
 * the presenter view compute the same clock times from the same content and settings.
 */
import type { AgendaBlock, AgendaVariant } from '../schemas/agenda';

export type { AgendaBlock, AgendaVariant };

/** U+00A0: French typography keeps « 9 h 05 » and « 45 min » on one line. */
const NBSP = '\u00a0';

/** Earliest and latest start of the day the trainer's settings accept (06:00 and 12:00). */
export const START_LIMITS = { min: 6 * 60, max: 12 * 60 } as const;

/** The largest overrun (either way) one block may record: half a day is already a typo. */
export const MAX_OVERRUN = 240;

/** « 09:05 » (also « 9:05 », « 9 h 05 », « 9h05 ») → 545; anything else → null. */
export function parseClock(text: string): number | null {
	const match = /^\s*(\d{1,2})\s*[:hH]\s*(\d{2})\s*$/.exec(text);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 23 || minutes > 59) return null;
	return hours * 60 + minutes;
}

/** 545 → « 9 h 05 »; past midnight the clock wraps (1450 → « 0 h 10 »). */
export function formatClock(minutes: number): string {
	const inDay = ((Math.round(minutes) % 1440) + 1440) % 1440;
	const h = Math.floor(inDay / 60);
	const m = inDay % 60;
	return `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/** « HH:MM » for an input type=time and for storage: 545 → « 09:05 ». */
export function toClockValue(minutes: number): string {
	const inDay = ((Math.round(minutes) % 1440) + 1440) % 1440;
	return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/** 75 → « 1 h 15 », 45 → « 45 min », 420 → « 7 h », 0 → « 0 min »; a negative duration keeps its sign. */
export function formatDuration(minutes: number): string {
	const whole = Math.round(minutes);
	if (whole < 0) return `−${formatDuration(-whole)}`;
	const h = Math.floor(whole / 60);
	const m = whole % 60;
	if (h === 0) return `${m}${NBSP}min`;
	return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/** A break of the trainer's day, after the block it follows. */
export interface AgendaBreakSetting {
	afterBlock: string;
	minutes: number;
	label: string;
}

/** What the trainer can change: start, breaks, and each block's recorded overrun (minutes, negative = early). */
export interface AgendaSettings {
	start: number;
	breaks: AgendaBreakSetting[];
	overruns: Record<string, number>;
}

/** A block placed on the clock: as planned, and as it goes with the recorded overruns. */
export interface ScheduledBlock {
	kind: 'block';
	id: string;
	title: string;
	minutes: number;
	plannedStart: number;
	plannedEnd: number;
	start: number;
	end: number;
	/** minutes past the day's planned end, 0 if none */
	late: number;
}

/** A break placed on the clock (it keeps its length whatever happened before). */
export interface ScheduledBreak {
	kind: 'break';
	label: string;
	minutes: number;
	start: number;
	end: number;
}

/** The computed day. */
export interface Schedule {
	items: (ScheduledBlock | ScheduledBreak)[];
	plannedEnd: number;
	end: number;
	/** blocks pushed past the planned end by overruns, in order */
	behind: ScheduledBlock[];
}

/**
 * Places every block and break on the clock. An overrun pushes every later item; a block that
 * finished early (negative overrun) pulls them back, but never below zero minutes for itself.
 * Breaks after a block the variant does not have are ignored (the store flags them).
 */
export function schedule(variant: AgendaVariant, settings: AgendaSettings): Schedule {
	const items: (ScheduledBlock | ScheduledBreak)[] = [];
	let planned = settings.start;
	let actual = settings.start;
	for (const block of variant.blocks) {
		const overrun = settings.overruns[block.id] ?? 0;
		const taken = Math.max(0, block.minutes + (Number.isFinite(overrun) ? overrun : 0));
		items.push({
			kind: 'block',
			id: block.id,
			title: block.title,
			minutes: block.minutes,
			plannedStart: planned,
			plannedEnd: planned + block.minutes,
			start: actual,
			end: actual + taken,
			late: 0,
		});
		planned += block.minutes;
		actual += taken;
		for (const pause of settings.breaks.filter((b) => b.afterBlock === block.id)) {
			const minutes = Math.max(0, pause.minutes);
			items.push({ kind: 'break', label: pause.label, minutes, start: actual, end: actual + minutes });
			planned += minutes;
			actual += minutes;
		}
	}
	const behind: ScheduledBlock[] = [];
	for (const item of items) {
		if (item.kind !== 'block') continue;
		item.late = Math.max(0, item.end - planned);
		if (item.late > 0) behind.push(item);
	}
	return { items, plannedEnd: planned, end: actual, behind };
}

/** The variant's own day: its start time and breaks, no overrun. */
export function defaultSettings(variant: AgendaVariant): AgendaSettings {
	return {
		start: parseClock(variant.defaultStart) ?? 9 * 60,
		breaks: variant.defaultBreaks.map((b) => ({ ...b })),
		overruns: {},
	};
}

/** The block a lesson's section is taught in (the first block naming the whole lesson or that section). */
export function blockFor(variant: AgendaVariant, lessonId: string, sectionId?: string): AgendaBlock | undefined {
	return variant.blocks.find((block) =>
		block.content.some(
			(c) => c.lesson === lessonId && (c.sections === undefined || sectionId === undefined || c.sections.includes(sectionId))
		)
	);
}

/** Share of practice time in these blocks, 0–1 (0 when there is no time at all). */
export function practiceShare(blocks: AgendaBlock[]): number {
	const total = blocks.reduce((sum, b) => sum + b.minutes, 0);
	return total === 0 ? 0 : blocks.reduce((sum, b) => sum + b.practiceMinutes, 0) / total;
}

/**
 * The summary the page shows and announces: « Fin prévue : 17 h 30 », then, when overruns move
 * the end, « Avec les écarts : fin à 17 h 50 ; en retard : Bloc X (20 min), … ».
 */
export function scheduleSummary(day: Schedule): { planned: string; actual: string | null } {
	const planned = `Fin prévue\u00a0: ${formatClock(day.plannedEnd)}`;
	if (day.end === day.plannedEnd && day.behind.length === 0) return { planned, actual: null };
	const late = day.behind.map((b) => `${b.title} (${formatDuration(b.late)})`).join(', ');
	const actual =
		day.end > day.plannedEnd
			? `Avec les écarts\u00a0: fin à ${formatClock(day.end)}\u202f; en retard\u00a0: ${late}`
			: `Avec les écarts\u00a0: fin à ${formatClock(day.end)}, ${formatDuration(day.plannedEnd - day.end)} d’avance`;
	return { planned, actual };
}

/**
 * What the build refuses in content/agenda.json: a lesson or a section that does not exist.
 * Each problem names the file, the variant, the block and the bad id, in French.
 */
export function agendaReferenceProblems(variants: AgendaVariant[], lessons: { id: string; sections: string[] }[]): string[] {
	const problems: string[] = [];
	const byId = new Map(lessons.map((l) => [l.id, l.sections]));
	for (const variant of variants) {
		variant.blocks.forEach((block, b) => {
			block.content.forEach((item, c) => {
				const where = `content/agenda.json › ${variant.id} › blocks[${b}] (${block.id}) › content[${c}]`;
				const sections = byId.get(item.lesson);
				if (!sections) return problems.push(`${where}.lesson : leçon « ${item.lesson} » inconnue`);
				for (const section of item.sections ?? []) {
					if (!sections.includes(section)) problems.push(`${where}.sections : section « ${section} » absente de la leçon ${item.lesson}`);
				}
			});
		});
	}
	return problems;
}
