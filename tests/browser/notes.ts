import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTrainerNotes } from '../../src/lib/mdx-refs';

/**
 * A few words of every trainer note of every lesson, read from the MDX source, to look for in
 * built pages: the words before any Markdown mark or line break, so that they are the same in the
 * rendered HTML (only the presenter view may contain them).
 */
export function trainerNoteMarkers(): string[] {
	const dir = resolve('content/lessons');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.flatMap((f) => extractTrainerNotes(readFileSync(join(dir, f), 'utf-8')))
		.map((n) => n.text.split(/[*_`[<\n]/)[0]!.replace(/\s+/g, ' ').trim().slice(0, 60).trim())
		.filter((marker) => marker.length >= 20);
}
