import type { StepResult, WorksStep } from '../../lib/works-circuit';
import { Mark, type ChoiceOption } from '../kit/ChoiceField';
import MatchPair, { type PairList } from '../kit/MatchPair';
import type { PairBinding } from '../kit/use-matching';

type Key = 'actor' | 'cadre';

interface Props {
	uid: string;
	step: WorksStep;
	/** 1-based place of the step in the learner’s order, and the number of steps. */
	position: number;
	total: number;
	actors: ChoiceOption[];
	cadres: ChoiceOption[];
	/** The verdict after « Vérifier », or null. */
	result: StepResult | null;
	binding: PairBinding<Key>;
	onMove: (delta: -1 | 1) => void;
}

/** Control ids, shared with the island so that focus can follow a moved step. */
export const stepControlId = (uid: string, stepId: string, control: 'monter' | 'descendre' | 'acteur' | 'cadre') =>
	`${uid}-${stepId}-${control}`;

/** One document of the circuit: its place with « Monter » / « Descendre », its actor and its cadre. */
export default function WorksStepItem(p: Props) {
	const { uid, step, result } = p;
	const docId = `${uid}-${step.id}-document`;
	const lists: PairList<Key>[] = [
		{ key: 'actor', word: 'acteur', label: 'Acteur qui dépose', options: p.actors },
		{ key: 'cadre', word: 'cadre', label: 'Cadre de facturation', options: p.cadres },
	];
	const moveButton = (delta: -1 | 1, control: 'monter' | 'descendre', label: string, stuck: boolean) => (
		<button type="button" id={stepControlId(uid, step.id, control)} class="btn-small" aria-describedby={docId} aria-disabled={stuck} onClick={() => p.onMove(delta)}>
			{label}
		</button>
	);
	return (
		<li class="works-step">
			<fieldset class="question">
				<legend id={docId}>{step.document}</legend>
				<div class="works-order">
					<span class="works-position">
						Position {p.position} sur {p.total}
						{result ? (
							<>
								{' '}
								<Mark ok={result.positionOk} what="position" />
							</>
						) : null}
					</span>
					<span class="ordering-buttons">
						{moveButton(-1, 'monter', 'Monter', p.position === 1)}
						{moveButton(1, 'descendre', 'Descendre', p.position === p.total)}
					</span>
				</div>
				<MatchPair
					base={`${uid}-${step.id}`}
					lists={lists}
					ok={result ? { actor: result.actorOk, cadre: result.cadreOk } : null}
					lead={result ? [['position', result.positionOk]] : undefined}
					why={step.why}
					fieldsClass="works-fields"
					{...p.binding}
				/>
			</fieldset>
		</li>
	);
}
