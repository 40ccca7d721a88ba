interface Props {
	id: string;
	/** The cases, in order, each with its title. */
	scenarios: readonly { id: string; title: string }[];
	index: number;
	/** Score of each case already sent, by scenario id (« 11/12 »). */
	done: Record<string, string>;
	onPick: (index: number) => void;
}

/** The list of cases to work on, each marked with its score once sent (invoice form, works deposit). */
export default function CasePicker({ id, scenarios, index, done, onPick }: Props) {
	return (
		<div class="field scenario-picker">
			<label for={id}>Cas à traiter</label>
			<select id={id} value={String(index)} onChange={(e) => onPick(Number((e.currentTarget as HTMLSelectElement).value))}>
				{scenarios.map((s, i) => (
					<option key={s.id} value={String(i)}>
						{i + 1}. {s.title}
						{done[s.id] ? ` (fait\u00a0: ${done[s.id]})` : ''}
					</option>
				))}
			</select>
		</div>
	);
}
