/** Idle time after which reading time stops counting (course.md §5). */
export const IDLE_CAP_MS = 5 * 60 * 1000;

/**
 * Time to credit for the interval since the last tick: only while the tab is visible, and
 * never more than the idle cap after the learner's last action.
 */
export function activeTime(lastTick: number, now: number, lastActivity: number, visible: boolean): number {
	if (!visible || now <= lastTick) return 0;
	const activeUntil = Math.min(now, lastActivity + IDLE_CAP_MS);
	return Math.max(0, activeUntil - lastTick);
}
