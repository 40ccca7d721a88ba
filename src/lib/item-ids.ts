import type { PairExercise, Scored } from './choice-pairs';
import { rejectionExercise } from './rejection-matching';
import { supportExercise } from './support-chooser';
import { worksExercise } from './works-circuit';
import type { Exercise } from '../schemas/exercise';

/**
 * The item ids the course can record, from its content (issue 11): an imported progress whose
 * attempts name any other id (retired ids aside) is refused. Pure, so that the build
 * (src/data/item-ids.ts) and the tests derive the list the same way.
 */

/**
 * What the practice kit records on « Voir la solution » for a two-list matching exercise: the
 * widget's own items of its scored solution (src/widgets/kit/use-matching.ts), so that an
 * exercise that records one item for the whole circuit and one that records one per case are
 * both read from the same function the widget runs.
 */
function matchingIds<K extends string, C extends Scored>(exercise: PairExercise<K, C>): string[] {
	const solved = exercise.solution();
	return exercise.items(exercise.score(solved.answers, solved.order ?? exercise.initialOrder())).map((i) => i.itemId);
}

/** `exerciseId:partId` for each part, the shape of a widget that records one item per part. */
const parts = (exerciseId: string, ids: readonly { id: string }[]) => ids.map((p) => `${exerciseId}:${p.id}`);

/** The ids one exercise's widget passes to the kit, as the widget builds them from the same data. */
export function exerciseItemIds(exerciseId: string, exercise: Exercise): string[] {
	switch (exercise.kind) {
		// Quiz.tsx › QuestionCard.tsx: each bank question under its own id (`item.id`).
		case 'practice':
			return [...exercise.questions];
		// PasswordChecker.tsx: one item, `exerciseId`.
		case 'password':
			return [exerciseId];
		// StructureBuilder.tsx: one item, `exerciseId`.
		case 'structure':
			return [exerciseId];
		// IdentifierExercise.tsx: one item per number judged, `exerciseId:itemId`.
		case 'identifiers':
			return parts(exerciseId, exercise.items);
		// InvoiceFormExercise.tsx: one item per scenario, `exerciseId:scenarioId`.
		case 'invoice-form':
			return parts(exerciseId, exercise.scenarios);
		// CadrePractice.tsx (in CadreChooser.tsx): one item per situation, `exerciseId:situationId`;
		// the guide above it records nothing.
		case 'cadre-chooser':
			return parts(exerciseId, exercise.data.situations);
		// StatusSimulator.tsx: one item per scenario (its run), `exerciseId:scenarioId`.
		case 'status-simulator':
			return parts(exerciseId, exercise.data.scenarios);
		// DelayPractice.tsx through kit/use-cases.ts: one item per case, `exerciseId:caseId`; the
		// calculator above records nothing. A case whose figures cannot be computed from its facts
		// (a content fault the build's facts would show) is left unscored by the widget: its id is
		// listed all the same, since facts are not part of the exercise data.
		case 'payment-delay':
			return parts(exerciseId, exercise.data.cases);
		// CategoryPractice.tsx (in ReformTimeline.tsx) through kit/use-cases.ts: one item per
		// company, `exerciseId:caseId`; the calendar records nothing. As for payment delays, a case
		// the thresholds' facts cannot classify is still listed.
		case 'reform-timeline':
			return parts(exerciseId, exercise.data.cases);
		// WorksCircuit.tsx › lib/works-circuit.ts `worksExercise`: the whole circuit is one item.
		case 'works-circuit':
			return matchingIds(worksExercise(exercise.data, exerciseId));
		// SupportChooser.tsx › lib/support-chooser.ts `supportExercise`: one per situation.
		case 'support-chooser':
			return matchingIds(supportExercise(exercise.data, exerciseId));
		// RejectionMatching.tsx › lib/rejection-matching.ts `rejectionExercise`: one per case.
		case 'rejection-matching':
			return matchingIds(rejectionExercise(exercise.data, exerciseId));
		// WorksDeposit.tsx: one item per case, `exerciseId:scenarioId`.
		case 'works-deposit':
			return parts(exerciseId, exercise.data.scenarios);
		// subcontract/CasePractice.tsx: one item per request, `exerciseId:caseId`.
		case 'subcontract-validation':
			return parts(exerciseId, exercise.data.cases);
	}
}

/**
 * Every item id the course can record: each bank question under its own id (lesson practices and
 * quizzes, « avant » and « après » included), and each exercise's items as its widget records
 * them. Sorted, without duplicates.
 */
export function recordedItemIds(questions: readonly { id: string }[], exercises: readonly { id: string; data: Exercise }[]): string[] {
	const ids = new Set(questions.map((q) => q.id));
	for (const e of exercises) for (const id of exerciseItemIds(e.id, e.data)) ids.add(id);
	return [...ids].sort();
}
