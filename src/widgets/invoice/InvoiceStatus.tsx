import type { Ref } from 'preact';
import { FIELD_LABELS, type FieldName, type FieldResult, type InvoiceFormValues, type InvoiceStep } from '../../lib/invoice-form';
import InvoiceResult from './InvoiceResult';

interface Props {
	uid: string;
	step: InvoiceStep;
	values: InvoiceFormValues;
	errors: Partial<Record<FieldName, string>>;
	/** The fields checked after sending, or the solution's (then `revealed`). */
	results: FieldResult[] | null;
	revealed: boolean;
	statusRef: Ref<HTMLDivElement>;
	onConfirm: () => void;
	onModify: () => void;
}

/**
 * The top of the mock screen, where focus goes after each button: the error summary, the
 * draft notice, the confirmation before sending, or the portal's answer with each field checked.
 */
export default function InvoiceStatus({ uid, step, values, errors, results, revealed, statusRef, onConfirm, onModify }: Props) {
	const errorList = Object.entries(errors) as [FieldName, string][];
	return (
		<div ref={statusRef} tabIndex={-1} class="invoice-status">
			{errorList.length > 0 && step === 'saisie' ? (
				<div class="error-summary" aria-labelledby={`${uid}-erreurs`}>
					<h4 id={`${uid}-erreurs`}>
						Il y a {errorList.length} erreur{errorList.length > 1 ? 's' : ''}
					</h4>
					<ul>
						{errorList.map(([field, message]) => (
							<li key={field}>
								<a href={`#${uid}-${field}`}>
									{FIELD_LABELS[field]}&nbsp;: {message}
								</a>
							</li>
						))}
					</ul>
				</div>
			) : null}
			{step === 'brouillon' ? (
				<div class="feedback feedback-wrong">
					<p>
						<strong>Brouillon enregistré — facture non envoyée.</strong> «&nbsp;Enregistrer&nbsp;» ne transmet rien à l’acheteur&nbsp;: la facture reste en brouillon dans l’onglet «&nbsp;Synthèse&nbsp;». Pour l’envoyer&nbsp;: «&nbsp;Valider et envoyer&nbsp;», puis «&nbsp;Confirmer et envoyer&nbsp;».
					</p>
				</div>
			) : null}
			{step === 'confirmation' ? (
				<div class="confirmation" aria-labelledby={`${uid}-confirmation`}>
					<h4 id={`${uid}-confirmation`}>Confirmation d’envoi</h4>
					<p>
						Facture n° {values.numeroFacture} pour le SIRET {values.siretDestinataire}, cadre {values.cadre}, {values.montantTTC}&nbsp;€ TTC.
					</p>
					<div class="question-actions">
						<button type="button" class="btn" onClick={onConfirm}>
							Confirmer et envoyer
						</button>
						<button type="button" class="btn btn-secondary" onClick={onModify}>
							Modifier
						</button>
					</div>
				</div>
			) : null}
			{results ? <InvoiceResult uid={uid} numero={values.numeroFacture} results={results} revealed={revealed} /> : null}
		</div>
	);
}
