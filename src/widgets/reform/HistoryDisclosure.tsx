import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import type { HistoryEntry } from '../../lib/reform-timeline';

interface Props {
	uid: string;
	history: HistoryEntry[];
}

/** « Voir l’historique du calendrier »: the dates set then moved, behind a disclosure button. */
export default function HistoryDisclosure({ uid, history }: Props) {
	const [open, setOpen] = useState(false);
	const panel = `${uid}-historique`;
	return (
		<div class="reform-history">
			<button type="button" class="btn btn-secondary" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
				Voir l’historique du calendrier
			</button>
			<div id={panel} hidden={!open}>
				<ul>
					{history.map((h) => (
						<li key={h.id}>
							<p>{h.text}</p>
							{h.dates.length > 0 ? (
								<ul>
									{h.dates.map((d) => (
										<li key={`${d.date}-${d.label}`} data-fact-note={d.note ? '' : undefined}>
											<time datetime={d.date}>{formatDate(d.date)}</time>&nbsp;: {d.label}
											{d.note ? <strong class="fact-warning"> ({d.note})</strong> : null}
											{d.note && d.source ? (
												<>
													{' '}
													<a href={d.source.url} rel="external noreferrer">
														Source&nbsp;: {d.source.label}
													</a>
												</>
											) : null}
										</li>
									))}
								</ul>
							) : null}
						</li>
					))}
				</ul>
			</div>
		</div>
	);
}
