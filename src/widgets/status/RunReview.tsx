import type { Ref } from 'preact';
import { correctOption, dayLabel, summaryText, type SimulationScore, type StatusScenario } from '../../lib/status-simulator';
import DepositNote from './DepositNote';

interface SummaryProps {
	uid: string;
	scenario: StatusScenario;
	firstAnswers: (string | null)[];
	result: SimulationScore;
	summaryRef: Ref<HTMLDivElement>;
}

/** The end-of-run summary: one line per step, ✓ or ✗ in words, the right answer when missed. */
export function RunSummary({ uid, scenario, firstAnswers, result, summaryRef }: SummaryProps) {
	const perfect = result.score === result.max;
	return (
		<div ref={summaryRef} tabIndex={-1} class={perfect ? 'success-summary' : 'error-summary'} aria-labelledby={`${uid}-bilan`}>
			<h4 id={`${uid}-bilan`}>Bilan&nbsp;: {summaryText(result)}</h4>
			<ol class="status-summary">
				{scenario.steps.map((step, i) => {
					const right = correctOption(step);
					const ok = firstAnswers[i] === right.id;
					return (
						<li key={i}>
							<span class={ok ? 'mark mark-ok' : 'mark mark-ko'}>{ok ? '✓ Juste' : '✗ À revoir'}</span>
							{` — ${step.label} (${dayLabel(step.day)})`}
							{ok ? '' : `\u00a0: la bonne réponse était «\u00a0${right.text}\u00a0».`}
						</li>
					);
				})}
			</ol>
		</div>
	);
}

/** « Voir la solution »: every step with its right answer and why. */
export function SolutionList({ uid, scenario }: { uid: string; scenario: StatusScenario }) {
	return (
		<section class="feedback feedback-revealed" aria-labelledby={`${uid}-solution`}>
			<h4 id={`${uid}-solution`}>Solution, étape par étape</h4>
			<ol class="status-solution">
				{scenario.steps.map((step, i) => {
					const right = correctOption(step);
					return (
						<li key={i}>
							<p>
								<strong>
									{dayLabel(step.day)} — {step.label}.
								</strong>{' '}
								{step.event}
							</p>
							{step.status === 'DEPOSEE' ? <DepositNote /> : null}
							<p>
								{step.question.prompt} <strong>✓ {right.text}.</strong> {right.why}
							</p>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
