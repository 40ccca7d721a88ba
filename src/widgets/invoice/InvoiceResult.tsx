import { FIELD_LABELS, type FieldResult } from '../../lib/invoice-form';

interface Props {
	uid: string;
	numero: string;
	results: FieldResult[];
	revealed: boolean;
}

/** After « Confirmer et envoyer »: the portal's message, then each field checked against the documents. */
export default function InvoiceResult({ uid, numero, results, revealed }: Props) {
	const right = results.filter((r) => r.ok).length;
	const allRight = right === results.length;
	return (
		<div class={revealed ? 'feedback feedback-revealed' : allRight ? 'success-summary' : 'error-summary'} aria-labelledby={`${uid}-resultat`}>
			<h4 id={`${uid}-resultat`}>{revealed ? 'Solution' : allRight ? `✓ Tous les champs sont justes (${right} sur ${results.length})` : `✗ ${results.length - right} champ${results.length - right > 1 ? 's' : ''} à revoir (${right} sur ${results.length} justes)`}</h4>
			{!revealed ? (
				<p>
					Message du portail (simulation)&nbsp;: «&nbsp;La facture n° {numero} est validée, elle est en cours de transmission au service concerné&nbsp;».
					{allRight ? '' : ' Le portail l’a acceptée, mais une donnée fausse l’enverra au mauvais endroit ou la fera revenir «\u00a0À recycler\u00a0» ou «\u00a0Rejetée\u00a0».'}
				</p>
			) : null}
			<ul class="field-results">
				{results.map((r) => (
					<li key={r.field}>
						<strong>
							{revealed ? '' : r.ok ? '✓ ' : '✗ '}
							{FIELD_LABELS[r.field]}
						</strong>{' '}
						: {r.expected}. {r.explanation}
					</li>
				))}
			</ul>
		</div>
	);
}
