/**
 * Build-time access to the validated collections: the one place pages and components read
 * content from. Nothing here reaches the browser.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkContentIntegrity } from '../lib/content-integrity';
import { drawEvaluation } from '../lib/draw';
import { extractSections } from '../lib/mdx-refs';
import type { QuizItem } from '../lib/quiz-types';
import type { Question } from '../schemas/question';
import type { QuizSelection } from '../schemas/quiz';
import { lessonHref } from '../lib/url';

export type LessonEntry = CollectionEntry<'lessons'>;

/** Written lessons in course order. */
export async function getLessons(): Promise<LessonEntry[]> {
	return (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
}

/** Objectives in display order. */
export async function getObjectives() {
	return (await getCollection('objectives')).map((o) => o.data).sort((a, b) => a.order - b.order);
}

/** The mastery rule's parameters. */
export async function getMasteryRule() {
	const entry = await getEntry('mastery', 'regle-de-maitrise');
	if (!entry) throw new Error('content/mastery.json : l’entrée « regle-de-maitrise » manque');
	return entry.data;
}

/** Sections of a lesson, with their anchors and titles. */
export function lessonSections(lesson: LessonEntry): { id: string; title: string }[] {
	return extractSections(lesson.body ?? '');
}

let integrity: Promise<void> | null = null;

/**
 * Checks cross-collection rules once per build and throws, naming each file and field, when
 * something is wrong. Also logs the programme bullets whose lesson is not written yet.
 */
export function assertContentIntegrity(): Promise<void> {
	integrity ??= (async () => {
		const strip = <T>(list: { id: string; filePath?: string; data: T }[]) =>
			list.map(({ id, filePath, data }) => ({ id, filePath, data }));
		const lessons = (await getCollection('lessons')).map((l) => ({
			id: l.id,
			filePath: l.filePath,
			data: l.data,
			body: l.body ?? '',
		}));
		const report = checkContentIntegrity({
			objectives: strip(await getCollection('objectives')),
			lessons,
			programme: strip(await getCollection('programme')),
			facts: strip(await getCollection('facts')),
			glossary: strip(await getCollection('glossary')),
			questions: strip(await getCollection('questions')),
			quizzes: strip(await getCollection('quizzes')),
			exercises: strip(await getCollection('exercises')),
		});
		if (report.errors.length > 0) {
			throw new Error(`Contenu invalide (${report.errors.length} erreur(s)) :\n- ${report.errors.join('\n- ')}`);
		}
		if (report.pending.length > 0 && !globalThis.__coverageReported) {
			globalThis.__coverageReported = true;
			const lines = report.pending.map((b) => `  leçon ${b.lessonNumber} (${b.lesson}) : ${b.text}`);
			console.info(`[couverture] ${report.pending.length} puce(s) du programme attendent leur leçon :\n${lines.join('\n')}`);
		}
	})();
	return integrity;
}

declare global {
	var __coverageReported: boolean | undefined;
}

/** The ids an evaluation draws; `seen` guards against two quizzes excluding each other. */
async function drawnIds(select: Extract<QuizSelection, { by: 'draw' }>, seen: string[] = []): Promise<string[]> {
	let excluded: string[] = [];
	if (select.exclude) {
		if (seen.includes(select.exclude)) throw new Error(`Tirages qui s'excluent en boucle : ${[...seen, select.exclude].join(' → ')}`);
		const other = await getEntry('quizzes', select.exclude);
		if (!other) throw new Error(`Quiz « ${select.exclude} » inconnu (exclude)`);
		excluded = other.data.select.by === 'draw' ? await drawnIds(other.data.select, [...seen, select.exclude]) : (await selectQuestions(other.data.select)).map((q) => q.id);
	}
	const bank = (await getCollection('questions')).map((q) => ({ id: q.id, objectives: q.data.objectives }));
	const objectives = (await getObjectives()).map((o) => o.id);
	return drawEvaluation(bank, objectives, select.perObjective, select.seed, new Set(excluded));
}

/** Questions a quiz selection picks from the bank, in bank order. */
export async function selectQuestions(select: QuizSelection): Promise<CollectionEntry<'questions'>[]> {
	const bank = await getCollection('questions');
	const lessons = await getLessons();
	const sequenceOf = new Map(lessons.map((l) => [l.id, l.data.sequence]));
	switch (select.by) {
		case 'lesson':
			return bank.filter((q) => q.data.lesson === select.lesson);
		case 'sequence':
			return bank.filter((q) => sequenceOf.get(q.data.lesson) === select.sequence);
		case 'objective':
			return bank.filter((q) => q.data.objectives.some((o) => select.objectives.includes(o)));
		case 'draw': {
			const ids = await drawnIds(select);
			return ids.map((id) => bank.find((b) => b.id === id) as CollectionEntry<'questions'>);
		}
		case 'ids':
			return select.ids.map((id) => {
				const q = bank.find((b) => b.id === id);
				if (!q) throw new Error(`Question inconnue « ${id} »`);
				return q;
			});
	}
}

/** Turns bank questions into what the quiz island needs. */
export async function toQuizItems(questions: { data: Question }[]): Promise<QuizItem[]> {
	const lessons = await getLessons();
	return questions.map(({ data: q }) => {
		const lesson = lessons.find((l) => l.id === q.lesson);
		const section = lesson ? lessonSections(lesson).find((s) => s.id === q.section) : undefined;
		const base = {
			id: q.id,
			prompt: q.prompt,
			explanation: q.explanation,
			objectives: q.objectives,
			sectionHref: lessonHref(q.lesson, q.section),
			sectionTitle: section ? `${lesson?.data.title} — ${section.title}` : q.section,
		};
		switch (q.type) {
			case 'single':
			case 'multiple':
				return { ...base, type: q.type, options: q.options };
			case 'truefalse':
				return { ...base, type: q.type, answer: q.answer };
			case 'ordering':
				return { ...base, type: q.type, items: q.items };
			case 'matching':
				return { ...base, type: q.type, items: q.items, targets: q.targets };
		}
	});
}
