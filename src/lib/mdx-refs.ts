/**
 * Reads the references a lesson's MDX source makes to other content, so that the build can
 * check them before rendering (MDX props are not type-checked: conventions.md §3.6).
 */

/** Ids referenced in a lesson body, by the component that references them. */
export interface MdxRefs {
	sections: string[];
	facts: string[];
	terms: string[];
	exercises: string[];
	links: { lesson: string; section?: string }[];
}

function attr(tag: string, name: string): string | undefined {
	return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function tags(body: string, component: string): string[] {
	return [...body.matchAll(new RegExp(`<${component}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

function ids(body: string, component: string): string[] {
	return tags(body, component)
		.map((t) => attr(t, 'id'))
		.filter((id): id is string => id !== undefined);
}

/** The level-2 sections of a lesson, in order, with their anchors and titles. */
export function extractSections(body: string): { id: string; title: string }[] {
	return tags(body, 'Section').map((t) => ({ id: attr(t, 'id') ?? '', title: attr(t, 'title') ?? '' }));
}

/** Lists the sections, facts, glossary terms, exercises and lesson links of an MDX body. */
export function extractMdxRefs(body: string): MdxRefs {
	return {
		sections: extractSections(body).map((s) => s.id),
		facts: ids(body, 'Fait'),
		terms: ids(body, 'Terme'),
		exercises: ids(body, 'Exercise'),
		links: tags(body, 'LienLecon').map((t) => ({
			lesson: attr(t, 'lesson') ?? '',
			section: attr(t, 'section'),
		})),
	};
}

/** A trainer note and the section it sits in. */
export interface TrainerNote {
	section: string | null;
	text: string;
}

/**
 * Extracts the <NoteFormateur> blocks of a lesson body. Their text goes to the presenter data
 * file only: the learner's page renders nothing for them.
 */
export function extractTrainerNotes(body: string): TrainerNote[] {
	const notes: TrainerNote[] = [];
	const pattern = /<Section\b[^>]*\bid="([^"]*)"[^>]*>|<NoteFormateur>([\s\S]*?)<\/NoteFormateur>/g;
	let section: string | null = null;
	for (const match of body.matchAll(pattern)) {
		if (match[1] !== undefined) section = match[1];
		else {
			// Markdown source: indentation goes, blank lines between paragraphs stay.
			const lines = (match[2] ?? '').trim().split('\n').map((l) => l.trim());
			notes.push({ section, text: lines.join('\n').replace(/\n{3,}/g, '\n\n') });
		}
	}
	return notes;
}
