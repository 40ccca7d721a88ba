import { Fragment } from 'preact';
import type { WorksDocument } from '../../schemas/works-deposit';

/** The documents on the depositor's desk for one case: fiche identité, CCAP extract, situation, pieces received. */
export default function WorksDocuments({ uid, documents }: { uid: string; documents: WorksDocument[] }) {
	return (
		<div class="documents">
			{documents.map((d) => (
				<article key={d.id} class="document" aria-labelledby={`${uid}-doc-${d.id}`}>
					<h4 id={`${uid}-doc-${d.id}`}>{d.title}</h4>
					<p class="document-mention">{d.kind}</p>
					<dl class="document-fields">
						{d.rows.map((r) => (
							<Fragment key={r.label}>
								<dt>{r.label}</dt>
								<dd>{r.value}</dd>
							</Fragment>
						))}
					</dl>
					{d.mentions.map((m) => (
						<p class="document-mention" key={m}>
							{m}
						</p>
					))}
				</article>
			))}
		</div>
	);
}
