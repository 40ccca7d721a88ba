import type { Mistake } from '../../lib/structure-check';

/** Whether a group of controls has a mistake, and the id of its messages for aria-describedby. */
export function fieldState(mistakes: Mistake[]) {
	const invalid = (field: string) => mistakes.some((m) => m.field === field);
	return { invalid, describedBy: (field: string) => (invalid(field) ? `${field}-erreur` : undefined) };
}

/** Inline messages under a group of controls, tied to its inputs by aria-describedby. */
export function FieldErrors({ id, mistakes }: { id: string; mistakes: Mistake[] }) {
	const mine = mistakes.filter((m) => m.field === id);
	if (mine.length === 0) return null;
	return (
		<ul id={`${id}-erreur`} class="field-errors">
			{mine.map((m) => (
				<li key={m.message}>
					<span class="visually-hidden">Erreur&nbsp;: </span>✗ {m.message}
				</li>
			))}
		</ul>
	);
}
