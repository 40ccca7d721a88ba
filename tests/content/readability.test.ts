import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	countDisclosureWords,
	countMainPathWords,
	countWords,
	disclosurePlacementProblems,
	essentielItems,
	essentielPlacement,
	lessonDuration,
	mainPathSource,
} from '../../src/lib/lesson-words';
import { extractMdxRefs, extractTrainerNotes } from '../../src/lib/mdx-refs';
import { ReadingSchema } from '../../src/schemas/reading';
import { factText } from './content-text';

/** The main-path limit of issue 9: what a lesson asks every learner to read. */
const MAX_MAIN_PATH_WORDS = 1500;

describe('countWords', () => {
	test('counts tokens with a letter or a digit; French punctuation alone is not a word', () => {
		// Non-breaking spaces (U+00A0, U+202F) inside « … » and before « : » are whitespace too.
		expect(countWords('« Chorus\u00a0Pro » : l’entreprise dépose 5\u202f000 factures !')).toBe(7);
		expect(countWords('- **gras** | — … « » ; : 1.')).toBe(2);
	});
});

describe('countMainPathWords', () => {
	test('ignores the frontmatter', () => {
		const mdx = '---\ntitle: "Un titre de cinq mots"\nduration: 25\n---\n\nDeux mots.\n';

		expect(countMainPathWords(mdx)).toBe(2);
	});

	test('ignores MDX comments, even over several lines', () => {
		expect(countMainPathWords('Avant {/* un commentaire\nsur deux lignes */} après.')).toBe(2);
	});

	test('drops self-closing components whole, attributes included', () => {
		const mdx = [
			'Le délai est de <Fait id="delai-paiement-etat" affichage="phrase" /> jours.',
			'<Exercise id="siret-exercice" />',
			'<Chronologie titre="Obligation de transmettre" faits={["obligation-eti", "obligation-pme"]} />',
		].join('\n\n');

		expect(countMainPathWords(mdx)).toBe(5);
	});

	test('keeps the text of <Terme> and <LienLecon>, not their tags', () => {
		const mdx = 'Le <Terme id="gestionnaire-principal">gestionnaire principal</Terme> valide (voir <LienLecon lesson="02-gestionnaire-utilisateurs" section="roles">la leçon 2</LienLecon>).';

		expect(countMainPathWords(mdx)).toBe(8);
	});

	test('drops <PlusLoin> with its title and everything nested in it', () => {
		const mdx = `<Section id="a" title="Titre de section">

Un deux trois.

<PlusLoin titre="l’historique du portail (2012–2017)">

Quatre cinq <Terme id="aife">AIFE</Terme> et <Fait id="chorus-pro-ouverture" />.

- un point > deux ;

</PlusLoin>

Six.

</Section>`;

		expect(countMainPathWords(mdx)).toBe(4);
		expect(countDisclosureWords(mdx)).toBe(7);
	});

	test('drops trainer notes, also inside a disclosure', () => {
		const mdx = `Texte visible.

<NoteFormateur>
Faites deviner la réponse à la salle.
</NoteFormateur>

<PlusLoin titre="détail">
Caché.
<NoteFormateur>Note.</NoteFormateur>
</PlusLoin>`;

		expect(countMainPathWords(mdx)).toBe(2);
		expect(countDisclosureWords(mdx)).toBe(1);
	});

	test('a tag spread over several lines is removed whole', () => {
		const mdx = '<PlusLoin\n\ttitre="les cas rares"\n>\nrare\n</PlusLoin>\n<Section\n  id="b"\n  title="Deux mots"\n>\nvisible\n</Section>';

		expect(countMainPathWords(mdx)).toBe(1);
	});

	test('« L’essentiel » is on the main path', () => {
		expect(countMainPathWords('<Essentiel>\n\n- Un point.\n- Deux points.\n\n</Essentiel>')).toBe(4);
	});
});

describe('mainPathSource', () => {
	test('keeps the components of the main path, not those inside a disclosure', () => {
		const mdx = '<Exercise id="a" />\n\n<PlusLoin titre="x">\n<Exercise id="b" />\n</PlusLoin>';

		expect(mainPathSource(mdx)).toContain('<Exercise id="a" />');
		expect(mainPathSource(mdx)).not.toContain('id="b"');
	});
});

describe('disclosurePlacementProblems', () => {
	test('a disclosure inside a section, after « L’essentiel », is fine', () => {
		const mdx = '<Essentiel>\n\n- un\n\n</Essentiel>\n\n<Section id="a" title="A">\n\n<PlusLoin titre="x">\n\ndétail\n\n</PlusLoin>\n\n</Section>';

		expect(disclosurePlacementProblems(mdx)).toEqual([]);
	});

	test('a disclosure around a section, or outside any section, is reported', () => {
		const around = '<PlusLoin titre="x">\n\n<Section id="a" title="A">\n\ntexte\n\n</Section>\n\n</PlusLoin>';

		expect(disclosurePlacementProblems(around)).toEqual([
			'un <PlusLoin> est hors de toute <Section>',
			'une <Section> est placée dans un <PlusLoin> (le <PlusLoin> va dans la section, pas autour)',
		]);
	});
});

describe('essentielItems and essentielPlacement', () => {
	const lesson = `---
title: "X"
---

{/* <Essentiel> dans un commentaire ne compte pas */}

<Essentiel>

- Un <Terme id="siret">SIRET</Terme> par structure.
- Le gestionnaire principal valide
  les rattachements.
* Troisième.

</Essentiel>

<Section id="a" title="A">

- pas un item de l’essentiel

</Section>`;

	test('lists the items of the block, tags removed, continuation lines not counted', () => {
		expect(essentielItems(lesson)).toEqual(['Un SIRET par structure.', 'Le gestionnaire principal valide', 'Troisième.']);
	});

	test('finds the block before the first section, and ignores comments', () => {
		const { essentiel, firstSection } = essentielPlacement(lesson);

		expect(essentiel).toHaveLength(1);
		expect(essentiel[0]).toBeLessThan(firstSection);
	});

	test('a lesson without the block has no items', () => {
		expect(essentielItems('<Section id="a" title="A">\n\n- un\n\n</Section>')).toEqual([]);
	});
});

const LESSONS_DIR = 'content/lessons';
const lessons = readdirSync(LESSONS_DIR)
	.filter((f) => f.endsWith('.mdx'))
	.map((file) => ({ file, source: readFileSync(join(LESSONS_DIR, file), 'utf-8') }));

describe('every lesson is readable in the time it claims (issue 9)', () => {
	test('there are lessons to check', () => {
		expect(lessons.length).toBeGreaterThanOrEqual(15);
	});

	test.each(lessons)(`$file: at most ${MAX_MAIN_PATH_WORDS} words on the main path, the statements its facts print included`, ({ file, source }) => {
		const words = countMainPathWords(source, factText);

		expect(words, `${file} : ${words} mots hors « Pour aller plus loin », notes formateur et widgets, faits affichés compris (limite ${MAX_MAIN_PATH_WORDS})`).toBeLessThanOrEqual(MAX_MAIN_PATH_WORDS);
	});

	test.each(lessons)('$file: one « L’essentiel », before the first section, of 5 to 8 items', ({ file, source }) => {
		const { essentiel, firstSection } = essentielPlacement(source);

		expect(essentiel.length, `${file} : nombre de blocs <Essentiel>`).toBe(1);
		expect(firstSection, `${file} : aucune <Section>`).toBeGreaterThan(-1);
		expect(essentiel[0], `${file} : <Essentiel> doit précéder la première <Section>`).toBeLessThan(firstSection);
		const items = essentielItems(source).length;
		expect(items, `${file} : ${items} points dans « L’essentiel » (attendu : 5 à 8)`).toBeGreaterThanOrEqual(5);
		expect(items, `${file} : ${items} points dans « L’essentiel » (attendu : 5 à 8)`).toBeLessThanOrEqual(8);
	});

	test.each(lessons)('$file: every « Pour aller plus loin » sits inside a section and holds none', ({ source }) => {
		expect(disclosurePlacementProblems(source)).toEqual([]);
	});

	test.each(lessons)('$file: no typed duration in the frontmatter (it is computed at build)', ({ file, source }) => {
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';

		expect(frontmatter, `${file} : supprimer la ligne duration:`).not.toMatch(/^duration\s*:/m);
	});
});

/** The lesson's id, as questions and <LienLecon> name it: its file name without « .mdx ». */
const lessonId = (file: string) => file.replace(/\.mdx$/, '');
const questions = readdirSync('content/questions')
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => JSON.parse(readFileSync(join('content/questions', f), 'utf-8')) as { id: string; lesson: string; section: string }[]);
const links = lessons.flatMap(({ file, source }) => extractMdxRefs(source).links.map((link) => ({ from: file, ...link })));

// Shortening a lesson for issue 9 must not cut what other content points to or what the trainer
// and the learner rely on: these were checked lesson group by lesson group, now for every lesson.
describe('every lesson keeps its sections, exercises and trainer notes while it shrinks (issue 9)', () => {
	test.each(lessons)('$file: still has every section its programme bullets, questions and lesson links point to', ({ file, source }) => {
		const programme = [...source.matchAll(/^ {6}- ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
		const fromQuestions = questions.filter((q) => q.lesson === lessonId(file)).map((q) => q.section);
		const fromLinks = links.filter((l) => l.lesson === lessonId(file) && l.section).map((l) => l.section!);
		const sections = extractMdxRefs(source).sections;

		// The frontmatter lists the sections of each programme bullet; none found means the pattern no longer reads it.
		expect(programme.length, `${file} : sections du programme illisibles`).toBeGreaterThan(0);
		for (const id of new Set([...programme, ...fromQuestions, ...fromLinks])) expect(sections, `${file} : <Section id="${id}"> manquante`).toContain(id);
	});

	test.each(lessons)('$file: every section has prose on the main path, not only in « Pour aller plus loin »', ({ file, source }) => {
		const main = mainPathSource(source);

		for (const id of extractMdxRefs(source).sections) {
			const start = main.indexOf(`<Section id="${id}"`);
			expect(start, `${file} ${id}`).toBeGreaterThan(-1);
			const body = main.slice(main.indexOf('>', start) + 1, main.indexOf('</Section>', start));
			expect(body.replace(/<[^>]+>/g, ' ').trim().length, `${file} ${id}`).toBeGreaterThan(40);
		}
	});

	test.each(lessons)('$file: one trainer note per section, inside it', ({ file, source }) => {
		expect(extractTrainerNotes(source).map((n) => n.section), `${file} notes formateur`).toEqual(extractMdxRefs(source).sections);
	});

	test('every exercise of content/exercises is still shown on the main path of a lesson', () => {
		const shown = new Set(lessons.flatMap(({ source }) => extractMdxRefs(mainPathSource(source)).exercises));
		const exercises = readdirSync('content/exercises')
			.filter((f) => f.endsWith('.json') && !f.startsWith('_'))
			.map((f) => f.replace(/\.json$/, ''));

		expect(exercises.length).toBeGreaterThan(0);
		expect(exercises.filter((id) => !shown.has(id))).toEqual([]);
	});
});

describe('lessonDuration', () => {
	const reading = { wordsPerMinute: 200, minutesPerQuestion: 0.75 };
	const load = { words: 1000, disclosureWords: 0, exerciseMinutes: 8, disclosureExerciseMinutes: 0, quizQuestions: 10 };

	test('adds reading time, exercise minutes and quiz time, rounded up once', () => {
		// 1000 / 200 = 5, + 8, + 10 × 0.75 = 7.5 → 20.5 → 21.
		expect(lessonDuration(load, reading)).toEqual({ minutes: 21, withDisclosures: 21 });
	});

	test('disclosures count only in the longer figure', () => {
		expect(lessonDuration({ ...load, disclosureWords: 600, disclosureExerciseMinutes: 2 }, reading)).toEqual({ minutes: 21, withDisclosures: 26 });
	});
});

describe('content/reading.json', () => {
	test('matches its schema (reading speed and minutes per quiz question are data, not code)', () => {
		const result = ReadingSchema.safeParse(JSON.parse(readFileSync('content/reading.json', 'utf-8')));

		expect(result.error?.issues ?? []).toEqual([]);
	});

	test('the schema refuses an unknown key and an implausible reading speed', () => {
		expect(ReadingSchema.safeParse({ wordsPerMinute: 200, minutesPerQuestion: 1, motsParMinute: 250 }).success).toBe(false);
		expect(ReadingSchema.safeParse({ wordsPerMinute: 2000, minutesPerQuestion: 1 }).success).toBe(false);
	});
});
