import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
	total: number;
	/** Numbers and anchors of the questions without an answer, in page order. */
	unanswered: { number: number; anchor: string }[];
	onFinish: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/**
 * The count of unanswered questions and « Terminer l'évaluation », which asks for confirmation
 * first: ending is final, and the questions left blank count as wrong.
 */
export default function ExamSubmit({ total, unanswered, onFinish }: Props) {
	const [confirming, setConfirming] = useState(false);
	const [busy, setBusy] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const finishRef = useRef<HTMLButtonElement>(null);
	const returnFocus = useRef(false);
	useEffect(() => {
		if (confirming) headingRef.current?.focus();
		else if (returnFocus.current) finishRef.current?.focus();
	}, [confirming]);
	const left = unanswered.length;
	return (
		<div class="exam-submit">
			<p class="exam-count" data-unanswered={left}>
				{left === 0 ? `Vous avez répondu aux ${total} questions.` : `Questions sans réponse\u00a0: ${left} sur ${total}.`}
			</p>
			{confirming ? (
				<section class="exam-confirm" aria-labelledby="exam-confirm-titre">
					<h2 id="exam-confirm-titre" tabIndex={-1} ref={headingRef}>
						Terminer l’évaluation&#8239;?
					</h2>
					{left === 0 ? (
						<p>Vous avez répondu à toutes les questions. Une fois l’évaluation terminée, vos réponses ne pourront plus être modifiées.</p>
					) : (
						<>
							<p>
								{plural(left, 'question')} {left > 1 ? 'restent' : 'reste'} sans réponse et {left > 1 ? 'compteront' : 'comptera'} comme{' '}
								{left > 1 ? 'fausses' : 'fausse'}. Une fois l’évaluation terminée, vos réponses ne pourront plus être modifiées.
							</p>
							<ul class="exam-missing">
								{unanswered.map((q) => (
									<li key={q.anchor}>
										<a href={`#${q.anchor}`}>Aller à la question {q.number}</a>
									</li>
								))}
							</ul>
						</>
					)}
					<p class="exam-actions">
						<button
							type="button"
							class="btn"
							disabled={busy}
							onClick={() => {
								setBusy(true);
								onFinish();
							}}
						>
							Oui, terminer et voir la correction
						</button>
						<button
							type="button"
							class="btn btn-secondary"
							onClick={() => {
								returnFocus.current = true;
								setConfirming(false);
							}}
						>
							Continuer à répondre
						</button>
					</p>
				</section>
			) : (
				<p class="exam-actions">
					<button type="button" class="btn" ref={finishRef} onClick={() => setConfirming(true)}>
						Terminer l’évaluation
					</button>
				</p>
			)}
		</div>
	);
}
