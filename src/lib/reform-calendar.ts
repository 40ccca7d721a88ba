/**
 * The B2B e-invoicing reform calendar for one company: which obligations apply to its category,
 * which are in force on a given day and which are coming, in how many days. Dates come from the
 * facts at build time; day arithmetic is done on UTC calendar days, so no time zone or summer
 * time shifts a deadline by one.
 */
import type { Confidence } from '../schemas/common';
import type { CompanyCategory } from './company-category';
import { formatDate } from './format';

/** The three duties of the reform. */
export type Duty = 'reception' | 'emission' | 'e-reporting';

/** Duties in the order they are shown on a same day. */
export const DUTY_ORDER: readonly Duty[] = ['reception', 'emission', 'e-reporting'];

/** French name of each duty. */
export const DUTY_LABEL: Record<Duty, string> = {
	reception: 'Recevoir des factures électroniques',
	emission: 'Émettre des factures électroniques',
	'e-reporting': 'Transmettre les données à l’administration (e-reporting)',
};

/** A page the fact comes from. */
export interface Source {
	url: string;
	label: string;
}

/** An obligation of the reform, resolved from its dated fact at build time. */
export interface Obligation {
	id: string;
	duty: Duty;
	categories: CompanyCategory[];
	/** For companies established in France (true) or not (false). */
	established: boolean;
	/** First day it applies, YYYY-MM-DD. */
	date: string;
	text: string;
	confidence: Confidence;
	source: Source;
}

/** An obligation seen from a given day. */
export interface ObligationStatus {
	obligation: Obligation;
	inForce: boolean;
	/** Days since it started (0 on its first day) when in force, days to wait when coming. */
	days: number;
}

/** One item of the timeline: an obligation, or « aujourd’hui » at its place among them. */
export type TimelineEntry = { kind: 'obligation'; status: ObligationStatus } | { kind: 'today'; date: string };

/** The calendar of one company on one day. */
export interface ReformCalendar {
	today: string;
	inForce: ObligationStatus[];
	coming: ObligationStatus[];
	/** Every obligation by date, with « aujourd’hui » after those already in force. */
	entries: TimelineEntry[];
}

/** The calendar, or why it cannot be drawn (in French). */
export type CalendarOutcome = { ok: true; calendar: ReformCalendar } | { ok: false; message: string };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a real calendar date written YYYY-MM-DD, or null. */
export function isoToDay(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof iso === 'string' ? iso : '');
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	// Date.UTC rolls 2026-02-30 over to 2 March: the round trip catches dates that do not exist.
	return new Date(ms).toISOString().slice(0, 10) === iso ? ms / DAY_MS : null;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), or null for a bad date. */
export function daysBetween(from: string, to: string): number | null {
	const a = isoToDay(from);
	const b = isoToDay(to);
	return a === null || b === null ? null : b - a;
}

/** YYYY-MM-DD of the device's own calendar day (what « aujourd’hui » means to the learner). */
export function localIsoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The obligations that apply to a category, for a company established in France or not. */
export function applicableObligations(obligations: readonly Obligation[], category: CompanyCategory, established: boolean): Obligation[] {
	return obligations.filter((o) => o.established === established && o.categories.includes(category));
}

/**
 * Which of `obligations` are in force on `today` (from their first day included) and which are
 * coming, ordered by date then duty, with « aujourd’hui » placed among them. A bad date gives a
 * French message; never throws.
 */
export function calendarAt(obligations: readonly Obligation[], today: string): CalendarOutcome {
	const now = isoToDay(today);
	if (now === null) return { ok: false, message: `La date du jour «\u00a0${today}\u00a0» n’est pas une date valide (AAAA-MM-JJ attendu).` };
	const bad = obligations.find((o) => isoToDay(o.date) === null);
	if (bad) return { ok: false, message: `La date de l’obligation «\u00a0${bad.id}\u00a0» («\u00a0${bad.date}\u00a0») n’est pas une date valide\u00a0: le calendrier ne peut pas être affiché.` };

	const statuses = obligations
		.map((obligation): ObligationStatus => {
			const diff = (isoToDay(obligation.date) as number) - now;
			return { obligation, inForce: diff <= 0, days: Math.abs(diff) };
		})
		.sort((a, b) => a.obligation.date.localeCompare(b.obligation.date) || DUTY_ORDER.indexOf(a.obligation.duty) - DUTY_ORDER.indexOf(b.obligation.duty));
	const inForce = statuses.filter((s) => s.inForce);
	const coming = statuses.filter((s) => !s.inForce);
	const entries: TimelineEntry[] = [
		...inForce.map((status) => ({ kind: 'obligation' as const, status })),
		{ kind: 'today', date: today },
		...coming.map((status) => ({ kind: 'obligation' as const, status })),
	];
	return { ok: true, calendar: { today, inForce, coming, entries } };
}

/** `calendarAt` for the obligations of one category, established in France or not. */
export function reformCalendar(obligations: readonly Obligation[], category: CompanyCategory, established: boolean, today: string): CalendarOutcome {
	return calendarAt(applicableObligations(obligations, category, established), today);
}

function jours(n: number): string {
	return `${n}\u00a0jour${n > 1 ? 's' : ''}`;
}

/** « en vigueur depuis le 1er septembre 2026 » or « dans 277 jours (le 1er septembre 2027) ». */
export function statusText(status: ObligationStatus): string {
	const date = formatDate(status.obligation.date);
	if (!status.inForce) return `dans ${jours(status.days)} (le ${date})`;
	return status.days === 0 ? `en vigueur depuis aujourd’hui, le ${date}` : `en vigueur depuis le ${date}`;
}

/** What to do for a duty, as the exercise data states it. */
export interface DutyAction {
	duty: Duty;
	text: string;
}

/** An action with the status of its duty: in force, or how many days are left. */
export interface DueAction extends DutyAction {
	status: ObligationStatus;
}

/**
 * The actions for the duties of the calendar (in force first, then coming by date); a duty's
 * earliest obligation gives its status. Actions for duties that do not apply are left out.
 */
export function actionsFor(actions: readonly DutyAction[], calendar: ReformCalendar): DueAction[] {
	const firstByDuty = new Map<Duty, ObligationStatus>();
	for (const status of [...calendar.inForce, ...calendar.coming]) {
		if (!firstByDuty.has(status.obligation.duty)) firstByDuty.set(status.obligation.duty, status);
	}
	const order = [...firstByDuty.keys()];
	return actions
		.flatMap((a) => {
			const status = firstByDuty.get(a.duty);
			return status ? [{ ...a, status }] : [];
		})
		.sort((a, b) => order.indexOf(a.duty) - order.indexOf(b.duty));
}

/** « à vérifier » unless the fact sheet is sure of it (« sure »). */
export function confidenceText(confidence: Confidence): string {
	if (confidence === 'sure') return 'confirmé';
	return confidence === 'likely' ? 'probable, à vérifier' : 'incertain, à vérifier';
}
