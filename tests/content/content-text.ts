import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { FactSchema } from '../../src/schemas/fact';
import type { GlossaryTermSchema } from '../../src/schemas/glossary';
import type { FactText } from '../../src/lib/lesson-words';

/**
 * Reading the course content as written, for the text checks of tests/content (the §11
 * corrections of issue 9 above all). The tests read the files themselves, not the built site, so
 * that a later edit bringing a wrong claim back fails at once; these helpers are the one place
 * that says how a file becomes the text a phrase is looked for in.
 */

/** The lessons, by the two-digit number their file name starts with. */
export type LessonNumber = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13' | '14' | '15';

/**
 * A bank question as the text checks read it: every field a learner may see, whatever its type.
 * Not the schema's type: that one is a union by `type`, and each check would have to narrow it
 * before reading `options` or `answer`; content.test.ts already checks the files against it.
 */
export interface Question {
	id: string;
	lesson: string;
	section: string;
	prompt: string;
	explanation: string;
	options?: { id: string; text: string; correct: boolean }[];
	answer?: boolean;
	basis?: { facts?: string[] };
}

/** A fact as stored in content/facts (the schema's input: the JSON is read raw, not parsed). */
export type Fact = z.input<typeof FactSchema>;

/** A glossary entry as stored in content/glossary (raw JSON, so defaulted fields may be absent). */
export type GlossaryTerm = z.input<typeof GlossaryTermSchema>;

/** A file's text, as written (paths are relative to the repository root, where Vitest runs). */
export const text = (file: string): string => readFileSync(file, 'utf-8');

/** A JSON file, parsed; the caller names what it expects, the content tests check the schema. */
export const json = <T>(file: string): T => JSON.parse(text(file)) as T;

/**
 * Whitespace runs made one plain space, so a phrase matches whatever line breaks or spaces the
 * file has. `\s` with the `u` flag covers the non-breaking spaces French typography uses
 * (U+00A0 before « : », U+202F inside « … ») as well.
 */
export const flat = (s: string): string => s.replace(/\s+/gu, ' ');

/** The MDX file of a lesson, found by its number, so a check names « leçon 07 », not a path. */
export const lessonFile = (n: LessonNumber): string => {
	const file = readdirSync('content/lessons').find((f) => f.startsWith(`${n}-`) && f.endsWith('.mdx'));
	if (!file) throw new Error(`leçon ${n} introuvable dans content/lessons`);
	return join('content/lessons', file);
};

/** A lesson's whole MDX (frontmatter included), flattened. */
export const lesson = (n: LessonNumber): string => flat(text(lessonFile(n)));

/**
 * A lesson's flattened MDX with every `<Fait … />` taken out: what the lesson types itself. A
 * claim shown through its fact carries the fact's note; the same claim typed in prose does not.
 */
export const typedProse = (n: LessonNumber): string => lesson(n).replace(/<Fait [^>]*\/>/g, ' ');

/**
 * The flattened MDX of one `<Section id="…">`, up to its closing tag, so a check says where in
 * the lesson a phrase must be. Throws if the section is gone, naming it.
 */
export const section = (n: LessonNumber, id: string): string => {
	const source = lesson(n);
	const start = source.indexOf(`<Section id="${id}"`);
	if (start < 0) throw new Error(`section ${id} introuvable dans la leçon ${n}`);
	return source.slice(start, source.indexOf('</Section>', start));
};

/** What a learner reads of a question, flattened: prompt, options and explanation. */
export const questionText = (q: Question): string => flat([q.prompt, ...(q.options ?? []).map((o) => o.text), q.explanation].join(' '));

/**
 * Every entry of every JSON file of a content folder. Ids are unique across a folder (the build
 * checks it), so a lookup does not need to know which file of the folder holds the entry.
 */
const entriesIn = <T>(dir: string): T[] =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => json<T[]>(join(dir, f)));

/** Finds an entry by id, or throws an error naming what is missing (« question l01-x introuvable »). */
const byId = <T extends { id: string }>(dir: string, what: string, id: string): T => {
	const found = entriesIn<T>(dir).find((e) => e.id === id);
	if (!found) throw new Error(`${what} ${id} introuvable dans ${dir}`);
	return found;
};

/** A bank question by id, from any file of content/questions. */
export const question = (id: string): Question => byId<Question>('content/questions', 'question', id);

/** A glossary term by id, from any file of content/glossary. */
export const term = (id: string): GlossaryTerm => byId<GlossaryTerm>('content/glossary', 'terme', id);

/** A fact by id, from any file of content/facts. */
export const fact = (id: string): Fact => byId<Fact>('content/facts', 'fait', id);

/**
 * What `<Fait>` and `<Chronologie>` print, read from content/facts: the word limit counts it, as
 * the learner reads it on the main path (src/lib/lesson-words.ts).
 */
export const factText: FactText = (id, display) => {
	const found = readdirSync('content/facts')
		.flatMap((file) => json<Fact[]>(`content/facts/${file}`))
		.find((f) => f.id === id);
	return found ? (display === 'phrase' ? found.statement : found.value) : '';
};

/**
 * Each file given, with its flattened text: what a learner can read of a group of lessons
 * (lessons, questions, exercises, glossary), for checks that a phrase appears nowhere in it.
 */
export const everyText = (files: readonly string[]): { file: string; body: string }[] => files.map((file) => ({ file, body: flat(text(file)) }));
