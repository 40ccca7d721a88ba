/**
 * Word counts of a lesson's MDX source, for the readability limit (at most 1,500 words on the
 * main path, tests/content/readability.test.ts) and for the lesson durations computed at build
 * (src/data/course.ts: 200 words a minute, content/reading.json).
 *
 * The main path is what every learner reads: the MDX body without its frontmatter, `{/* *\/}`
 * comments, « Pour aller plus loin » disclosures (`<PlusLoin>…</PlusLoin>`), trainer notes
 * (`<NoteFormateur>…</NoteFormateur>`), widgets (`<Exercise />`) and the component tags
 * themselves. The text between `<Terme …>` and `</Terme>` or `<LienLecon …>` and `</LienLecon>`
 * is prose and counts, and so is what the fact components print (a `<Fait>`'s value or, with
 * `affichage="phrase"`, its statement; a `<Chronologie>`'s statements) when the caller says what
 * they print: the learner reads them on the main path too. Sources and notes are not counted.
 *
 * A word is a whitespace-separated token holding at least one letter or digit, so Markdown
 * markers (`-`, `**`, `|`), the French « guillemets » and a lone « : » count for nothing, while
 * « l’entreprise » is one word. JavaScript's `\s` includes the non-breaking spaces (U+00A0,
 * U+202F) French typography puts inside « … » and before « : ».
 */

/**
 * An opening, closing or self-closing JSX tag; attribute values may hold `>` or `{[…]}`. Each
 * alternative starts with a different character, so a tag that never closes fails fast.
 */
const TAG = /<\/?[A-Za-z][\w.]*(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*>/g;

/** Words the limit and the reading time are measured in. */
const WORD = /[\p{L}\p{N}]/u;

/** Removes a leading `---` frontmatter block, when there is one. */
export function stripFrontmatter(source: string): string {
	const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	return match ? source.slice(match[0].length) : source;
}

/** Removes MDX comments `{/* … *\/}`, which may span lines. */
function stripComments(body: string): string {
	return body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, ' ');
}

/**
 * The spans `[start, end)` of every top-level `<Name …>…</Name>` block of a component, tags
 * included. Nesting of the same component is matched by depth, so a block inside a block does
 * not close the outer one early. A self-closing `<Name … />` is a block of its own. An unclosed
 * block runs to the end of the body: its content is then not main-path prose either.
 */
function blockSpans(body: string, component: string): [number, number][] {
	const spans: [number, number][] = [];
	let depth = 0;
	let start = 0;
	for (const match of body.matchAll(TAG)) {
		const tag = match[0];
		const name = /^<\/?([A-Za-z][\w.]*)/.exec(tag)?.[1];
		if (name !== component) continue;
		const index = match.index ?? 0;
		if (tag.startsWith('</')) {
			if (depth === 0) continue;
			depth -= 1;
			if (depth === 0) spans.push([start, index + tag.length]);
		} else if (tag.endsWith('/>')) {
			if (depth === 0) spans.push([index, index + tag.length]);
		} else {
			if (depth === 0) start = index;
			depth += 1;
		}
	}
	if (depth > 0) spans.push([start, body.length]);
	return spans;
}

/** The body with every block of the component replaced by a blank line. */
function removeBlocks(body: string, component: string): string {
	let out = '';
	let last = 0;
	for (const [start, end] of blockSpans(body, component)) {
		out += body.slice(last, start) + '\n\n';
		last = end;
	}
	return out + body.slice(last);
}

/** The inner text of every top-level block of the component (tags excluded). */
function blockContents(body: string, component: string): string[] {
	return blockSpans(body, component).map(([start, end]) => {
		const block = body.slice(start, end);
		if (block.endsWith('/>') && !block.includes(`</${component}>`)) return '';
		const open = new RegExp(TAG.source).exec(block);
		const inner = block.slice(open ? open[0].length : 0);
		return inner.endsWith(`</${component}>`) ? inner.slice(0, -`</${component}>`.length) : inner;
	});
}

/** What a fact component prints: a fact's value (`valeur`) or its statement (`phrase`). */
export type FactText = (id: string, display: 'valeur' | 'phrase') => string;

const FAIT = /<Fait\s+((?:[^>"']|"[^"]*"|'[^']*')*?)\/>/g;
const CHRONOLOGIE = /<Chronologie\s+((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*?)\/>/g;

/** Replaces each `<Fait />` and `<Chronologie />` with the text it prints, so that it is counted. */
function expandFacts(mdx: string, factText?: FactText): string {
	if (!factText) return mdx;
	return mdx
		.replace(FAIT, (_tag, attrs: string) => {
			const id = /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '';
			return ` ${factText(id, /\baffichage="phrase"/.test(attrs) ? 'phrase' : 'valeur')} `;
		})
		.replace(CHRONOLOGIE, (_tag, attrs: string) => {
			const ids = /\bfaits=\{\[([^\]]*)\]\}/.exec(attrs)?.[1]?.match(/"[^"]+"/g) ?? [];
			return ` ${ids.map((quoted) => factText(quoted.slice(1, -1), 'phrase')).join(' ')} `;
		});
}

/** Counts the words of a text: whitespace-separated tokens holding a letter or a digit. */
export function countWords(text: string): number {
	return text.split(/\s+/u).filter((token) => WORD.test(token)).length;
}

/**
 * Removes what is not prose from MDX: comments, trainer notes, then every remaining tag (a
 * self-closing component disappears whole; a paired one leaves its inner text).
 */
function prose(mdx: string): string {
	return removeBlocks(stripComments(mdx), 'NoteFormateur').replace(TAG, ' ');
}

/**
 * The MDX of a lesson's main path: the source without frontmatter, comments, trainer notes and
 * « Pour aller plus loin » disclosures, components kept (so that the exercises placed on the main
 * path can be listed with extractMdxRefs).
 */
export function mainPathSource(body: string): string {
	return removeBlocks(removeBlocks(stripComments(stripFrontmatter(body)), 'NoteFormateur'), 'PlusLoin');
}

/** The inner MDX of each « Pour aller plus loin » disclosure, trainer notes removed. */
export function disclosureSources(body: string): string[] {
	return blockContents(removeBlocks(stripComments(stripFrontmatter(body)), 'NoteFormateur'), 'PlusLoin');
}

/**
 * Words of a lesson's main path, as the readability limit counts them (module comment above).
 * Accepts the whole `.mdx` source or its body; `factText` says what its fact components print.
 */
export function countMainPathWords(body: string, factText?: FactText): number {
	return countWords(prose(expandFacts(mainPathSource(body), factText)));
}

/**
 * Words inside the lesson's « Pour aller plus loin » disclosures (their titles excluded, trainer
 * notes inside them excluded): the extra reading of a learner who opens them all.
 */
export function countDisclosureWords(body: string, factText?: FactText): number {
	return disclosureSources(body).reduce((sum, inner) => sum + countWords(prose(expandFacts(inner, factText))), 0);
}

/** The inner MDX of each `<Essentiel>` block of a lesson, in order. */
export function essentielBlocks(body: string): string[] {
	return blockContents(stripComments(stripFrontmatter(body)), 'Essentiel');
}

/**
 * The list items of the first `<Essentiel>` block (lines starting with `-`, `*` or `1.`), as
 * plain text; an empty array when the lesson has none. Continuation lines are not items.
 */
export function essentielItems(body: string): string[] {
	const [block] = essentielBlocks(body);
	if (block === undefined) return [];
	return block
		.split('\n')
		.map((line) => /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*\S)\s*$/.exec(line)?.[1])
		.filter((item): item is string => item !== undefined)
		.map((item) => item.replace(TAG, '').replace(/\s+/g, ' ').trim());
}

/**
 * Where the lesson's blocks sit: offsets (in the body without frontmatter and comments) of each
 * `<Essentiel>` opening tag and of the first `<Section>`, or -1 when absent.
 */
export function essentielPlacement(body: string): { essentiel: number[]; firstSection: number } {
	const text = stripComments(stripFrontmatter(body));
	const essentiel: number[] = [];
	let firstSection = -1;
	for (const match of text.matchAll(TAG)) {
		const tag = match[0];
		if (/^<Essentiel\b/.test(tag)) essentiel.push(match.index ?? 0);
		else if (firstSection < 0 && /^<Section\b/.test(tag)) firstSection = match.index ?? 0;
	}
	return { essentiel, firstSection };
}

/** What a lesson's duration is computed from (src/data/course.ts gathers it at build). */
export interface LessonLoad {
	/** Words of the main path (countMainPathWords). */
	words: number;
	/** Words inside the « Pour aller plus loin » disclosures (countDisclosureWords). */
	disclosureWords: number;
	/** Minutes of the exercises placed on the main path (each exercise's `minutes`). */
	exerciseMinutes: number;
	/** Minutes of the exercises placed inside disclosures, if any. */
	disclosureExerciseMinutes: number;
	/** Questions of the end-of-lesson quiz. */
	quizQuestions: number;
}

/** A lesson's estimated time, in whole minutes. */
export interface LessonDuration {
	/** Main path, exercises and end quiz: what the lesson header and the course map announce. */
	minutes: number;
	/** The same with every disclosure opened and read. */
	withDisclosures: number;
}

/**
 * Duration = ceil(words / wordsPerMinute + exercise minutes + quiz questions × minutesPerQuestion).
 * Disclosures are not in `minutes`: they are optional reading, off the main path by design, and
 * the announced time is what every learner needs. A learner who opens them all needs more, so
 * `withDisclosures` adds their words (and any exercise placed in them) for the « M min avec les
 * compléments » shown next to it.
 */
export function lessonDuration(load: LessonLoad, reading: { wordsPerMinute: number; minutesPerQuestion: number }): LessonDuration {
	const quiz = load.quizQuestions * reading.minutesPerQuestion;
	const base = load.words / reading.wordsPerMinute + load.exerciseMinutes + quiz;
	const extra = load.disclosureWords / reading.wordsPerMinute + load.disclosureExerciseMinutes;
	// Rounded once, at the end, so that fractions of a minute do not pile up.
	return { minutes: Math.ceil(base), withDisclosures: Math.ceil(base + extra) };
}

/**
 * Where a lesson's disclosures break the conventions: a « Pour aller plus loin » sits inside a
 * `<Section>` (it is part of that section's idea, and the section extraction and the projection
 * slides see sections only) and never holds a `<Section>` itself. One French message per problem.
 */
export function disclosurePlacementProblems(body: string): string[] {
	const problems: string[] = [];
	let sections = 0;
	let disclosures = 0;
	for (const match of stripComments(stripFrontmatter(body)).matchAll(TAG)) {
		const tag = match[0];
		const name = /^<\/?([A-Za-z][\w.]*)/.exec(tag)?.[1];
		const closing = tag.startsWith('</');
		const selfClosing = tag.endsWith('/>');
		if (name === 'Section' && !selfClosing) {
			if (!closing && disclosures > 0) problems.push('une <Section> est placée dans un <PlusLoin> (le <PlusLoin> va dans la section, pas autour)');
			sections = Math.max(0, sections + (closing ? -1 : 1));
		} else if (name === 'PlusLoin' && !selfClosing) {
			if (!closing && sections === 0) problems.push('un <PlusLoin> est hors de toute <Section>');
			disclosures = Math.max(0, disclosures + (closing ? -1 : 1));
		}
	}
	return problems;
}
