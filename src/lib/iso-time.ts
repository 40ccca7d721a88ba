/**
 * Timestamps in progress data: ISO 8601 in UTC, as `Date.toISOString` writes them, and nothing
 * else. `Date.parse` also accepts « 01/01/2025 » or « 2025-01-01 10:00 » and reads them in the
 * device's time zone; such a value in a file is refused, and one found in storage is set aside.
 */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Whether `v` is an ISO 8601 UTC timestamp of a real instant. */
export function isIsoTimestamp(v: unknown): v is string {
	if (typeof v !== 'string' || !ISO.test(v)) return false;
	const time = Date.parse(v);
	// « 2026-02-31T… » passes the pattern; a real instant prints back to the same day.
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v.slice(0, 10);
}
