import type { ComponentChildren, JSX } from 'preact';

/** What a control needs to be tied to its hint and its error message. */
export interface ControlProps {
	id: string;
	'aria-describedby'?: string;
	'aria-invalid'?: true;
}

interface Props {
	id: string;
	label: ComponentChildren;
	required?: boolean;
	hint?: ComponentChildren;
	error?: string;
	control: (props: ControlProps) => JSX.Element;
	/** The widget's own field class, for its stylesheet (« delay-field », « reform-field »). */
	variant?: string;
}

/**
 * Shared by the calculator and reform widgets. A labelled form field: visible label, hint and inline error tied to the control by
 * aria-describedby, aria-invalid when wrong (GOV.UK / DSFR pattern).
 */
export default function Field({ id, label, required, hint, error, control, variant }: Props) {
	const describedBy = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
	return (
		<div class={['field', variant, error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
			<label for={id}>
				{label}
				{required ? <span aria-hidden="true"> *</span> : null}
			</label>
			{hint ? (
				<p id={`${id}-aide`} class="question-hint">
					{hint}
				</p>
			) : null}
			{error ? (
				<p id={`${id}-erreur`} class="field-errors">
					<span class="visually-hidden">Erreur&nbsp;: </span>✗ {error}
				</p>
			) : null}
			{control({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
		</div>
	);
}
