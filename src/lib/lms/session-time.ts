/**
 * Time spent, as the two LMS standards write it. SCORM 1.2 wants a CMITimespan
 * (`cmi.core.session_time`, « HHHH:MM:SS.SS »: 2 to 4 digits of hours, seconds to at most two
 * decimals); cmi5 statements carry an xAPI `result.duration`, an ISO 8601 duration
 * (« PT1H2M3.5S »), also to the hundredth of a second.
 *
 * Both are fed a difference of clocks, so both accept anything: a negative or unreadable time (a
 * clock put back, NaN, Infinity) is reported as zero rather than refused, since a runtime that
 * rejects the value would drop the whole commit with it. Hundredths are cut, never rounded up, so
 * that 59.999 s never prints as an impossible « 60.00 ».
 */

/** The longest CMITimespan: 9999 hours, 59 minutes, 59.99 seconds. */
export const MAX_SCORM_TIME = '9999:59:59.99';

/** Whole hundredths of a second in `ms`, or 0 when `ms` is not a usable duration. */
function hundredths(ms: number): number {
	if (!Number.isFinite(ms) || ms <= 0) return 0;
	return Math.floor(ms / 10);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan of `ms`, e.g. `0001:02:03.50`; clamped to 9999:59:59.99. */
export function scormTime(ms: number): string {
	const cs = hundredths(ms);
	const hours = Math.floor(cs / 360_000);
	if (hours > 9999) return MAX_SCORM_TIME;
	const minutes = Math.floor((cs % 360_000) / 6_000);
	const seconds = Math.floor((cs % 6_000) / 100);
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/**
 * ISO 8601 duration of `ms` for xAPI / cmi5, e.g. `PT1H2M3.5S`: hours are not folded into days
 * (a day is not always 24 hours in ISO 8601's reading), zero parts are left out, and zero is
 * `PT0S`. No upper bound: the xAPI format has none.
 */
export function isoDuration(ms: number): string {
	const cs = hundredths(ms);
	if (cs === 0) return 'PT0S';
	const hours = Math.floor(cs / 360_000);
	const minutes = Math.floor((cs % 360_000) / 6_000);
	const rest = cs % 6_000;
	const whole = Math.floor(rest / 100);
	const fraction = rest % 100;
	// « 3.5 », not « 3.50 »; « 3 », not « 3.00 ».
	const seconds = fraction === 0 ? String(whole) : `${whole}.${pad(fraction, 2).replace(/0$/, '')}`;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${seconds}S` : ''}`;
}
