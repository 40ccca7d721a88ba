import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { isEmployerName, MAX_EMPLOYER_LENGTH } from '../../lib/progress-model';
import { setLearnerEmployer } from '../../stores/learner-identity';
import { $progress } from '../../stores/progress';
import { useEarlyInputs } from '../kit/adopt-inputs';

/** The learner's employer, optional, kept in the progress: the organiser prints it on the attestation. */
export default function LearnerEmployer() {
	const saved = useStore($progress, { ssr: 'initial' }).learnerEmployer ?? '';
	const [text, setText] = useState(saved);
	const [error, setError] = useState('');
	const root = useEarlyInputs();
	// The stored employer arrives after hydration (and from other tabs): shown unless being typed.
	useEffect(() => {
		if (document.activeElement?.id !== 'employeur-apprenant') setText(saved);
	}, [saved]);
	const onInput = (event: Event) => {
		const value = (event.currentTarget as HTMLInputElement).value;
		setText(value);
		if (!isEmployerName(value.trim())) {
			setError(
				`Lettres, chiffres, espaces, apostrophes, points, tirets, virgules, parenthèses, barres obliques et «\u00a0&\u00a0» seulement, ${MAX_EMPLOYER_LENGTH} caractères au plus\u00a0: cet employeur n’est pas enregistré.`
			);
			return;
		}
		setError('');
		setLearnerEmployer(value.trim());
	};
	return (
		<div class="field learner-name learner-employer" ref={root}>
			<label for="employeur-apprenant">Votre employeur (facultatif)</label>
			<p id="employeur-apprenant-aide" class="field-hint">
				Il figure sur l’attestation que votre organisme de formation établit à partir de votre fichier. <span class="hors-lms">Il reste dans ce navigateur.</span>
				<span class="en-lms">Il est enregistré avec votre progression par la plateforme de formation.</span>
			</p>
			<input
				id="employeur-apprenant"
				type="text"
				autocomplete="organization"
				maxLength={MAX_EMPLOYER_LENGTH}
				value={text}
				aria-describedby={error ? 'employeur-apprenant-aide employeur-apprenant-erreur' : 'employeur-apprenant-aide'}
				aria-invalid={error ? true : undefined}
				onInput={onInput}
			/>
			{error ? (
				<p id="employeur-apprenant-erreur" class="field-error">
					{error}
				</p>
			) : null}
		</div>
	);
}
