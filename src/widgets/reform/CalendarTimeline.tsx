import { formatDate } from '../../lib/format';
import { confidenceText, DUTY_LABEL, statusText, type ReformCalendar } from '../../lib/reform-calendar';

interface Props {
	uid: string;
	calendar: ReformCalendar;
}

/**
 * The obligations as an ordered list of dated events, « aujourd’hui » being one of them so that
 * screen readers meet it in its place (widgets.md, « Timelines »). In force or coming is said
 * in words, never by colour alone.
 */
export default function CalendarTimeline({ uid, calendar }: Props) {
	return (
		<>
			{calendar.inForce.length + calendar.coming.length === 0 ? (
				<p class="question-warning">Aucune obligation de la réforme ne correspond à ce profil dans les données du cours&nbsp;: vérifiez votre situation auprès de votre expert-comptable ou sur impots.gouv.fr.</p>
			) : null}
			<ol class="reform-timeline-list" aria-labelledby={`${uid}-calendrier-titre`}>
				{calendar.entries.map((entry) =>
					entry.kind === 'today' ? (
						<li key="aujourdhui" class="reform-today" aria-current="date">
							<time datetime={entry.date}>Aujourd’hui, {formatDate(entry.date)}</time>&nbsp;: vous êtes ici
						</li>
					) : (
						<li
							key={entry.status.obligation.id}
							class={entry.status.inForce ? 'reform-event reform-in-force' : 'reform-event reform-coming'}
							data-fact-note={(entry.status.obligation as { note?: string }).note ? '' : undefined}
						>
							<time datetime={entry.status.obligation.date}>{formatDate(entry.status.obligation.date)}</time>
							<p class="reform-event-title">
								<strong>{DUTY_LABEL[entry.status.obligation.duty]}</strong> — <span class="reform-status">{entry.status.inForce ? '✓ ' : '⏳ '}{statusText(entry.status)}</span>
							</p>
							<p>{entry.status.obligation.text}</p>
							<p class="fact-source">
								Fiabilité&nbsp;: {confidenceText(entry.status.obligation.confidence)}
								{(entry.status.obligation as { note?: string }).note ? <strong class="fact-warning"> ({(entry.status.obligation as { note?: string }).note})</strong> : null}.{' '}
								<a href={entry.status.obligation.source.url} rel="external noreferrer">
									Source&nbsp;: {entry.status.obligation.source.label}
								</a>
							</p>
						</li>
					)
				)}
			</ol>
		</>
	);
}
