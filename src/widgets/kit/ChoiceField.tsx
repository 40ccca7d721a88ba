/** One entry of a choice list. */
export interface ChoiceOption {
	value: string;
	text: string;
}

interface MarkProps {
	ok: boolean;
	id?: string;
	/** What is judged (« position »), said before the verdict when the mark is not beside a label. */
	what?: string;
}

/** A ✓ / ✗ with words, so right and wrong never rely on colour alone. */
export function Mark({ ok, id, what }: MarkProps) {
	const verdict = ok ? 'juste' : 'à revoir';
	return (
		<span id={id} class={ok ? 'mark mark-ok' : 'mark mark-ko'}>
			{ok ? '✓ ' : '✗ '}
			{what ? `${what} ${verdict}` : verdict}
		</span>
	);
}

interface Props {
	id: string;
	label: string;
	value: string;
	options: ChoiceOption[];
	/** True when the learner tried to check with this list empty. */
	invalid: boolean;
	/** The verdict after « Vérifier », undefined before. */
	ok: boolean | undefined;
	onChange: (value: string) => void;
	/** The widget's own field class, for its stylesheet (« choice-field », « rejection-field »). */
	variant?: string;
}

/**
 * A labelled select with « — Choisir — » first; after checking, its ✓ / ✗ mark is tied to it
 * by aria-describedby so a screen reader hears the verdict on the control itself. Listens with
 * `onChange` and reads the list's own value, as early-input adoption needs (kit/adopt-inputs.ts).
 */
export default function ChoiceField({ id, label, value, options, invalid, ok, onChange, variant = 'choice-field' }: Props) {
	const chosen = options.find((o) => o.value === value)?.text;
	return (
		<div class={`field ${variant}`}>
			<label for={id}>{label}</label>
			<select
				id={id}
				value={value}
				aria-invalid={invalid || undefined}
				aria-describedby={ok === undefined ? undefined : `${id}-mark`}
				onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
			>
				<option value="">— Choisir —</option>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.text}
					</option>
				))}
			</select>
			{/* A closed list cuts a long choice (« …et renvoyer, sans c »): the choice is also written out whole. */}
			{chosen && chosen.length > 40 ? (
				<p class="choice-full" aria-hidden="true">
					{chosen}
				</p>
			) : null}
			{ok === undefined ? null : <Mark ok={ok} id={`${id}-mark`} />}
		</div>
	);
}
