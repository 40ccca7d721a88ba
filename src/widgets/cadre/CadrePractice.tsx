import { useRef, useState } from 'preact/hooks';
import { cadreText, reachableResults, scoreSituations, type CadreChooserData } from '../../lib/cadre-chooser';
import { recordAttempt } from '../../stores/progress';
import { useRevealRequest } from '../kit/use-reveal';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: CadreChooserData;
	announce: (text: string) => void;
}

/**
 * Situations to practise on: a cadre to choose for each among those the guide reaches,
 * one attempt recorded per situation.
 */
export default function CadrePractice({ exerciseId, objectives, data, announce }: Props) {
	const [answers, setAnswers] = useState<Record<string, string | undefined>>({});
	const [checked, setChecked] = useState<'scored' | 'revealed' | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const started = useRef(Date.now());
	const cadres = reachableResults(data);
	const label = (code: string) => {
		const cadre = cadres.find((c) => c.code === code);
		return cadre ? cadreText(cadre) : code;
	};
	const situations = data.situations;

	const record = (outcome: 'scored' | 'revealed', given: Record<string, string | undefined>) => {
		const durationMs = Date.now() - started.current;
		const { verdicts } = scoreSituations(situations, given);
		for (const v of verdicts) {
			recordAttempt({ itemId: `${exerciseId}:${v.id}`, objectives, score: outcome === 'scored' && v.correct ? 1 : 0, max: 1, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const result = scoreSituations(situations, answers);
		if (result.missing.length > 0) {
			const text = `Choisissez un cadre pour chaque situation avant de vérifier : ${result.missing.length} sans réponse.`;
			setWarning(text);
			announce(text);
			return;
		}
		setWarning(null);
		record('scored', answers);
		setChecked('scored');
		announce(
			result.score === result.max
				? `Correct : ${result.score} sur ${result.max}.`
				: `À revoir : ${result.score} sur ${result.max} justes. Lisez l’explication sous chaque situation.`
		);
	};

	const reveal = () => {
		const solution = Object.fromEntries(situations.map((s) => [s.id, s.expected]));
		setAnswers(solution);
		setWarning(null);
		setChecked('revealed');
		record('revealed', solution);
		announce('Solution affichée, avec l’explication de chaque situation.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setWarning(null);
		setChecked(null);
		started.current = Date.now();
		announce('Réponses effacées : à vous.');
	};

	const { verdicts, score, max } = scoreSituations(situations, answers);
	return (
		<section class="cadre-practice" aria-labelledby={`${exerciseId}-pratique-titre`}>
			<h4 id={`${exerciseId}-pratique-titre`}>À vous : quel cadre pour chaque situation ?</h4>
			<ol class="cadre-situations">
				{situations.map((s, i) => {
					const id = `${exerciseId}-situation-${s.id}`;
					const verdict = verdicts[i];
					const missing = warning !== null && !answers[s.id];
					return (
						<li key={s.id} class="matching-row">
							<label for={id}>{s.text}</label>
							<select
								id={id}
								value={answers[s.id] ?? ''}
								aria-invalid={missing || undefined}
								aria-describedby={missing ? `${exerciseId}-pratique-alerte` : undefined}
								onChange={(e) => {
									setAnswers({ ...answers, [s.id]: (e.currentTarget as HTMLSelectElement).value || undefined });
									if (checked) setChecked(null);
								}}
							>
								<option value="">— Choisir un cadre —</option>
								{cadres.map((c) => (
									<option key={c.code} value={c.code}>
										{cadreText(c)}
									</option>
								))}
							</select>
							{checked ? (
								<p class={`feedback ${checked === 'revealed' ? 'feedback-revealed' : verdict?.correct ? 'feedback-correct' : 'feedback-wrong'}`}>
									<strong>{checked === 'revealed' ? 'Solution : ' : verdict?.correct ? '✓ Juste : ' : '✗ À revoir : '}</strong>
									{checked === 'scored' && !verdict?.correct ? `la réponse attendue est ${label(s.expected)}. ` : `${label(s.expected)}. `}
									{s.why}
								</p>
							) : null}
						</li>
					);
				})}
			</ol>
			{warning ? (
				<p id={`${exerciseId}-pratique-alerte`} class="question-warning">
					{warning}
				</p>
			) : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{checked ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{checked === 'scored' ? (
				<p class="quiz-score">
					Réponses justes : {score} sur {max}.
				</p>
			) : null}
		</section>
	);
}
