// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import type { JSX } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHECKS, type JudgedItem } from '../../src/lib/identifiers';
import { exerciseItemIds, recordedItemIds } from '../../src/lib/item-ids';
import { toQuizItem } from '../../src/lib/quiz-item';
import type { QuizItem } from '../../src/lib/quiz-types';
import { createSafeStorage } from '../../src/lib/storage';
import type { RuleFact } from '../../src/lib/subcontract-validation';
import { lessonHref } from '../../src/lib/url';
import { ExerciseSchema, type Exercise } from '../../src/schemas/exercise';
import { FactSchema, type Fact } from '../../src/schemas/fact';
import { QuestionSchema, type Question } from '../../src/schemas/question';
import { $progress, connectStorage } from '../../src/stores/progress';
import CadreChooser from '../../src/widgets/cadre/CadreChooser';
import IdentifierExercise from '../../src/widgets/identifiers/IdentifierExercise';
import InvoiceFormExercise from '../../src/widgets/invoice/InvoiceFormExercise';
import PasswordChecker from '../../src/widgets/password/PasswordChecker';
import PaymentDelayCalculator from '../../src/widgets/payment-delay/PaymentDelayCalculator';
import Quiz from '../../src/widgets/quiz/Quiz';
import ReformTimeline from '../../src/widgets/reform/ReformTimeline';
import RejectionMatching from '../../src/widgets/rejection/RejectionMatching';
import StatusSimulator from '../../src/widgets/status/StatusSimulator';
import StructureBuilder from '../../src/widgets/structure/StructureBuilder';
import SubcontractValidation from '../../src/widgets/subcontract/SubcontractValidation';
import SupportChooser from '../../src/widgets/support/SupportChooser';
import WorksDeposit from '../../src/widgets/works-deposit/WorksDeposit';
import WorksCircuit from '../../src/widgets/works/WorksCircuit';
import { FakeStorage } from '../support/fake-storage';

/**
 * For every exercise of the content, the ids src/lib/item-ids.ts lists are exactly those its
 * widget records: each widget is rendered with its real data and the props
 * src/components/mdx/Exercise.astro gives it (facts resolved the same way), « Voir la solution »
 * is pressed on every case it offers, and the stored progress is read back.
 */

const content = join(process.cwd(), 'content');
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = (dir: string) =>
	readdirSync(join(content, dir))
		.filter((f) => f.endsWith('.json') && !f.startsWith('_'))
		.sort();

const facts = new Map<string, Fact>(files('facts').flatMap((f) => (json(join(content, 'facts', f)) as unknown[]).map((raw) => FactSchema.parse(raw)).map((fact) => [fact.id, fact] as const)));
const questions = new Map<string, Question>(
	files('questions').flatMap((f) => (json(join(content, 'questions', f)) as unknown[]).map((raw) => QuestionSchema.parse(raw)).map((q) => [q.id, q] as const))
);
const exercises = files('exercises').map((f) => ({ id: f.replace(/\.json$/, ''), data: ExerciseSchema.parse(json(join(content, 'exercises', f))) }));

/** A fact of the content, or a test failure naming it. */
function fact(id: string): Fact {
	const found = facts.get(id);
	if (!found) throw new Error(`fait « ${id} » introuvable dans content/facts`);
	return found;
}
function numberOf(id: string): number {
	const value = fact(id).numericValue;
	if (value === undefined) throw new Error(`le fait « ${id} » n’a pas de numericValue`);
	return value;
}
function dated(id: string): Fact & { effectiveDate: string } {
	const found = fact(id);
	if (!found.effectiveDate) throw new Error(`le fait « ${id} » n’a pas de date`);
	return { ...found, effectiveDate: found.effectiveDate };
}

/** A bank question as the quiz island receives it (the section title does not matter here). */
const quizItem = (q: Question): QuizItem => toQuizItem(q, { href: lessonHref(q.lesson, q.section), title: q.section });

/** The island Exercise.astro renders for this exercise, with the props it computes at build time. */
function widget(id: string, exercise: Exercise): JSX.Element {
	const common = { exerciseId: id, objectives: exercise.objectives };
	switch (exercise.kind) {
		case 'practice':
			return (
				<Quiz
					quizId={id}
					items={exercise.questions.map((q) => {
						const question = questions.get(q);
						if (!question) throw new Error(`question « ${q} » introuvable`);
						return quizItem(question);
					})}
					context="lesson"
				/>
			);
		case 'password': {
			const rule = fact(exercise.ruleFact);
			return <PasswordChecker {...common} rule={{ minLength: exercise.minLength, minCharacterTypes: exercise.minCharacterTypes }} unsure={rule.confidence === 'unsure'} source={rule.source} note={rule.note} />;
		}
		case 'identifiers': {
			const judged: JudgedItem[] = exercise.items.map((item) => {
				const check = CHECKS[item.type](item.value);
				return { ...item, valid: check.valid, explanation: [...check.problems.map((p) => p.message), ...check.notes].join(' ') || 'Bon.' };
			});
			return <IdentifierExercise {...common} items={judged} freeCheck={exercise.freeCheck} />;
		}
		case 'structure':
			return <StructureBuilder {...common} scenario={exercise.scenario} />;
		case 'invoice-form':
			return <InvoiceFormExercise {...common} cadres={exercise.cadres} scenarios={exercise.scenarios} />;
		case 'cadre-chooser':
			// Lesson links only change a link's text: none is resolved here.
			return <CadreChooser {...common} data={exercise.data} lessonLinks={{}} />;
		case 'status-simulator': {
			const ack = exercise.data.acknowledgeFact ? fact(exercise.data.acknowledgeFact) : undefined;
			return <StatusSimulator {...common} data={exercise.data} acknowledgeAfterDays={ack?.numericValue} acknowledgeNote={ack?.note} />;
		}
		case 'payment-delay': {
			const d = exercise.data;
			const buyerTypes = d.buyerTypes.map((b) => {
				const f = fact(b.delayFact);
				return { id: b.id, label: b.label, days: numberOf(b.delayFact), confidence: f.confidence, note: f.note, source: f.source };
			});
			const rates = d.rateFacts.map((r) => {
				const f = fact(r);
				return { from: f.effectiveDate ?? '', rate: numberOf(r), confidence: f.confidence, note: f.note, source: f.source };
			});
			return <PaymentDelayCalculator {...common} data={d} buyerTypes={buyerTypes} rates={rates} indemnity={numberOf(d.indemnityFact)} interruptionDays={numberOf(d.interruptionFact)} />;
		}
		case 'reform-timeline': {
			const d = exercise.data;
			const t = d.thresholds;
			return (
				<ReformTimeline
					{...common}
					data={d}
					thresholds={{
						microHeadcount: numberOf(t.microHeadcount),
						microAmount: numberOf(t.microAmount),
						pmeHeadcount: numberOf(t.pmeHeadcount),
						pmeTurnover: numberOf(t.pmeTurnover),
						pmeBalance: numberOf(t.pmeBalance),
						etiHeadcount: numberOf(t.etiHeadcount),
						etiTurnover: numberOf(t.etiTurnover),
						etiBalance: numberOf(t.etiBalance),
					}}
					assessmentDate={dated(d.assessmentFact).effectiveDate}
					obligations={d.obligations.map((o) => {
						const f = dated(o.dateFact);
						return { id: o.id, duty: o.duty, categories: o.categories, established: o.established, date: f.effectiveDate, text: o.text, confidence: f.confidence, note: f.note, source: f.source };
					})}
					history={d.history.map((h) => ({
						id: h.id,
						text: h.text,
						dates: h.facts.map((factId) => {
							const f = dated(factId);
							return { date: f.effectiveDate, label: f.statement, confidence: f.confidence, note: f.note, source: f.source };
						}),
					}))}
					today={new Date().toISOString().slice(0, 10)}
				/>
			);
		}
		case 'works-circuit': {
			const deadlines = exercise.data.deadlines.map((d) => {
				const f = fact(d.fact);
				return { text: d.text, value: f.value, confidence: f.confidence, note: f.note, source: f.source };
			});
			return <WorksCircuit {...common} data={exercise.data} deadlines={deadlines} />;
		}
		case 'works-deposit':
			return <WorksDeposit {...common} data={exercise.data} />;
		case 'support-chooser':
			return <SupportChooser {...common} data={exercise.data} />;
		case 'rejection-matching':
			return <RejectionMatching {...common} data={exercise.data} />;
		case 'subcontract-validation': {
			const rules: Record<string, RuleFact> = {};
			for (const id of new Set(exercise.data.cases.flatMap((c) => c.facts))) {
				const f = fact(id);
				rules[id] = { statement: f.statement, confidence: f.confidence, note: f.note, source: f.source };
			}
			return <SubcontractValidation {...common} data={exercise.data} rules={rules} />;
		}
	}
}

const solutionButtons = (root: HTMLElement) => within(root).queryAllByRole('button', { name: 'Voir la solution' });

/**
 * Presses « Voir la solution » everywhere it is offered, then on each other case of the widget's
 * « Cas à traiter » / « Scénario » list (`<exerciseId>-scenario`), as a learner would.
 */
async function revealEverything(root: HTMLElement, id: string): Promise<void> {
	for (const button of solutionButtons(root)) fireEvent.click(button);
	const picker = () => root.querySelector<HTMLSelectElement>(`select[id="${id}-scenario"]`);
	const first = picker();
	if (!first) return;
	const others = [...first.options].map((o) => o.value).filter((v) => v !== first.value);
	for (const value of others) {
		fireEvent.change(picker() as HTMLSelectElement, { target: { value } });
		await waitFor(() => expect(solutionButtons(root).length).toBeGreaterThan(0));
		for (const button of solutionButtons(root)) fireEvent.click(button);
	}
}

/** Every item id a widget recorded in the tests below, all exercises together. */
const recorded = new Set<string>();

beforeEach(() => connectStorage(createSafeStorage(() => new FakeStorage())));
afterEach(cleanup);

describe('the ids listed for each exercise are the ids its widget records', () => {
	test('the content has an exercise of every kind, so that each widget is checked below', () => {
		const kinds = ExerciseSchema.options.map((o) => o.shape.kind.value);
		expect(new Set(exercises.map((e) => e.data.kind))).toEqual(new Set(kinds));
	});

	test.each(exercises.map((e) => [e.id, e.data] as const))('%s', async (id, exercise) => {
		const { container } = render(widget(id, exercise));

		await revealEverything(container as HTMLElement, id);

		const attempts = $progress.get().attempts;
		for (const item of Object.keys(attempts)) recorded.add(item);
		expect(Object.keys(attempts).sort()).toEqual([...exerciseItemIds(id, exercise)].sort());
		for (const list of Object.values(attempts)) expect(list.map((a) => a.outcome)).toEqual(['revealed']);
	});

	// Runs after the widgets above (tests of a file run in order): needs them all, not a filtered run.
	test('the course list is the bank questions plus what the widgets recorded, nothing else', () => {
		expect(recordedItemIds([...questions.values()], exercises)).toEqual([...new Set([...questions.keys(), ...recorded])].sort());
	});
});
