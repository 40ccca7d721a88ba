import { ROLE_BOX, type CaseAnswer } from '../../lib/subcontract-validation';

interface Props {
	base: string;
	validator: 'titulaire' | 'mandataire';
	answer: CaseAnswer;
	/** What is missing, when « Vérifier » was refused because the box is not ticked. */
	error: string | null;
	onChange: (update: (current: CaseAnswer) => CaseAnswer) => void;
}

/**
 * What the portal asks after « Valider » (ecrans §5.1): the box « vous êtes titulaire », an
 * optional « Complément d’information », then « Enregistrer ». The mandataire's box was not read:
 * its label is marked indicative. The box listens with `onChange`, the text with `onInput`.
 */
export default function ValidationFields({ base, validator, answer, error, onChange }: Props) {
	const errorId = `${base}-qualite-erreur`;
	return (
		<div class="subcontract-confirm">
			{error ? (
				<p id={errorId} class="field-error">
					<span class="visually-hidden">Erreur&nbsp;: </span>
					{error}
				</p>
			) : null}
			<label class="choice">
				<input
					type="checkbox"
					id={`${base}-qualite`}
					checked={answer.confirmed}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? errorId : undefined}
					onChange={(e) => {
						const checked = (e.currentTarget as HTMLInputElement).checked;
						onChange((a) => ({ ...a, confirmed: checked }));
					}}
				/>
				<span>
					{ROLE_BOX[validator]} *
					{validator === 'mandataire' ? <em class="indicative"> (libellé indicatif&nbsp;: seule la case du titulaire a été lue)</em> : null}
				</span>
			</label>
			<div class="field">
				<label for={`${base}-complement`}>Complément d’information (facultatif)</label>
				<textarea
					id={`${base}-complement`}
					rows={2}
					value={answer.comment}
					onInput={(e) => {
						const value = (e.currentTarget as HTMLTextAreaElement).value;
						onChange((a) => ({ ...a, comment: value }));
					}}
				/>
			</div>
		</div>
	);
}
