import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { isLearnerName, MAX_NAME_LENGTH } from '../../lib/progress-model';
import { $progress, setLearnerName } from '../../stores/progress';
import { useEarlyInputs } from '../kit/adopt-inputs';

/** The learner's name, kept in the progress: it names the exported file. */
export default function LearnerName() {
	const saved = useStore($progress, { ssr: 'initial' }).learnerName ?? '';
	const [text, setText] = useState(saved);
	const [error, setError] = useState('');
	const root = useEarlyInputs();
	// The stored name arrives after hydration (and from other tabs): shown unless being typed.
	useEffect(() => {
		if (document.activeElement?.id !== 'nom-apprenant') setText(saved);
	}, [saved]);
	const onInput = (event: Event) => {
		const value = (event.currentTarget as HTMLInputElement).value;
		setText(value);
		if (!isLearnerName(value.trim())) {
			setError(`Lettres, chiffres, espaces, apostrophes, points et tirets seulement, ${MAX_NAME_LENGTH} caractères au plus\u00a0: ce nom n’est pas enregistré.`);
			return;
		}
		setError('');
		setLearnerName(value.trim());
	};
	return (
		<div class="field learner-name" ref={root}>
			<label for="nom-apprenant">Votre nom</label>
			<p id="nom-apprenant-aide" class="field-hint">
				Il nomme votre fichier de progression («&nbsp;progression-votre-nom-date.json&nbsp;»), pour votre organisme de formation. <span class="hors-lms">Il reste dans ce navigateur.</span>
				<span class="en-lms">Il est enregistré avec votre progression par la plateforme de formation.</span>
			</p>
			<input
				id="nom-apprenant"
				type="text"
				autocomplete="name"
				maxLength={MAX_NAME_LENGTH}
				value={text}
				aria-describedby={error ? 'nom-apprenant-aide nom-apprenant-erreur' : 'nom-apprenant-aide'}
				aria-invalid={error ? true : undefined}
				onInput={onInput}
			/>
			{error ? (
				<p id="nom-apprenant-erreur" class="field-error">
					{error}
				</p>
			) : null}
		</div>
	);
}
