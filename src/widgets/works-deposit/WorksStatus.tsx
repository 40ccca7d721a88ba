import type { Ref } from 'preact';
import { WORKS_FIELD_LABELS, type WorksField, type WorksFieldResult } from '../../lib/works-deposit';
import ErrorSummary from '../kit/ErrorSummary';
import { controlId } from './WorksInput';

interface Props {
	uid: string;
	errors: Partial<Record<WorksField, string>>;
	/** The fields compared after the deposit, or the solution's (then `revealed`). */
	results: WorksFieldResult[] | null;
	revealed: boolean;
	statusRef: Ref<HTMLDivElement>;
}

/**
 * The top of the mock screen, where focus goes after « Déposer la pièce »: the error summary
 * (the piece is not deposited), or each answer compared with the documents, saying where the
 * datum comes from and, for a known trap, why it is wrong.
 */
export default function WorksStatus({ uid, errors, results, revealed, statusRef }: Props) {
	const list = (Object.entries(errors) as [WorksField, string][]).map(([field, message]) => ({
		key: field,
		message: `${WORKS_FIELD_LABELS[field]}\u00a0: ${message}`,
		// The radio group is reached through its first button.
		target: field === 'depot' ? `${controlId(uid, 'depot')}-initial` : controlId(uid, field),
	}));
	const right = results?.filter((r) => r.ok).length ?? 0;
	const total = results?.length ?? 0;
	return (
		<div ref={statusRef} tabIndex={-1} class="wd-status">
			{list.length > 0 ? <ErrorSummary uid={uid} errors={list} summaryRef={{ current: null }} /> : null}
			{results ? (
				<div class={revealed ? 'feedback feedback-revealed' : right === total ? 'success-summary' : 'error-summary'} aria-labelledby={`${uid}-resultat`}>
					<h4 id={`${uid}-resultat`}>
						{revealed ? 'Solution' : right === total ? `✓ Tout est juste (${right} sur ${total})` : `✗ ${total - right} réponse${total - right > 1 ? 's' : ''} à revoir (${right} sur ${total} justes)`}
					</h4>
					{!revealed ? <p>Simulation&nbsp;: la pièce est déposée. Voici chaque réponse comparée aux documents.</p> : null}
					<ul class="field-results">
						{results.map((r) => (
							<li key={r.field}>
								<strong>
									{revealed ? '' : r.ok ? '✓ ' : '✗ '}
									{revealed ? null : <span class="visually-hidden">{r.ok ? 'juste\u00a0: ' : 'à revoir\u00a0: '}</span>}
									{WORKS_FIELD_LABELS[r.field]}
								</strong>{' '}
								: {r.expected}. {r.explanation}
								{r.pitfall ? <span class="wd-pitfall"> {r.pitfall}</span> : null}
							</li>
						))}
					</ul>
				</div>
			) : null}
		</div>
	);
}
