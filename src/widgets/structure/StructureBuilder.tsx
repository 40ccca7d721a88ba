import { useRef, useState } from 'preact/hooks';
import { checkStructure, emptyStructureAnswer, structureSolution, type StructureCheck } from '../lib/structure-check';
import type { StructureScenario } from '../schemas/structure-scenario';
import { recordAttempt } from '../stores/progress';
import StructureSteps from './structure/StructureSteps';
import { useRevealRequest } from './kit/use-reveal';

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
	const [result, setResult] = useState<(StructureCheck & { revealed: boolean }) | null>(null);
	const [live, setLive] = useState('');
	const summary = useRef<HTMLDivElement>(null);
	const started = useRef(Date.now());
	const uid = exerciseId;

	const verify = () => {
		const check = checkStructure(scenario, answer, uid);
		setResult({ ...check, revealed: false });
		recordAttempt({ itemId: exerciseId, objectives, score: check.score, max: check.max, outcome: 'scored', context: 'lesson', durationMs: Date.now() - started.current });
		setLive(check.mistakes.length === 0 ? `Correct : ${check.score} sur ${check.max}.` : `Il y a ${check.mistakes.length} erreur${check.mistakes.length > 1 ? 's' : ''} : ${check.score} sur ${check.max}.`);
		// Focus moves to the summary (GOV.UK pattern) once it is rendered.
		setTimeout(() => summary.current?.focus(), 0);
	};

	const reveal = () => {
		const solution = structureSolution(scenario);
		setAnswer(solution);
		const check = checkStructure(scenario, solution, uid);
		setResult({ ...check, revealed: true });
		recordAttempt({ itemId: exerciseId, objectives, score: 0, max: check.max, outcome: 'revealed', context: 'lesson', durationMs: Date.now() - started.current });
		setLive('Solution affichée : les décisions d’un gestionnaire attentif sont cochées.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswer(emptyStructureAnswer());
		setResult(null);
		started.current = Date.now();
		setLive('Tout est effacé : à vous.');
	};

	const mistakes = result && !result.revealed ? result.mistakes : [];
	return (
		<div class="widget structure-builder">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictif ; les libellés de profils marqués « libellé indicatif » ne sont pas confirmés.</p>
			<p class="scenario-context">{scenario.context}</p>
			<div class="table-wrap" role="region" tabIndex={0} aria-label="Structures et services du cas">
				<table class="objectives-table">
					<caption>Structures et services</caption>
					<thead>
						<tr>
							<th scope="col">Structure</th>
							<th scope="col">SIRET</th>
							<th scope="col">Services (code)</th>
						</tr>
					</thead>
					<tbody>
						{scenario.structures.map((st) => (
							<tr key={st.id}>
								<th scope="row">{st.name}</th>
								<td>{st.siret}</td>
								<td>{scenario.services.filter((v) => v.structure === st.id).map((v) => `${v.label} (${v.code})`).join(', ') || 'aucun'}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{result && !result.revealed ? (
				<div ref={summary} tabIndex={-1} class={mistakes.length ? 'error-summary' : 'success-summary'} aria-labelledby={`${uid}-bilan`}>
					<h4 id={`${uid}-bilan`}>
						{mistakes.length === 0 ? `✓ Aucune erreur : ${result.score} sur ${result.max}` : `Il y a ${mistakes.length} erreur${mistakes.length > 1 ? 's' : ''} (${result.score} sur ${result.max})`}
					</h4>
					{mistakes.length > 0 ? (
						<ul>
							{mistakes.map((m) => (
								<li key={m.message}>
									<a href={`#${m.field}`}>{m.message}</a>
								</li>
							))}
						</ul>
					) : null}
				</div>
			) : null}
			<StructureSteps
				uid={uid}
				scenario={scenario}
				answer={answer}
				mistakes={mistakes}
				onChange={(next) => {
					setAnswer(next);
				}}
			/>
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{result ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{result?.revealed ? (
				<div class="feedback feedback-revealed">
					<p>
						<strong>Solution.</strong> Pourquoi :
					</p>
					<ul>
						{scenario.requests.map((r) => (
							<li key={r.id}>
								{scenario.people.find((p) => p.id === r.person)?.name} : {r.expected === 'accepter' ? 'valider' : 'refuser'}. {r.why}
							</li>
						))}
						{scenario.users.map((u) => (
							<li key={u.person}>
								{scenario.people.find((p) => p.id === u.person)?.name} : {u.why}
							</li>
						))}
						{scenario.decision ? <li>{scenario.decision.options.find((o) => o.correct)?.why}</li> : null}
					</ul>
				</div>
			) : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
