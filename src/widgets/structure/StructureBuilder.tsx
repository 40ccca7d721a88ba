import { useRef, useState } from 'preact/hooks';
import { checkStructure, emptyStructureAnswer, structureSolution, type StructureAnswer, type StructureCheck } from '../../lib/structure-check';
import type { StructureScenario } from '../../schemas/structure-scenario';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import { StructureSolution, StructureSummary } from './StructureReview';
import StructureSteps from './StructureSteps';
import StructureTable from './StructureTable';

interface Props {
	exerciseId: string;
	objectives: string[];
	scenario: StructureScenario;
}

/**
 * Administer a structure as its gestionnaire: approve or refuse rattachement requests, set
 * each user's profiles and services, take the decision the case needs. The check lists every
 * mistake with its reason, in an error summary that links to the fields.
 */
export default function StructureBuilder({ exerciseId, objectives, scenario }: Props) {
	const [answer, setAnswer] = useState(emptyStructureAnswer);
	const summary = useRef<HTMLDivElement>(null);
	const uid = exerciseId;
	const practice = usePractice<StructureCheck>({
		id: exerciseId,
		objectives,
		answer,
		check: () => {
			const check = checkStructure(scenario, answer, uid);
			// Focus moves to the summary (GOV.UK pattern) once it is rendered.
			setTimeout(() => summary.current?.focus(), 0);
			const n = check.mistakes.length;
			return {
				result: check,
				items: [{ itemId: exerciseId, score: check.score, max: check.max }],
				feedback: n === 0 ? `Correct\u00a0: ${check.score} sur ${check.max}.` : `Il y a ${n} erreur${n > 1 ? 's' : ''}\u00a0: ${check.score} sur ${check.max}.`,
			};
		},
		solution: () => {
			const solution = structureSolution(scenario);
			return {
				items: [{ itemId: exerciseId, score: 0, max: checkStructure(scenario, solution, uid).max }],
				show: () => setAnswer(solution),
				message: 'Solution affichée\u00a0: les décisions d’un gestionnaire attentif sont cochées.',
			};
		},
		reset: () => {
			setAnswer(emptyStructureAnswer());
			return 'Tout est effacé\u00a0: à vous.';
		},
	});
	const { phase, result } = practice;

	return (
		<div class="widget structure-builder" ref={practice.rootRef}>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictif&#8239;; les libellés de profils marqués «&nbsp;libellé indicatif&nbsp;» ne sont pas confirmés.</p>
			<p class="scenario-context">{scenario.context}</p>
			<StructureTable scenario={scenario} />
			{phase === 'checked' && result ? <StructureSummary uid={uid} result={result} summaryRef={summary} /> : null}
			<StructureSteps
				uid={uid}
				scenario={scenario}
				answer={answer}
				mistakes={phase === 'checked' && result ? result.mistakes : []}
				onChange={(update: (a: StructureAnswer) => StructureAnswer) => {
					setAnswer(update);
					practice.edit();
				}}
			/>
			<PracticeActions practice={practice} />
			{phase === 'revealed' ? <StructureSolution scenario={scenario} /> : null}
			<LiveRegion text={practice.live} />
		</div>
	);
}
