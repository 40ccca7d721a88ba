import { Fragment } from 'preact';
import { agoText, RECEPTION_LABEL } from '../../lib/subcontract-validation';
import { formatDate } from '../../lib/format';
import type { SubcontractCase } from '../../schemas/subcontract-validation';

interface Props {
	base: string;
	item: SubcontractCase;
	/** Days from reception to the simulation's « aujourd’hui ». */
	days: number;
}

/** The request as its screen shows it, then the learner's own files (acte spécial, contract). */
export default function CaseDocuments({ base, item, days }: Props) {
	return (
		<div class="documents">
			{item.documents.map((doc, index) => (
				<article key={doc.id} class="document" aria-labelledby={`${base}-${doc.id}`}>
					<h4 id={`${base}-${doc.id}`}>{doc.title}</h4>
					<dl class="document-fields">
						{index === 0 ? (
							<>
								<dt>{RECEPTION_LABEL}</dt>
								<dd>
									{formatDate(item.receivedOn)} ({agoText(days)})
								</dd>
							</>
						) : null}
						{doc.fields.map((f) => (
							<Fragment key={f.label}>
								<dt>
									{f.label}
									{f.indicative ? <em class="indicative"> (libellé indicatif)</em> : null}
								</dt>
								<dd>{f.value}</dd>
							</Fragment>
						))}
					</dl>
				</article>
			))}
		</div>
	);
}
