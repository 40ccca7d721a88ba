import type { Lesson } from '../schemas/lesson';
import type { ProgrammeBullet } from '../schemas/programme';
import type { Question } from '../schemas/question';
import type { Quiz } from '../schemas/quiz';
import type { Exercise } from '../schemas/exercise';
import type { GlossaryTerm } from '../schemas/glossary';
import { OBJECTIVE_IDS } from '../schemas/common';
import type { Fact } from '../schemas/fact';
import { lessonTargets, reachableResults, validateGuide } from './cadre-chooser';
import { checkEvaluationPool } from './evaluation-integrity';
import type { Evaluation, EvaluationRuleData } from '../schemas/evaluation';
import { checkSiret } from './identifiers';
import { extractMdxRefs } from './mdx-refs';
import { disclosurePlacementProblems } from './lesson-words';

interface Entry<T> {
	id: string;
	filePath?: string;
	data: T;
}

/** Every collection, as loaded and validated one by one. */
export interface ContentSnapshot {
	objectives: Entry<unknown>[];
	lessons: (Entry<Lesson> & { body: string })[];
	programme: Entry<ProgrammeBullet>[];
	facts: Entry<Fact>[];
	glossary: Entry<GlossaryTerm>[];
	questions: Entry<Question>[];
	quizzes: Entry<Quiz>[];
	exercises: Entry<Exercise>[];
	/** The reserved evaluation pool, the two evaluations and their thresholds. */
	pool: Entry<Question>[];
	evaluations: Entry<Evaluation>[];
	evaluationRule: EvaluationRuleData | undefined;
}

/** What the cross-collection check found. */
export interface IntegrityReport {
	/** Each names the file and the field; any error fails the build. */
	errors: string[];
	/** Programme bullets whose lesson is not written yet (coverage report). */
	pending: ProgrammeBullet[];
}

/** The minimum number of bank questions each programme bullet of a written lesson needs. */
export const MIN_QUESTIONS_PER_BULLET = 2;

/**
 * Checks what a single collection schema cannot: ids that point to other collections,
 * programme coverage by sections and questions, and unique lesson numbers.
 */
export function checkContentIntegrity(c: ContentSnapshot): IntegrityReport {
	const errors: string[] = [];
	const where = (e: Entry<unknown>, field: string) => `${e.filePath ?? e.id} › ${field}`;
	const has = (list: Entry<unknown>[], id: string) => list.some((e) => e.id === id);
	const sectionsOf = new Map(c.lessons.map((l) => [l.id, extractMdxRefs(l.body).sections]));

	for (const id of OBJECTIVE_IDS) {
		if (!has(c.objectives, id)) errors.push(`content/objectives.json › id : l'objectif « ${id} » manque`);
	}

	for (const lesson of c.lessons) {
		const refs = extractMdxRefs(lesson.body);
		const duplicates = new Set(refs.sections.filter((s, i) => refs.sections.indexOf(s) !== i));
		duplicates.forEach((d) => errors.push(where(lesson, `Section id="${d}"`) + ' : ancre en double'));
		const sameOrder = c.lessons.find((o) => o !== lesson && o.data.order === lesson.data.order);
		if (sameOrder) errors.push(where(lesson, 'order') + ` : numéro ${lesson.data.order} déjà pris par ${sameOrder.id}`);
		if (!has(c.quizzes, lesson.data.quiz)) errors.push(where(lesson, 'quiz') + ` : quiz « ${lesson.data.quiz} » inconnu`);
		if (!c.programme.some((b) => b.data.lesson === lesson.id)) {
			errors.push(where(lesson, 'id') + ' : aucune puce du programme (content/programme.json) ne désigne cette leçon');
		}
		lesson.data.programme.forEach((cover, i) => {
			const bullet = c.programme.find((b) => b.id === cover.bullet);
			const field = `programme[${i}]`;
			if (!bullet) return errors.push(where(lesson, `${field}.bullet`) + ` : puce « ${cover.bullet} » inconnue`);
			if (bullet.data.lesson !== lesson.id) {
				errors.push(where(lesson, `${field}.bullet`) + ` : la puce « ${bullet.id} » revient à la leçon ${bullet.data.lesson}`);
			}
			for (const s of cover.sections) {
				if (!refs.sections.includes(s)) errors.push(where(lesson, `${field}.sections`) + ` : pas de <Section id="${s}">`);
			}
			const count = c.questions.filter(
				(q) => q.data.lesson === lesson.id && cover.sections.includes(q.data.section)
			).length;
			if (count < MIN_QUESTIONS_PER_BULLET) {
				errors.push(
					where(lesson, `${field}`) +
						` : la puce « ${bullet.id} » n'a que ${count} question(s) dans la banque (${MIN_QUESTIONS_PER_BULLET} au moins)`
				);
			}
		});
		for (const bullet of c.programme.filter((b) => b.data.lesson === lesson.id)) {
			if (!lesson.data.programme.some((p) => p.bullet === bullet.id)) {
				errors.push(where(lesson, 'programme') + ` : la puce « ${bullet.id} » n'est couverte par aucune section`);
			}
			if (bullet.data.sequence !== lesson.data.sequence) {
				errors.push(where(lesson, 'sequence') + ` : la puce « ${bullet.id} » est de la séquence ${bullet.data.sequence}`);
			}
		}
		// Refs inside « Pour aller plus loin » are checked like the others (they print open);
		// a disclosure wrapped around a section would hide it from the section extraction's readers.
		disclosurePlacementProblems(lesson.body).forEach((p) => errors.push(where(lesson, '<PlusLoin>') + ` : ${p}`));
		refs.facts.forEach((id) => has(c.facts, id) || errors.push(where(lesson, `<Fait id="${id}">`) + ' : fait inconnu'));
		refs.terms.forEach((id) => has(c.glossary, id) || errors.push(where(lesson, `<Terme id="${id}">`) + ' : terme inconnu'));
		refs.exercises.forEach(
			(id) => has(c.exercises, id) || errors.push(where(lesson, `<Exercise id="${id}">`) + ' : exercice inconnu')
		);
		for (const link of refs.links) {
			const target = sectionsOf.get(link.lesson);
			if (!target) errors.push(where(lesson, `<LienLecon lesson="${link.lesson}">`) + ' : leçon inconnue');
			else if (link.section && !target.includes(link.section)) {
				errors.push(where(lesson, `<LienLecon section="${link.section}">`) + ` : ancre absente de ${link.lesson}`);
			}
		}
	}

	for (const q of c.questions) {
		const sections = sectionsOf.get(q.data.lesson);
		if (!sections) errors.push(where(q, 'lesson') + ` : leçon « ${q.data.lesson} » inconnue`);
		else if (!sections.includes(q.data.section)) {
			errors.push(where(q, 'section') + ` : pas de <Section id="${q.data.section}"> dans ${q.data.lesson}`);
		}
		q.data.basis.facts.forEach((f) => has(c.facts, f) || errors.push(where(q, 'basis.facts') + ` : fait « ${f} » inconnu`));
	}

	for (const quiz of c.quizzes) {
		const s = quiz.data.select;
		if (s.by === 'lesson' && !c.lessons.some((l) => l.id === s.lesson)) {
			errors.push(where(quiz, 'select.lesson') + ` : leçon « ${s.lesson} » inconnue`);
		}
		if (s.by === 'ids') {
			s.ids.forEach((id) => has(c.questions, id) || errors.push(where(quiz, 'select.ids') + ` : question « ${id} » inconnue`));
		}
	}

	for (const ex of c.exercises) {
		const data = ex.data;
		if (data.kind === 'structure') {
			// A fictional company still gets SIRET numbers that Chorus Pro would accept.
			data.scenario.structures.forEach(
				(x, i) => checkSiret(x.siret).valid || errors.push(where(ex, `scenario.structures[${i}].siret`) + ` : SIRET ${x.siret} invalide (clé de Luhn)`)
			);
		}
		if (data.kind === 'password' && !has(c.facts, data.ruleFact)) {
			errors.push(where(ex, 'ruleFact') + ` : fait « ${data.ruleFact} » inconnu`);
		}
		if (data.kind === 'payment-delay') {
			const numeric = (id: string, field: string) => {
				const fact = c.facts.find((f) => f.id === id);
				if (!fact) errors.push(where(ex, `data.${field}`) + ` : fait « ${id} » inconnu`);
				else if (fact.data.numericValue === undefined) errors.push(where(ex, `data.${field}`) + ` : le fait « ${id} » n'a pas de numericValue`);
				return fact;
			};
			data.data.buyerTypes.forEach((b) => numeric(b.delayFact, 'buyerTypes.delayFact'));
			data.data.rateFacts.forEach((id) => {
				const fact = numeric(id, 'rateFacts');
				if (fact && !fact.data.effectiveDate) errors.push(where(ex, 'data.rateFacts') + ` : le taux « ${id} » n'a pas de date (effectiveDate)`);
			});
			numeric(data.data.indemnityFact, 'indemnityFact');
			numeric(data.data.interruptionFact, 'interruptionFact');
			data.data.cases.forEach((k, i) => data.data.buyerTypes.some((b) => b.id === k.buyerType) || errors.push(where(ex, `data.cases[${i}].buyerType`) + ` : type d'acheteur « ${k.buyerType} » inconnu`));
		}
		if (data.kind === 'status-simulator' && data.data.acknowledgeFact) {
			const fact = c.facts.find((f) => f.id === data.data.acknowledgeFact);
			if (fact?.data.numericValue === undefined) errors.push(where(ex, 'data.acknowledgeFact') + ` : fait « ${data.data.acknowledgeFact} » inconnu ou sans numericValue`);
		}
		if (data.kind === 'cadre-chooser') {
			validateGuide(data.data).forEach((p) => errors.push(where(ex, `data.nodes (${p.nodeId})`) + ` : ${p.message}`));
			const reachable = new Set(reachableResults(data.data).map((r) => r.code));
			data.data.situations.forEach((sit, i) => reachable.has(sit.expected) || errors.push(where(ex, `data.situations[${i}].expected`) + ` : le guide ne mène pas à ${sit.expected}`));
			for (const target of lessonTargets(data.data)) {
				const planned = c.programme.some((b) => b.data.lesson === target.lesson);
				const written = sectionsOf.get(target.lesson);
				if (!written && !planned) errors.push(where(ex, 'data.nodes') + ` : leçon « ${target.lesson} » ni écrite ni prévue au programme`);
				if (written && target.section && !written.includes(target.section)) errors.push(where(ex, 'data.nodes') + ` : ancre « ${target.section} » absente de ${target.lesson}`);
			}
		}
		if (data.kind !== 'practice') continue;
		data.questions.forEach((id) => has(c.questions, id) || errors.push(where(ex, 'questions') + ` : question « ${id} » inconnue`));
		// Results are recorded on the questions' objectives: the exercise must not promise others.
		const asked = c.questions.filter((q) => data.questions.includes(q.id)).flatMap((q) => q.data.objectives);
		data.objectives.forEach(
			(o) => asked.includes(o) || errors.push(where(ex, 'objectives') + ` : aucune de ses questions ne porte l'objectif « ${o} »`)
		);
	}

	for (const term of c.glossary) {
		term.data.seeAlso.forEach((id) => has(c.glossary, id) || errors.push(where(term, 'seeAlso') + ` : terme « ${id} » inconnu`));
		term.data.facts.forEach((id) => has(c.facts, id) || errors.push(where(term, 'facts') + ` : fait « ${id} » inconnu`));
	}

	errors.push(
		...checkEvaluationPool({
			pool: c.pool,
			evaluations: c.evaluations,
			rule: c.evaluationRule,
			objectives: OBJECTIVE_IDS.filter((o) => has(c.objectives, o)),
			shownIds: new Set([...c.questions.map((q) => q.id), ...c.exercises.map((e) => e.id)]),
			shownTexts: [...c.lessons.map((l) => l.body), ...c.questions.map((q) => q.data.prompt), ...c.exercises.map((e) => JSON.stringify(e.data))],
			sectionsOf,
			factIds: new Set(c.facts.map((f) => f.id)),
		})
	);

	const written = new Set(c.lessons.map((l) => l.id));
	const pending = c.programme.filter((b) => !written.has(b.data.lesson)).map((b) => b.data);
	return { errors, pending };
}
