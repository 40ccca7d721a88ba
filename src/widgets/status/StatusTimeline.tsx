import { dayDuration, dayLabel, type StatusStep } from '../../lib/status-simulator';

interface Props {
	uid: string;
	/** The steps reached so far, in order; the last one is the invoice's current status. */
	steps: StatusStep[];
}

/**
 * The statuses the invoice has gone through, as an ordered list (widgets.md « Timelines »):
 * the current one says so in words, not only by its look.
 */
export default function StatusTimeline({ uid, steps }: Props) {
	return (
		<figure class="timeline status-timeline" aria-labelledby={`${uid}-frise`}>
			<figcaption id={`${uid}-frise`}>Statuts de la facture</figcaption>
			<ol>
				{steps.map((step, i) => {
					const current = i === steps.length - 1;
					return (
						<li key={`${i}-${step.status}`} class={current ? 'status-current' : undefined} aria-current={current ? 'step' : undefined}>
							<time datetime={dayDuration(step.day)}>
								{dayLabel(step.day)}
								<span class="visually-hidden"> ({step.day}&nbsp;jour{step.day > 1 ? 's' : ''} après le dépôt)</span>
							</time>{' '}
							<span class="status-label">{step.label}</span>
							{current ? <strong class="status-here"> — statut actuel&nbsp;: vous êtes ici</strong> : null}
						</li>
					);
				})}
			</ol>
		</figure>
	);
}
