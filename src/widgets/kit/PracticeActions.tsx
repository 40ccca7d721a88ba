import type { Practice } from './use-practice';

interface Props {
	practice: Practice<unknown>;
	/** Label of the check button when the widget's own words fit better (« Valider et envoyer »). */
	checkLabel?: string;
}

/**
 * The « Vérifier » / « Voir la solution » / « Réessayer » bar every practice widget ends with,
 * with the blocking warning above it and the note that a check was practice only.
 */
export default function PracticeActions({ practice, checkLabel = 'Vérifier' }: Props) {
	const { phase, warning, outcome } = practice;
	return (
		<>
			{warning ? <p class="question-warning">{warning}</p> : null}
			<div class="question-actions">
				{phase !== 'revealed' ? (
					<>
						<button type="button" class="btn" onClick={practice.verify}>
							{checkLabel}
						</button>
						<button type="button" class="btn btn-secondary" onClick={practice.reveal}>
							Voir la solution
						</button>
					</>
				) : null}
				{phase !== 'answering' ? (
					<button type="button" class="btn btn-secondary" ref={practice.retryRef} onClick={practice.retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{phase === 'checked' && outcome === 'practice' ? (
				<p class="practice-note">
					Essai d’entraînement&nbsp;: vous avez déjà vu la correction aujourd’hui, cet essai ne compte pas dans votre résultat.
				</p>
			) : null}
		</>
	);
}
