import { KIND_LABEL, type JudgedItem } from '../../lib/identifiers';

interface Props {
	/** Unique on the page: names the radio group. */
	name: string;
	item: JudgedItem;
	given: boolean | undefined;
	/** What is shown under the number: the verdict of a check, the solution, or nothing yet. */
	shown: 'checked' | 'revealed' | null;
	onAnswer: (valid: boolean) => void;
}

/** One number to judge: « Valide » or « Non valide », then its explanation once checked or revealed. */
export default function IdentifierItem({ name, item, given, shown, onAnswer }: Props) {
	const ok = given === item.valid;
	return (
		<fieldset class="question" aria-describedby={`${name}-contexte`}>
			<legend>
				{KIND_LABEL[item.type]}&nbsp;: <span class="identifier-value">{item.value}</span>
			</legend>
			<p id={`${name}-contexte`} class="question-hint">
				{item.context}
			</p>
			<ul class="choices choices-inline">
				{[true, false].map((value) => (
					<li key={String(value)} class="choice-row">
						<label class="choice">
							<input type="radio" name={name} checked={given === value} onChange={() => onAnswer(value)} />
							<span>{value ? 'Valide' : 'Non valide'}</span>
						</label>
					</li>
				))}
			</ul>
			{shown ? (
				<p class={`feedback ${shown === 'revealed' ? 'feedback-revealed' : ok ? 'feedback-correct' : 'feedback-wrong'}`}>
					<strong>{shown === 'revealed' ? 'Solution\u00a0: ' : ok ? '✓ Juste\u00a0: ' : '✗ À revoir\u00a0: '}</strong>
					{item.valid ? 'valide. ' : 'non valide. '}
					{item.explanation}
				</p>
			) : null}
		</fieldset>
	);
}
