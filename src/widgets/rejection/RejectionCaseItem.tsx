import { STATUS_LABEL, type CaseAnswer, type CaseResult, type RejectionCase } from '../../lib/rejection-matching';

interface Choice {
	id: string;
	text: string;
}

interface Props {
	uid: string;
	item: RejectionCase;
	causes: Choice[];
	actions: Choice[];
	answer: CaseAnswer;
	/** The verdict after « Vérifier », or null. */
	result: CaseResult | null;
	revealed: boolean;
	/** True after a « Vérifier » refused for missing answers: empty selects are marked invalid. */
	flagEmpty: boolean;
	onChange: (answer: CaseAnswer) => void;
}

/** A ✓ / ✗ with words, so right and wrong never rely on colour alone. */
function Mark({ ok, id }: { ok: boolean; id: string }) {
	return (
		<span id={id} class={ok ? 'mark mark-ok' : 'mark mark-ko'}>
			{ok ? '✓ juste' : '✗ à revoir'}
		</span>
	);
}

/** One returned invoice: its status in words, its line, the recipient's reason and two selects. */
export default function RejectionCaseItem({ uid, item, causes, actions, answer, result, revealed, flagEmpty, onChange }: Props) {
	const base = `${uid}-${item.id}`;
	const select = (field: 'cause' | 'action', label: string, list: Choice[]) => {
		const id = `${base}-${field}`;
		const ok = result ? (field === 'cause' ? result.causeOk : result.actionOk) : undefined;
		const invalid = flagEmpty && !answer[field];
		return (
			<div class="field rejection-field">
				<label for={id}>{label}</label>
				<select
					id={id}
					value={answer[field]}
					aria-invalid={invalid || undefined}
					aria-describedby={ok === undefined ? undefined : `${id}-mark`}
					onChange={(e) => onChange({ ...answer, [field]: (e.currentTarget as HTMLSelectElement).value })}
				>
					<option value="">— Choisir —</option>
					{list.map((x) => (
						<option key={x.id} value={x.id}>
							{x.text}
						</option>
					))}
				</select>
				{ok === undefined ? null : <Mark ok={ok} id={`${id}-mark`} />}
			</div>
		);
	};

	return (
		<li>
			<fieldset class="question rejection-case" aria-describedby={`${base}-motif`}>
				<legend>
					<span class={`badge badge-retour badge-${item.status}`}>Statut : {STATUS_LABEL[item.status]}</span> {item.invoice}
				</legend>
				<p id={`${base}-motif`} class="rejection-reason">
					Motif saisi par le destinataire : « {item.reason} »
				</p>
				{select('cause', 'Cause', causes)}
				{select('action', 'Ce que vous faites', actions)}
				{revealed ? (
					<p class="feedback feedback-revealed">
						<strong>Solution : </strong>
						{item.why}
					</p>
				) : result ? (
					<p class={`feedback ${result.score === 2 ? 'feedback-correct' : 'feedback-wrong'}`}>
						<strong>
							{result.score === 2 ? '✓ Juste' : '✗ À revoir'} ({result.score} sur 2 : cause {result.causeOk ? 'juste' : 'à revoir'}, action{' '}
							{result.actionOk ? 'juste' : 'à revoir'}).
						</strong>{' '}
						{item.why}
					</p>
				) : null}
			</fieldset>
		</li>
	);
}
