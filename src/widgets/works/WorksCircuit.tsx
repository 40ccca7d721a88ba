import { moveWorksStep, worksExercise, type WorksCircuitData, type WorksDeadline } from '../../lib/works-circuit';
import { MatchExercise } from '../kit/MatchPair';
import { useMatching } from '../kit/use-matching';
import WorksDeadlines from './WorksDeadlines';
import WorksStepItem, { stepControlId } from './WorksStepItem';

export type { WorksDeadline } from '../../lib/works-circuit';

/** The island’s props; `deadlines` are resolved at build time from `data.deadlines`’ facts. */
export interface WorksCircuitProps {
	exerciseId: string;
	objectives: string[];
	data: WorksCircuitData;
	deadlines: WorksDeadline[];
}

/**
 * The works circuit: put the documents of a works contract in order with « Monter » /
 * « Descendre » (no dragging) and give each its actor and cadre. One attempt for the whole
 * circuit, one point per right position, actor and cadre.
 */
export default function WorksCircuit({ exerciseId, objectives, data, deadlines }: WorksCircuitProps) {
	const uid = exerciseId;
	const total = data.steps.length;
	// The first control is the first step's « Monter », which cannot move: work resumes at its lists.
	const m = useMatching({ id: exerciseId, objectives, ...worksExercise(data, exerciseId), resumeAt: 'select' });
	const { practice, order } = m;
	const byId = new Map(data.steps.map((s) => [s.id, s]));
	const actors = data.actors.map((a) => ({ value: a.id, text: a.label }));
	const cadres = data.cadres.map((c) => ({ value: c.code, text: `${c.code} — ${c.label}` }));

	const move = (id: string, delta: -1 | 1) => {
		const name = byId.get(id)?.document ?? '';
		const moved = moveWorksStep(order, id, delta);
		if (!moved) {
			practice.announce(`L’étape «\u00a0${name}\u00a0» est déjà en position ${order.indexOf(id) + 1} sur ${total}.`);
			return;
		}
		m.reorder(moved.order);
		practice.announce(`Étape «\u00a0${name}\u00a0» déplacée en position ${moved.position} sur ${total}.`);
		// Moving the list item can drop focus in some browsers: put it back on the button pressed.
		const button = stepControlId(uid, id, delta < 0 ? 'monter' : 'descendre');
		setTimeout(() => document.getElementById(button)?.focus(), 0);
	};

	const intro = (
		<>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Marché fictif.</p>
			<p class="question-hint">
				Remettez les documents dans l’ordre du circuit avec «&nbsp;Monter&nbsp;» et «&nbsp;Descendre&nbsp;», puis choisissez pour chacun l’acteur qui le
				dépose et son cadre de facturation.
			</p>
		</>
	);
	return (
		<MatchExercise
			matching={m}
			class="widget works-circuit"
			intro={intro}
			listId={`${uid}-etapes`}
			listClass="works-steps"
			item={(id, index) => {
				const step = byId.get(id);
				const result = practice.result?.steps.find((r) => r.stepId === id) ?? null;
				return step ? (
					<WorksStepItem
						key={id}
						uid={uid}
						step={step}
						position={index + 1}
						total={total}
						actors={actors}
						cadres={cadres}
						result={result}
						binding={m.pair(id)}
						onMove={(delta) => move(id, delta)}
					/>
				) : null;
			}}
			after={practice.phase !== 'answering' ? <WorksDeadlines uid={uid} deadlines={deadlines} /> : null}
		/>
	);
}
