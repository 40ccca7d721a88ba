import type { WorksDeadline } from '../../lib/works-circuit';

/** The circuit’s deadlines, each with its value and its source, shown once the answer is known. */
export default function WorksDeadlines({ uid, deadlines }: { uid: string; deadlines: WorksDeadline[] }) {
	if (deadlines.length === 0) return null;
	return (
		<section class="works-deadlines" aria-labelledby={`${uid}-delais`}>
			<h4 id={`${uid}-delais`}>Les délais du circuit</h4>
			<ul>
				{deadlines.map((d) => (
					<li key={d.text} data-fact-note={d.note ? '' : undefined}>
						<strong>{d.value}</strong>
						{d.note ? <strong class="fact-warning"> ({d.note})</strong> : null} — {d.text}
						<span class="works-source">
							{' '}
							— Source&nbsp;: <a href={d.source.url}>{d.source.label}</a>
						</span>
					</li>
				))}
			</ul>
		</section>
	);
}
