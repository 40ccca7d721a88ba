import { useState } from 'preact/hooks';
import { cadreText, reachableResults, scoreSituations, type CadreChooserData, type SituationScore } from '../../lib/cadre-chooser';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: CadreChooserData;
	/** Writes to the widget's one live region, shared with the guide. */
	announce: (text: string) => void;
}

/**
 * Situations to practise on: a cadre to choose for each among those the guide reaches,
 * one item recorded per situation (`exerciseId:situationId`).
 */
export default function CadrePractice({ exerciseId, objectives, data, announce }: Props) {
	const [answers, setAnswers] = useState<Record<string, string | undefined>>({});
	const cadres = reachableResults(data);
	const label = (code: string) => {
		const cadre = cadres.find((c) => c.code === code);
		return cadre ? cadreText(cadre) : code;
	};
	const situations = data.situations;
	const itemId = (id: string) => `${exerciseId}:${id}`;
	const practice = usePractice<SituationScore>({
		id: exerciseId,
		objectives,
		answer: answers,
		announce,
		check: () => {
			const result = scoreSituations(situations, answers);
			if (result.missing.length > 0) return { missing: `Choisissez un cadre pour chaque situation avant de vérifier\u00a0: ${result.missing.length} sans réponse.` };
			return {
				result,
				items: result.verdicts.map((v) => ({ itemId: itemId(v.id), score: v.correct ? 1 : 0, max: 1 })),
				feedback:
					result.score === result.max
						? `Correct\u00a0: ${result.score} sur ${result.max}.`
						: `À revoir\u00a0: ${result.score} sur ${result.max} justes. Lisez l’explication sous chaque situation.`,
			};
		},
		solution: () => ({
			items: situations.map((s) => ({ itemId: itemId(s.id), score: 0, max: 1 })),
			show: () => setAnswers(Object.fromEntries(situations.map((s) => [s.id, s.expected]))),
			message: 'Solution affichée, avec l’explication de chaque situation.',
		}),
		reset: () => {
			setAnswers({});
			return 'Réponses effacées\u00a0: à vous.';
		},
	});
	const { phase, result, warning } = practice;

	return (
		<section ref={practice.rootRef} class="cadre-practice" aria-labelledby={`${exerciseId}-pratique-titre`}>
			<h4 id={`${exerciseId}-pratique-titre`}>À vous&nbsp;: quel cadre pour chaque situation&#8239;?</h4>
			<ol class="cadre-situations">
				{situations.map((s, i) => {
					const id = `${exerciseId}-situation-${s.id}`;
					const verdict = result?.verdicts[i];
					return (
						<li key={s.id} class="matching-row">
							<label for={id}>{s.text}</label>
							<select
								id={id}
								value={answers[s.id] ?? ''}
								aria-invalid={(warning !== null && !answers[s.id]) || undefined}
								onChange={(e) => {
									const value = (e.currentTarget as HTMLSelectElement).value || undefined;
									setAnswers((a) => ({ ...a, [s.id]: value }));
									practice.edit();
								}}
							>
								<option value="">— Choisir un cadre —</option>
								{cadres.map((c) => (
									<option key={c.code} value={c.code}>
										{cadreText(c)}
									</option>
								))}
							</select>
							{phase !== 'answering' ? (
								<p class={`feedback ${phase === 'revealed' ? 'feedback-revealed' : verdict?.correct ? 'feedback-correct' : 'feedback-wrong'}`}>
									<strong>{phase === 'revealed' ? 'Solution\u00a0: ' : verdict?.correct ? '✓ Juste\u00a0: ' : '✗ À revoir\u00a0: '}</strong>
									{phase === 'checked' && !verdict?.correct ? `la réponse attendue est ${label(s.expected)}. ` : `${label(s.expected)}. `}
									{s.why}
								</p>
							) : null}
						</li>
					);
				})}
			</ol>
			<PracticeActions practice={practice} />
			{phase === 'checked' && result ? (
				<p class="quiz-score">
					Réponses justes&nbsp;: {result.score} sur {result.max}.
				</p>
			) : null}
		</section>
	);
}
