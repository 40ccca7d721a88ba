/**
 * Build-time access to the validated collections: the one place pages and components read
 * content from. Nothing here reaches the browser.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkContentIntegrity } from '../lib/content-integrity';
import { countDisclosureWords, countMainPathWords, disclosureSources, lessonDuration, mainPathSource, type FactText, type LessonDuration } from '../lib/lesson-words';
import { extractMdxRefs, extractSections } from '../lib/mdx-refs';
import { ReadingSchema, type Reading } from '../schemas/reading';
import readingData from '../../content/reading.json';
import type { QuizItem } from '../lib/quiz-types';
import { toQuizItem } from '../lib/quiz-item';
import type { Question } from '../schemas/question';
import type { QuizSelection } from '../schemas/quiz';
import type { EvaluationRuleData } from '../schemas/evaluation';
import { lessonHref } from '../lib/url';
import { formatDuration } from '../lib/format';
import { frenchTypography } from '../lib/typography';

export type LessonEntry = CollectionEntry<'lessons'>;

/** The course's two séquences, as the course map and each lesson's header name them. */
export const SEQUENCES = [
	{ n: 1, title: 'Comptes, structures et utilisateurs', intro: 'Créer son compte, enregistrer sa structure, gérer les utilisateurs, les services et les coordonnées bancaires.' },
	{ n: 2, title: 'Déposer et suivre ses factures', intro: 'Choisir le cadre de facturation, remplir les bons champs, suivre ses factures et traiter les retours ; la réforme inter-entreprises.' },
] as const;

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
	if (!entry || entry.data.id !== 'regle-de-maitrise') throw new Error('content/mastery.json : l’entrée « regle-de-maitrise » manque');
	return entry.data;
}

/** The evaluation thresholds (pass mark, right answers that validate an objective). */
export async function getEvaluationRule(): Promise<EvaluationRuleData> {
	const entry = await getEntry('mastery', 'regle-evaluation');
	if (!entry || entry.data.id !== 'regle-evaluation') throw new Error('content/mastery.json : l’entrée « regle-evaluation » manque');
	return entry.data;
}

/**
 * The content's item → objectives map: each bank question's objectives, and each exercise's for
 * the parts its widget records (`<exercise>:<part>`). Results are computed from this map, never
 * from the objectives a progress file carries.
 */
export async function getItemObjectives(): Promise<Record<string, string[]>> {
	const map: Record<string, string[]> = {};
	for (const q of await getCollection('questions')) map[q.id] = q.data.objectives;
	for (const e of await getCollection('exercises')) map[e.id] = e.data.objectives;
	return map;
}

/**
 * Sections of a lesson, with their anchors and titles. The titles are typeset here: they come
 * from the MDX body, which the collection's transform does not see, and islands show them.
 */
export function lessonSections(lesson: LessonEntry): { id: string; title: string }[] {
	return extractSections(lesson.body ?? '').map((s) => ({ ...s, title: frenchTypography(s.title) }));
}

/** The reading figures of content/reading.json, validated (the build fails naming the field). */
export function getReading(): Reading {
	const result = ReadingSchema.safeParse(readingData);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
		throw new Error(`content/reading.json invalide :\n- ${issues.join('\n- ')}`);
	}
	return result.data;
}

/** What `<Fait>` and `<Chronologie>` print, for the word counts (an unknown id prints nothing here). */
export async function getFactText(): Promise<FactText> {
	const facts = new Map((await getCollection('facts')).map((f) => [f.id, f.data]));
	return (id, display) => {
		const fact = facts.get(id);
		return fact ? (display === 'phrase' ? fact.statement : fact.value) : '';
	};
}

/**
 * A lesson's estimated time, computed at build and never typed: its prose at the reading speed,
 * the `minutes` of its exercises and its end quiz (lib/lesson-words.ts says what is counted).
 */
export async function getLessonDuration(lesson: LessonEntry): Promise<LessonDuration> {
	const body = lesson.body ?? '';
	const exercises = new Map((await getCollection('exercises')).map((e) => [e.id, e.data.minutes]));
	// A widget placed twice is done once; an unknown id is reported by the integrity check.
	const minutesOf = (mdx: string) => [...new Set(extractMdxRefs(mdx).exercises)].reduce((sum, id) => sum + (exercises.get(id) ?? 0), 0);
	const quiz = await getEntry('quizzes', lesson.data.quiz);
	if (!quiz) throw new Error(`${lesson.filePath ?? lesson.id} : quiz « ${lesson.data.quiz} » inconnu`);
	const factText = await getFactText();
	return lessonDuration(
		{
			words: countMainPathWords(body, factText),
			disclosureWords: countDisclosureWords(body, factText),
			exerciseMinutes: minutesOf(mainPathSource(body)),
			disclosureExerciseMinutes: minutesOf(disclosureSources(body).join('\n\n')),
			quizQuestions: (await selectQuestions(quiz.data.select)).length,
		},
		getReading()
	);
}

/**
 * « environ 25 min (32 min avec les compléments) », or « environ 25 min » when opening the
 * disclosures adds nothing: what the lesson header, the course map and its total show.
 */
export function durationLabel(d: LessonDuration): string {
	const minutes = (m: number) => formatDuration(m * 60_000);
	return d.withDisclosures > d.minutes ? `environ ${minutes(d.minutes)} (${minutes(d.withDisclosures)} avec les compléments)` : `environ ${minutes(d.minutes)}`;
}

/** Estimated minutes of an evaluation of `questions` questions. */
export function evaluationMinutes(questions: number): number {
	return Math.ceil(questions * getReading().minutesPerQuestion);
}

/** Estimated minutes of a quiz with its own page (sequence quiz, evaluation). */
export async function getQuizMinutes(select: QuizSelection): Promise<number> {
	return Math.ceil((await selectQuestions(select)).length * getReading().minutesPerQuestion);
}

/**
 * The course's estimated total for the course map: every lesson (main path, exercises, end quiz)
 * plus the quizzes and evaluations that have their own page; `withDisclosures` opens every
 * « Pour aller plus loin » too.
 */
export async function getCourseDuration(): Promise<LessonDuration> {
	const lessons = await Promise.all((await getLessons()).map(getLessonDuration));
	const standalone = (await getCollection('quizzes')).filter((q) => q.data.sequence !== undefined);
	const sequenceQuizzes = (await Promise.all(standalone.map((q) => getQuizMinutes(q.data.select)))).reduce((a, b) => a + b, 0);
	const objectives = (await getCollection('objectives')).length;
	const evaluations = (await getCollection('evaluations')).reduce((sum, e) => sum + evaluationMinutes(e.data.perObjective * objectives), 0);
	const quizzes = sequenceQuizzes + evaluations;
	return {
		minutes: lessons.reduce((sum, d) => sum + d.minutes, 0) + quizzes,
		withDisclosures: lessons.reduce((sum, d) => sum + d.withDisclosures, 0) + quizzes,
	};
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
			pool: strip(await getCollection('evaluationPool')),
			evaluations: strip(await getCollection('evaluations')),
			evaluationRule: (await getEntry('mastery', 'regle-evaluation'))?.data as EvaluationRuleData | undefined,
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
		case 'ids':
			return select.ids.map((id) => {
				const q = bank.find((b) => b.id === id);
				if (!q) throw new Error(`Question inconnue « ${id} »`);
				return q;
			});
	}
}

/** The items of a quiz of content/quizzes, as its island receives them. */
export async function getQuizItems(quizId: string): Promise<QuizItem[]> {
	const quiz = await getEntry('quizzes', quizId);
	if (!quiz) throw new Error(`Quiz inconnu « ${quizId} »`);
	return toQuizItems(await selectQuestions(quiz.data.select));
}

/** Turns bank questions into what the quiz island needs. */
export async function toQuizItems(questions: { data: Question }[]): Promise<QuizItem[]> {
	const lessons = await getLessons();
	return questions.map(({ data: q }) => {
		const lesson = lessons.find((l) => l.id === q.lesson);
		const section = lesson ? lessonSections(lesson).find((s) => s.id === q.section) : undefined;
		const title = section ? `${lesson?.data.title} — ${section.title}` : q.section;
		return toQuizItem(q, { href: lessonHref(q.lesson, q.section), title });
	});
}
