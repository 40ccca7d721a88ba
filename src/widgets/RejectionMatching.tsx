import { useRef, useState } from 'preact/hooks';
import {
	answerFor,
	countIncomplete,
	countMissing,
	initialOrder,
	rejectionSolution,
	reshuffle,
	scoreRejections,
	type RejectionAnswers,
	type RejectionCheck,
	type RejectionMatchingData,
} from '../lib/rejection-matching';
import { recordAttempt } from '../stores/progress';
import RejectionCaseItem from './rejection/RejectionCaseItem';
import { useRevealRequest } from './kit/use-reveal';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: RejectionMatchingData;
}

/**
 * Returned invoices: for each one, the cause of the return and what the supplier does, chosen
 * from two lists (no dragging). Each invoice is recorded as its own item, scored out of 2.
 */
export default function RejectionMatching({ exerciseId, objectives, data }: Props) {
	const [order, setOrder] = useState(() => initialOrder(data.cases, exerciseId));
	const [answers, setAnswers] = useState<RejectionAnswers>({});
	const [check, setCheck] = useState<RejectionCheck | null>(null);
	const [revealed, setRevealed] = useState(false);
	const [warning, setWarning] = useState<string | null>(null);
	const [live, setLive] = useState('');
	const started = useRef(Date.now());
	const list = useRef<HTMLOListElement>(null);
	const uid = exerciseId;

	const record = (outcome: 'scored' | 'revealed', result: RejectionCheck) => {
		const durationMs = Date.now() - started.current;
		for (const r of result.cases) {
			recordAttempt({ itemId: `${exerciseId}:${r.caseId}`, objectives, score: outcome === 'scored' ? r.score : 0, max: r.max, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const missing = countMissing(data.cases, answers);
		if (missing > 0) {
			const cases = countIncomplete(data.cases, answers);
			const text =
				'Choisissez une cause et une action pour chaque facture avant de vérifier : ' +
				`${cases} facture${cases > 1 ? 's' : ''} incomplète${cases > 1 ? 's' : ''} (${missing} liste${missing > 1 ? 's' : ''} sans réponse).`;
			setWarning(text);
			setLive(text);
			return;
		}
		const result = scoreRejections(data, answers);
		setWarning(null);
		setCheck(result);
		record('scored', result);
		setLive(
			result.score === result.max
				? `Correct : ${result.score} sur ${result.max}.`
				: `À revoir : ${result.score} sur ${result.max}. Lisez l’explication sous chaque facture.`
		);
	};

	const reveal = () => {
		const solution = rejectionSolution(data);
		setAnswers(solution);
		setCheck(null);
		setWarning(null);
		// A second click on « Voir la solution » shows the same thing: it is not a new attempt.
		if (!revealed) record('revealed', scoreRejections(data, solution));
		setRevealed(true);
		setLive('Solution affichée : la cause et l’action de chaque facture, avec l’explication.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setCheck(null);
		setRevealed(false);
		setWarning(null);
		setOrder(reshuffle(order));
		started.current = Date.now();
		setLive('Réponses effacées et factures mélangées : à vous.');
		// The « Réessayer » button goes away: focus goes to the first list, where work resumes.
		setTimeout(() => list.current?.querySelector('select')?.focus(), 0);
	};

	const byId = new Map(data.cases.map((c) => [c.id, c]));
	return (
		<div class="widget rejection-matching">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Cas fictifs.</p>
			<p class="question-hint rejection-note">
				Dans Chorus Pro, le motif est un texte libre tapé par le destinataire : il n’existe pas de liste officielle. Les motifs
				ci-dessous sont des exemples typiques.
			</p>
			<ol ref={list} class="rejection-cases">
				{order.map((id) => {
					const item = byId.get(id);
					if (!item) return null;
					return (
						<RejectionCaseItem
							key={id}
							uid={uid}
							item={item}
							causes={data.causes}
							actions={data.actions}
							answer={answerFor(answers, id)}
							result={check?.cases.find((r) => r.caseId === id) ?? null}
							revealed={revealed}
							flagEmpty={warning !== null}
							onChange={(a) => {
								setAnswers({ ...answers, [id]: a });
								// Feedback on a changed answer would be stale.
								setCheck(null);
								setRevealed(false);
							}}
						/>
					);
				})}
			</ol>
			{warning ? <p class="question-warning">{warning}</p> : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{check || revealed ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{check ? (
				<p class="quiz-score">
					Réponses justes : {check.score} sur {check.max}.
				</p>
			) : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
