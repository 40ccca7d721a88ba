import { getEntry } from 'astro:content';
import { selectQuestions, toQuizItems } from './course';
import { lessonLinkKey, lessonTargets } from '../lib/cadre-chooser';
import { CHECKS, type JudgedItem } from '../lib/identifiers';
import type { BuyerTypeFact, RateFact } from '../lib/payment-delay';
import type { RuleFact } from '../lib/subcontract-validation';
import { lessonHref } from '../lib/url';
import type { ReformTimelineProps } from '../widgets/reform/ReformTimeline';

/**
 * Everything a placed exercise needs at build time: its validated data and the figures it
 * takes from dated facts (rates, deadlines, thresholds), the quiz items of a practice, the
 * verdicts of identifier items. One loader for the widget (<Exercise>) and its printed form
 * (src/components/print/), so that the paper says what the screen checks.
 * Errors name the exercise's file and the fact or field.
 */
export async function loadExercise(id: string) {
	const entry = await getEntry('exercises', id);
	if (!entry) throw new Error(`<Exercise id="${id}"> : exercice inconnu dans content/exercises`);
	const exercise = entry.data;

	let quizItems = null;
	if (exercise.kind === 'practice') quizItems = await toQuizItems(await selectQuestions({ by: 'ids', ids: exercise.questions }));

	let ruleFact = null;
	if (exercise.kind === 'password') {
		ruleFact = (await getEntry('facts', exercise.ruleFact))?.data;
		if (!ruleFact) throw new Error(`content/exercises/${id}.json › ruleFact : fait « ${exercise.ruleFact} » inconnu`);
	}

	// Verdicts are computed here, at build time, by the same functions as the free checker.
	let judged: JudgedItem[] = [];
	if (exercise.kind === 'identifiers') {
		judged = exercise.items.map((item) => {
			const check = CHECKS[item.type](item.value);
			const explanation = [...check.problems.map((p) => p.message), ...check.notes].join(' ') || 'Longueur, caractères et clé de contrôle sont bons.';
			return { ...item, valid: check.valid, explanation };
		});
	}

	/** A fact's number, or a build error naming the exercise and the fact. */
	async function numberOf(factId: string) {
		const fact = (await getEntry('facts', factId))?.data;
		if (fact?.numericValue === undefined) throw new Error(`content/exercises/${id}.json : le fait « ${factId} » est inconnu ou n'a pas de numericValue`);
		return { fact, value: fact.numericValue };
	}

	// The calculator's figures all come from dated facts, so a new rate is a data change.
	let delayProps: { buyerTypes: BuyerTypeFact[]; rates: RateFact[]; indemnity: number; interruptionDays: number } | null = null;
	if (exercise.kind === 'payment-delay') {
		const d = exercise.data;
		const buyerTypes = await Promise.all(
			d.buyerTypes.map(async (b) => {
				const { fact, value } = await numberOf(b.delayFact);
				return { id: b.id, label: b.label, days: value, confidence: fact.confidence, note: fact.note, source: fact.source };
			})
		);
		const rates = await Promise.all(
			d.rateFacts.map(async (factId) => {
				const { fact, value } = await numberOf(factId);
				return { from: fact.effectiveDate ?? '', rate: value, confidence: fact.confidence, note: fact.note, source: fact.source };
			})
		);
		delayProps = { buyerTypes, rates, indemnity: (await numberOf(d.indemnityFact)).value, interruptionDays: (await numberOf(d.interruptionFact)).value };
	}

	// Works deadlines are dated facts too: the widget shows their value and source.
	let worksDeadlines: { text: string; value: string; confidence: string; note?: string; source: { url: string; label: string } }[] = [];
	if (exercise.kind === 'works-circuit') {
		worksDeadlines = await Promise.all(
			exercise.data.deadlines.map(async (d) => {
				const fact = (await getEntry('facts', d.fact))?.data;
				if (!fact) throw new Error(`content/exercises/${id}.json › data.deadlines : fait « ${d.fact} » inconnu`);
				return { text: d.text, value: fact.value, confidence: fact.confidence, note: fact.note, source: fact.source };
			})
		);
	}

	// The reform's thresholds and dates are dated facts: a new law is a data change.
	let reformProps: Omit<ReformTimelineProps, 'exerciseId' | 'objectives' | 'data'> | null = null;
	if (exercise.kind === 'reform-timeline') {
		const d = exercise.data;
		const fact = async (factId: string) => {
			const found = (await getEntry('facts', factId))?.data;
			if (!found) throw new Error(`content/exercises/${id}.json : fait « ${factId} » inconnu`);
			return found;
		};
		const dated = async (factId: string) => {
			const found = await fact(factId);
			if (!found.effectiveDate) throw new Error(`content/exercises/${id}.json : le fait « ${factId} » n'a pas de date (effectiveDate)`);
			return { ...found, effectiveDate: found.effectiveDate };
		};
		const t = d.thresholds;
		reformProps = {
			thresholds: {
				microHeadcount: (await numberOf(t.microHeadcount)).value,
				microAmount: (await numberOf(t.microAmount)).value,
				pmeHeadcount: (await numberOf(t.pmeHeadcount)).value,
				pmeTurnover: (await numberOf(t.pmeTurnover)).value,
				pmeBalance: (await numberOf(t.pmeBalance)).value,
				etiHeadcount: (await numberOf(t.etiHeadcount)).value,
				etiTurnover: (await numberOf(t.etiTurnover)).value,
				etiBalance: (await numberOf(t.etiBalance)).value,
			},
			assessmentDate: (await dated(d.assessmentFact)).effectiveDate,
			obligations: await Promise.all(
				d.obligations.map(async (o) => {
					const f = await dated(o.dateFact);
					return { id: o.id, duty: o.duty, categories: o.categories, established: o.established, date: f.effectiveDate, text: o.text, confidence: f.confidence, note: f.note, source: f.source };
				})
			),
			history: await Promise.all(
				d.history.map(async (h) => ({
					id: h.id,
					text: h.text,
					dates: await Promise.all(
						h.facts.map(async (factId) => {
							const f = await dated(factId);
							return { date: f.effectiveDate, label: f.statement, confidence: f.confidence, note: f.note, source: f.source };
						})
					),
				}))
			),
			today: new Date().toISOString().slice(0, 10),
		};
	}

	let acknowledgeAfterDays: number | undefined;
	let acknowledgeNote: string | undefined;
	if (exercise.kind === 'status-simulator' && exercise.data.acknowledgeFact) {
		const fact = (await getEntry('facts', exercise.data.acknowledgeFact))?.data;
		acknowledgeAfterDays = fact?.numericValue;
		// A likely or unsure figure never travels without its note (fact schema: note required then).
		acknowledgeNote = fact?.note;
	}

	// The rules a « Factures à valider » case applies are facts: the widget shows them with source and note.
	const subcontractRules: Record<string, RuleFact> = {};
	if (exercise.kind === 'subcontract-validation') {
		for (const factId of new Set(exercise.data.cases.flatMap((c) => c.facts))) {
			const fact = (await getEntry('facts', factId))?.data;
			if (!fact) throw new Error(`content/exercises/${id}.json › data.cases.facts : fait « ${factId} » inconnu`);
			subcontractRules[factId] = { statement: fact.statement, confidence: fact.confidence, note: fact.note, source: fact.source };
		}
	}

	// Works situations point to the works lesson: a link once it is written, plain text before.
	const cadreLinks: Record<string, string | null> = {};
	if (exercise.kind === 'cadre-chooser') {
		for (const target of lessonTargets(exercise.data)) {
			cadreLinks[lessonLinkKey(target)] = (await getEntry('lessons', target.lesson)) ? lessonHref(target.lesson, target.section) : null;
		}
	}
	return { id, exercise, quizItems, ruleFact, judged, delayProps, worksDeadlines, reformProps, acknowledgeAfterDays, acknowledgeNote, subcontractRules, cadreLinks };
}

export type LoadedExercise = Awaited<ReturnType<typeof loadExercise>>;
