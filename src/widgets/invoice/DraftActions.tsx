interface Props {
	onSave: () => void;
	/** Absent on the last case. */
	onNext?: () => void;
}

/** The buttons of the mock screen that do not check: « Enregistrer » (a draft) and « Cas suivant ». */
export default function DraftActions({ onSave, onNext }: Props) {
	return (
		<div class="question-actions">
			<button type="button" class="btn btn-secondary" onClick={onSave}>
				Enregistrer
			</button>
			{onNext ? (
				<button type="button" class="btn btn-secondary" onClick={onNext}>
					Cas suivant
				</button>
			) : null}
		</div>
	);
}
