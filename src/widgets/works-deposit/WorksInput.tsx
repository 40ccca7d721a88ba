import type { WorksField, WorksValues } from '../../lib/works-deposit';

export interface WorksControlProps {
	uid: string;
	values: WorksValues;
	errors: Partial<Record<WorksField, string>>;
	/** Given how to update the deposit, so that replayed early inputs build on each other. */
	onChange: (update: (values: WorksValues) => WorksValues) => void;
}

/** The id of a field's control, its inline error, its hint: what the error summary links to. */
export const controlId = (uid: string, f: WorksField) => `${uid}-${f}`;

/** The inline error of a field, tied to its control by aria-describedby (as in lesson 8's form). */
export function InlineError({ uid, field, errors }: { uid: string; field: WorksField; errors: Partial<Record<WorksField, string>> }) {
	return errors[field] ? (
		<p id={`${controlId(uid, field)}-erreur`} class="field-error">
			<span class="visually-hidden">Erreur&nbsp;: </span>
			{errors[field]}
		</p>
	) : null;
}

/** The ids that describe a control: its hint, then its error when there is one. */
export function describedBy(uid: string, f: WorksField, errors: Partial<Record<WorksField, string>>, hint = false): string | undefined {
	return [hint ? `${controlId(uid, f)}-aide` : '', errors[f] ? `${controlId(uid, f)}-erreur` : ''].filter(Boolean).join(' ') || undefined;
}

interface Props extends WorksControlProps {
	field: WorksField;
	label: string;
	required?: boolean;
	hint?: string;
	mode?: 'numeric' | 'decimal' | 'text';
}

/** A labelled text field of the mock screen, with its hint and inline error; listens with `onInput`. */
export default function WorksInput({ uid, values, errors, onChange, field, label, required, hint, mode }: Props) {
	const id = controlId(uid, field);
	return (
		<div class={errors[field] ? 'field field-invalid-input' : 'field'}>
			<label for={id}>
				{label}
				{required ? ' *' : ''}
			</label>
			{hint ? (
				<p id={`${id}-aide`} class="question-hint">
					{hint}
				</p>
			) : null}
			<InlineError uid={uid} field={field} errors={errors} />
			<input
				id={id}
				type="text"
				inputMode={mode}
				autocomplete="off"
				aria-invalid={errors[field] ? true : undefined}
				aria-describedby={describedBy(uid, field, errors, Boolean(hint))}
				value={values[field]}
				onInput={(e) => {
					const value = (e.currentTarget as HTMLInputElement).value;
					onChange((v) => ({ ...v, [field]: value }));
				}}
			/>
		</div>
	);
}
