/**
 * The counting rule of course.md §2 (« Entraînement »), decided when a check is recorded so that
 * no later trimming of the history can change it.
 *
 * Every check shows the item's correction and « Voir la solution » shows its solution, so any
 * attempt in an item's history means its answer was shown to the learner at that moment. A check
 * is *counted* (« scored ») when no such moment falls on the same calendar day, in the course's
 * time zone; otherwise it is *practice*: kept and shown, never counted. The first check of an
 * item is therefore counted, unless the solution was asked for first the same day.
 */
import type { Attempt, AttemptOutcome } from './progress-model';

/** The course is given in France: a « day » is a calendar day in Paris, whatever the device says. */
export const COURSE_TIME_ZONE = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: COURSE_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

/** The Paris calendar day of an instant, as `YYYY-MM-DD`, or null for an unreadable date. */
export function courseDay(at: Date | string): string | null {
	const date = typeof at === 'string' ? new Date(at) : at;
	if (Number.isNaN(date.getTime())) return null;
	return dayFormat.format(date);
}

/** What a check of an item is recorded as, given that item's earlier history. */
export function classifyCheck(history: readonly Attempt[], now: Date): Extract<AttemptOutcome, 'scored' | 'practice'> {
	const today = courseDay(now);
	for (const attempt of history) {
		const day = courseDay(attempt.at);
		// An unreadable date or one after today (a clock put back) cannot prove a new day: practice.
		if (day === null || today === null || day >= today) return 'practice';
	}
	return 'scored';
}

/** Whether an attempt enters the « Entraînement » indicator: a counted check in a lesson. */
export function isCountedPractice(a: Attempt): boolean {
	return a.outcome === 'scored' && a.context === 'lesson';
}

/**
 * Trims an item's history to `cap` attempts, oldest first out, but never drops the latest counted
 * attempt: a burst of practice must not push the learner's real result out of the record.
 */
export function capHistory(history: readonly Attempt[], cap: number): Attempt[] {
	if (history.length <= cap) return [...history];
	const keep = history.findLastIndex(isCountedPractice);
	const recent = history.slice(-cap);
	if (keep === -1 || keep >= history.length - cap) return recent;
	return [history[keep] as Attempt, ...history.slice(-(cap - 1))];
}
