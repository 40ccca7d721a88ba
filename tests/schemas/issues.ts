import type { z } from 'astro/zod';

/** The issues of a failed parse as { path, message } pairs; [] when the parse succeeded. */
export function issuesOf(result: z.ZodSafeParseResult<unknown>): { path: PropertyKey[]; message: string }[] {
	if (result.success) return [];
	return result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}
