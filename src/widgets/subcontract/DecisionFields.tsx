import { DECISION_LABEL, type CaseAnswer, type CaseVerdict } from '../../lib/subcontract-validation';
import ChoiceField, { Mark, type ChoiceOption } from '../kit/ChoiceField';
import ValidationFields from './ValidationFields';

interface Props {
	base: string;
	validator: 'titulaire' | 'mandataire';
	answer: CaseAnswer;
	reasons: ChoiceOption[];
	/** The verdict after « Vérifier », or null. */
	verdict: CaseVerdict | null;
	/** What is missing, after a « Vérifier » refused for it. */
	problem: string | null;
	onChange: (update: (current: CaseAnswer) => CaseAnswer) => void;
}

const ORDER = ['valider', 'refuser', 'tacite'] as const;

/**
 * The decision on a request: three radios (« Refuser » marked as an indicative label: the portal's
 * refusal button was not read), then what the portal asks next: the role box and the
 * « Complément d’information » after « Valider », the reason list after « Refuser ». Radios and
 * the list listen with `onChange` and read the control's own value (early-input adoption).
 */
export default function DecisionFields({ base, validator, answer, reasons, verdict, problem, onChange }: Props) {
	const errorId = `${base}-decision-erreur`;
	const markId = `${base}-decision-mark`;
	const described = [problem && !answer.decision ? errorId : '', verdict ? markId : ''].filter(Boolean).join(' ') || undefined;
	return (
		<>
			<fieldset class="subcontract-decision" aria-describedby={described}>
				<legend>Votre décision</legend>
				{problem && !answer.decision ? (
					<p id={errorId} class="field-error">
						<span class="visually-hidden">Erreur&nbsp;: </span>
						{problem}
					</p>
				) : null}
				<ul class="choices">
					{ORDER.map((d) => (
						<li key={d} class="choice-row">
							<label class="choice">
								<input
									type="radio"
									id={`${base}-decision-${d}`}
									name={`${base}-decision`}
									value={d}
									checked={answer.decision === d}
									aria-invalid={problem && !answer.decision ? true : undefined}
									onChange={(e) => {
										const value = (e.currentTarget as HTMLInputElement).value;
										onChange((a) => ({ ...a, decision: value }));
									}}
								/>
								<span>
									{DECISION_LABEL[d]}
									{d === 'refuser' ? <em class="indicative"> (libellé indicatif)</em> : null}
								</span>
							</label>
						</li>
					))}
				</ul>
				{verdict ? <Mark ok={verdict.decisionOk} id={markId} what="Décision" /> : null}
			</fieldset>
			{answer.decision === 'valider' ? (
				<ValidationFields base={base} validator={validator} answer={answer} error={problem && !answer.confirmed ? problem : null} onChange={onChange} />
			) : null}
			{answer.decision === 'refuser' && problem && !answer.reason ? (
				<p class="field-error">
					<span class="visually-hidden">Erreur&nbsp;: </span>
					{problem}
				</p>
			) : null}
			{answer.decision === 'refuser' ? (
				<ChoiceField
					id={`${base}-motif`}
					label="Motif du refus (à écrire au sous-traitant ou au cotraitant)"
					value={answer.reason}
					options={reasons}
					invalid={Boolean(problem) && !answer.reason}
					ok={verdict && verdict.reasonOk !== null ? verdict.reasonOk : undefined}
					variant="subcontract-reason"
					onChange={(value) => onChange((a) => ({ ...a, reason: value }))}
				/>
			) : null}
		</>
	);
}
