import type { Ref } from 'preact';
import { dayLabel, type StatusStep, type StepVerdict } from '../../lib/status-simulator';
import DepositNote from './DepositNote';
import PopupMock from './PopupMock';

interface Props {
	uid: string;
	step: StatusStep;
	index: number;
	total: number;
	selected: string | null;
	/** The last verdict, shown under the question while it still applies. */
	verdict: Extract<StepVerdict, { kind: 'answered' }> | null;
	warning: string | null;
	/** « Étape suivante » is offered (the last step ends with the action bar's « Voir le bilan »). */
	canAdvance: boolean;
	acknowledgeAfterDays?: number;
	/** The acknowledgement fact's note, when it is not sure. */
	acknowledgeNote?: string;
	headingRef: Ref<HTMLHeadingElement>;
	onChoose: (optionId: string) => void;
	onCheck: () => void;
	onNext: () => void;
	/** « Recommencer », offered once the run has begun. */
	onRestart?: () => void;
}

/** One event of the invoice's life: what happens, then the question and its explanation. */
export default function StepPanel(p: Props) {
	const { uid, step, verdict } = p;
	const name = `${uid}-etape-${p.index}`;
	return (
		<section class="status-step" aria-labelledby={`${name}-titre`}>
			<h4 id={`${name}-titre`} ref={p.headingRef} tabIndex={-1}>
				Étape {p.index + 1} sur {p.total} ({dayLabel(step.day)})&nbsp;: {step.label}
			</h4>
			<p class="status-event">{step.event}</p>
			{step.status === 'DEPOSEE' ? <DepositNote /> : null}
			{step.popup ? <PopupMock uid={name} statusLabel={step.label} acknowledgeAfterDays={p.acknowledgeAfterDays} acknowledgeNote={p.acknowledgeNote} /> : null}
			<fieldset class="question">
				<legend>{step.question.prompt}</legend>
				<ul class="choices">
					{step.question.options.map((o) => (
						<li key={o.id} class="choice-row">
							<label class="choice">
								<input type="radio" name={name} value={o.id} checked={p.selected === o.id} onChange={() => p.onChoose(o.id)} />
								<span>{o.text}</span>
							</label>
						</li>
					))}
				</ul>
				{verdict ? (
					<p class={`feedback ${verdict.correct ? 'feedback-correct' : 'feedback-wrong'}`}>
						<strong>{verdict.correct ? '✓ Juste\u00a0: ' : '✗ À revoir\u00a0: '}</strong>
						{verdict.option.why}
					</p>
				) : null}
			</fieldset>
			{p.warning ? <p class="question-warning">{p.warning}</p> : null}
			<div class="question-actions">
				<button type="button" class="btn" onClick={p.onCheck}>
					Vérifier
				</button>
				{p.canAdvance ? (
					<button type="button" class="btn" onClick={p.onNext}>
						Étape suivante
					</button>
				) : null}
				{p.onRestart ? (
					<button type="button" class="btn btn-secondary" onClick={p.onRestart}>
						Recommencer
					</button>
				) : null}
			</div>
		</section>
	);
}
