import type { Check } from '../../lib/scoring';
import type { Answer, QuizItem } from '../../lib/quiz-types';
import { moveStep } from '../../lib/quiz-answer';

interface Props {
	item: QuizItem;
	uid: string;
	answer: Answer;
	order: string[];
	check: Check | null;
	onChange: (answer: Answer, announce?: string) => void;
	/** A corrected evaluation: the answer is shown, not editable. */
	disabled?: boolean;
}

/** A ✓ / ✗ mark with words, so right and wrong never rely on colour alone. */
function Mark({ ok, id }: { ok: boolean | undefined; id?: string }) {
	if (ok === undefined) return null;
	return (
		<span id={id} class={ok ? 'mark mark-ok' : 'mark mark-ko'}>
			{ok ? ' ✓ juste' : ' ✗ à revoir'}
		</span>
	);
}

/** The controls of one question, by type. */
export default function AnswerInputs({ item, uid, answer, order, check, onChange, disabled }: Props) {
	if ((item.type === 'single' || item.type === 'multiple') && (answer.type === 'single' || answer.type === 'multiple')) {
		const multiple = answer.type === 'multiple';
		return (
			<ul class="choices">
				{order.map((id) => {
					const option = item.options.find((o) => o.id === id);
					if (!option) return null;
					const checked = answer.type === 'multiple' ? answer.selected.includes(id) : answer.selected === id;
					const toggle = () =>
						onChange(
							answer.type === 'multiple'
								? { type: 'multiple', selected: checked ? answer.selected.filter((s) => s !== id) : [...answer.selected, id] }
								: { type: 'single', selected: id }
						);
					// Only the chosen or expected options get a mark: the others say nothing.
					const mark = check && (checked || option.correct) ? check.parts[id] : undefined;
					const markId = `${uid}-${id}-mark`;
					return (
						<li key={id} class="choice-row">
							<label class="choice">
								<input
									type={multiple ? 'checkbox' : 'radio'}
									name={uid}
									value={id}
									checked={checked}
									disabled={disabled}
									onChange={toggle}
									aria-describedby={mark === undefined ? undefined : markId}
								/>
								<span>{option.text}</span>
							</label>
							<Mark ok={mark} id={markId} />
						</li>
					);
				})}
			</ul>
		);
	}
	if (item.type === 'truefalse' && answer.type === 'truefalse') {
		return (
			<ul class="choices choices-inline">
				{[true, false].map((value) => {
					const markId = `${uid}-${value ? 'vrai' : 'faux'}-mark`;
					const marked = check !== null && answer.value === value;
					return (
						<li key={String(value)} class="choice-row">
							<label class="choice">
								<input
									type="radio"
									name={uid}
									value={value ? 'vrai' : 'faux'}
									checked={answer.value === value}
									disabled={disabled}
									onChange={() => onChange({ type: 'truefalse', value })}
									aria-describedby={marked ? markId : undefined}
								/>
								<span>{value ? 'Vrai' : 'Faux'}</span>
							</label>
							{marked ? <Mark ok={check.correct} id={markId} /> : null}
						</li>
					);
				})}
			</ul>
		);
	}
	if (item.type === 'ordering' && answer.type === 'ordering') {
		const total = answer.order.length;
		const move = (index: number, delta: -1 | 1) => {
			const next = moveStep(answer.order, index, delta);
			if (next === answer.order) return;
			const text = item.items.find((s) => s.id === answer.order[index])?.text ?? '';
			onChange({ type: 'ordering', order: next }, `«\u00a0${text}\u00a0» déplacée en position ${index + delta + 1} sur ${total}.`);
		};
		return (
			<ol class="ordering">
				{answer.order.map((id, index) => {
					const step = item.items.find((s) => s.id === id);
					const labelId = `${uid}-${id}`;
					return (
						<li key={id} class="ordering-step">
							<span id={labelId} class="ordering-text">
								{step?.text}
								{check ? <Mark ok={check.parts[id]} /> : null}
							</span>
							{disabled ? null : <span class="ordering-buttons">
								<button type="button" class="btn-small" aria-describedby={labelId} aria-disabled={index === 0} onClick={() => move(index, -1)}>
									Monter
								</button>
								<button type="button" class="btn-small" aria-describedby={labelId} aria-disabled={index === total - 1} onClick={() => move(index, 1)}>
									Descendre
								</button>
							</span>}
						</li>
					);
				})}
			</ol>
		);
	}
	if (item.type === 'matching' && answer.type === 'matching') {
		return (
			<ul class="matching">
				{order.map((id) => {
					const row = item.items.find((i) => i.id === id);
					if (!row) return null;
					const selectId = `${uid}-${id}`;
					return (
						<li key={id} class="matching-row">
							<label for={selectId}>{row.text}</label>
							<select
								id={selectId}
								aria-describedby={check ? `${selectId}-mark` : undefined}
								value={answer.pairs[id] ?? ''}
								disabled={disabled}
								onChange={(e) =>
									onChange({ type: 'matching', pairs: { ...answer.pairs, [id]: (e.currentTarget as HTMLSelectElement).value } })
								}
							>
								<option value="">— Choisir —</option>
								{item.targets.map((t) => (
									<option key={t.id} value={t.id}>
										{t.text}
									</option>
								))}
							</select>
							{check ? <Mark ok={check.parts[id]} id={`${selectId}-mark`} /> : null}
						</li>
					);
				})}
			</ul>
		);
	}
	return null;
}
