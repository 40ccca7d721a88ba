import type { StepAnswer, StepResult, WorksStep } from '../../lib/works-circuit';
import ChoiceField, { Mark, type ChoiceOption } from './ChoiceField';

interface Props {
	uid: string;
	step: WorksStep;
	/** 1-based place of the step in the learner’s order, and the number of steps. */
	position: number;
	total: number;
	actors: ChoiceOption[];
	cadres: ChoiceOption[];
	answer: StepAnswer;
	/** The verdict after « Vérifier », or null. */
	result: StepResult | null;
	revealed: boolean;
	/** True after a « Vérifier » refused for missing answers: empty selects are marked invalid. */
	flagEmpty: boolean;
	onMove: (delta: -1 | 1) => void;
	onChange: (answer: StepAnswer) => void;
}

/** Control ids, shared with the island so that focus can follow a moved step. */
export const stepControlId = (uid: string, stepId: string, control: 'monter' | 'descendre' | 'acteur' | 'cadre') =>
	`${uid}-${stepId}-${control}`;

/** One document of the circuit: its place with « Monter » / « Descendre », its actor and its cadre. */
export default function WorksStepItem(p: Props) {
	const { uid, step, result } = p;
	const docId = `${uid}-${step.id}-document`;
	const words = (ok: boolean) => (ok ? 'juste' : 'à revoir');
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
						<button
							type="button"
							id={stepControlId(uid, step.id, 'monter')}
							class="btn-small"
							aria-describedby={docId}
							aria-disabled={p.position === 1}
							onClick={() => p.onMove(-1)}
						>
							Monter
						</button>
						<button
							type="button"
							id={stepControlId(uid, step.id, 'descendre')}
							class="btn-small"
							aria-describedby={docId}
							aria-disabled={p.position === p.total}
							onClick={() => p.onMove(1)}
						>
							Descendre
						</button>
					</span>
				</div>
				<div class="works-fields">
					<ChoiceField
						id={stepControlId(uid, step.id, 'acteur')}
						label="Acteur qui dépose"
						value={p.answer.actor}
						options={p.actors}
						invalid={p.flagEmpty && !p.answer.actor}
						ok={result?.actorOk}
						onChange={(actor) => p.onChange({ ...p.answer, actor })}
					/>
					<ChoiceField
						id={stepControlId(uid, step.id, 'cadre')}
						label="Cadre de facturation"
						value={p.answer.cadre}
						options={p.cadres}
						invalid={p.flagEmpty && !p.answer.cadre}
						ok={result?.cadreOk}
						onChange={(cadre) => p.onChange({ ...p.answer, cadre })}
					/>
				</div>
				{p.revealed ? (
					<p class="feedback feedback-revealed">
						<strong>Solution : </strong>
						{step.why}
					</p>
				) : result ? (
					<p class={`feedback ${result.score === result.max ? 'feedback-correct' : 'feedback-wrong'}`}>
						<strong>
							{result.score === result.max ? '✓ Juste' : '✗ À revoir'} ({result.score} sur {result.max} : position {words(result.positionOk)},
							acteur {words(result.actorOk)}, cadre {words(result.cadreOk)}).
						</strong>{' '}
						{step.why}
					</p>
				) : null}
			</fieldset>
		</li>
	);
}
