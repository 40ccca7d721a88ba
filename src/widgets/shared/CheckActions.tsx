interface Props {
	/** What blocks checking (missing answers), shown above the buttons. */
	warning?: string | null;
	/** « Réessayer » appears once there is something to start over. */
	canRetry: boolean;
	onVerify: () => void;
	onReveal: () => void;
	onRetry: () => void;
}

/** The « Vérifier » / « Voir la solution » / « Réessayer » bar every practice widget ends with. */
export default function CheckActions({ warning, canRetry, onVerify, onReveal, onRetry }: Props) {
	return (
		<>
			{warning ? <p class="question-warning">{warning}</p> : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={onVerify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={onReveal}>
					Voir la solution
				</button>
				{canRetry ? (
					<button type="button" class="btn btn-secondary" onClick={onRetry}>
						Réessayer
					</button>
				) : null}
			</div>
		</>
	);
}
