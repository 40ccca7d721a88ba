import { useRef, useState } from 'preact/hooks';

/** « Réinitialiser ma progression », with a confirmation that Escape or « Annuler » closes. */
export default function ResetProgress({ onReset }: { onReset: () => void }) {
	const [confirming, setConfirming] = useState(false);
	const resetButton = useRef<HTMLButtonElement>(null);
	const close = () => {
		setConfirming(false);
		resetButton.current?.focus();
	};
	return (
		<div class="reset">
			<button
				ref={resetButton}
				type="button"
				class="btn btn-danger"
				aria-expanded={confirming}
				aria-controls="confirmation-reinitialisation"
				onClick={() => setConfirming(true)}
			>
				Réinitialiser ma progression
			</button>
			<div id="confirmation-reinitialisation" class="confirm" hidden={!confirming} onKeyDown={(e) => e.key === 'Escape' && close()}>
				<p>
					Toutes vos réponses et le suivi des leçons seront effacés <span class="hors-lms">de ce navigateur</span>
					<span class="en-lms">de la plateforme de formation (les résultats qu’elle a déjà enregistrés lui restent)</span>. Pensez à exporter avant.
				</p>
				<button
					type="button"
					class="btn btn-danger"
					onClick={() => {
						onReset();
						close();
					}}
				>
					Oui, tout effacer
				</button>
				<button type="button" class="btn btn-secondary" onClick={close}>
					Annuler
				</button>
			</div>
		</div>
	);
}
