import type { FieldName, InvoiceFormValues } from '../../lib/invoice-form';
import { attachmentProblem, PAYMENT_MODES } from '../../lib/invoice-form';
import type { AnnuaireEntry } from '../../schemas/invoice-form';
import AnnuaireSearch from './AnnuaireSearch';

interface Props {
	uid: string;
	values: InvoiceFormValues;
	errors: Partial<Record<FieldName, string>>;
	cadres: { code: string; label: string }[];
	files: string[];
	annuaire: AnnuaireEntry[];
	/** Given how to update the form, so that replayed early inputs build on each other. */
	onChange: (update: (values: InvoiceFormValues) => InvoiceFormValues) => void;
}


/** The blocks of the mock « Saisir une facture » screen, in the order of the official guide. */
export default function InvoiceFormFields({ uid, values, errors, cadres, files, annuaire, onChange }: Props) {
	const id = (f: FieldName) => `${uid}-${f}`;
	const set = (f: FieldName, value: string) => onChange((v) => ({ ...v, [f]: value }));
	const described = (f: FieldName, hint?: boolean) => [hint ? `${id(f)}-aide` : '', errors[f] ? `${id(f)}-erreur` : ''].filter(Boolean).join(' ') || undefined;
	const error = (f: FieldName) =>
		errors[f] ? (
			<p id={`${id(f)}-erreur`} class="field-error">
				<span class="visually-hidden">Erreur&nbsp;: </span>
				{errors[f]}
			</p>
		) : null;
	const text = (f: FieldName, label: string, opts: { required?: boolean; hint?: string; type?: string; mode?: 'numeric' | 'decimal' | 'text' } = {}) => (
		<div class={errors[f] ? 'field field-invalid-input' : 'field'}>
			<label for={id(f)}>
				{label}
				{opts.required ? ' *' : ''}
			</label>
			{opts.hint ? (
				<p id={`${id(f)}-aide`} class="question-hint">
					{opts.hint}
				</p>
			) : null}
			{error(f)}
			<input
				id={id(f)}
				type={opts.type ?? 'text'}
				inputMode={opts.mode}
				autocomplete="off"
				aria-invalid={errors[f] ? true : undefined}
				aria-describedby={described(f, Boolean(opts.hint))}
				value={values[f] as string}
				onInput={(e) => set(f, (e.currentTarget as HTMLInputElement).value)}
			/>
		</div>
	);
	const validator = values.cadre === 'A9' || values.cadre === 'A12';

	return (
		<div class="invoice-form">
			<p class="question-hint">Les champs marqués d’un astérisque (*) sont obligatoires. Libellés indicatifs&nbsp;: la maquette suit l’ordre des blocs du guide officiel.</p>
			<fieldset class="question">
				<legend>Cadre de facturation</legend>
				<div class={errors.cadre ? 'field field-invalid-input' : 'field'}>
					<label for={id('cadre')}>Cadre de facturation *</label>
					{error('cadre')}
					<select id={id('cadre')} value={values.cadre} aria-invalid={errors.cadre ? true : undefined} aria-describedby={described('cadre')} onChange={(e) => set('cadre', (e.currentTarget as HTMLSelectElement).value)}>
						<option value="">— Choisir —</option>
						{cadres.map((c) => (
							<option key={c.code} value={c.code}>
								{c.code} — {c.label}
							</option>
						))}
					</select>
				</div>
				{validator
					? text('siretValideur', values.cadre === 'A9' ? 'SIRET de la structure valideuse (le titulaire)' : 'SIRET de la structure valideuse (le mandataire)', {
							required: true,
							mode: 'numeric',
							hint: '14 chiffres. La facture lui est soumise avant de partir vers l’acheteur public.',
						})
					: null}
			</fieldset>
			<fieldset class="question">
				<legend>Destinataire</legend>
				{text('siretDestinataire', 'Identifiant (SIRET) de la structure publique', { required: true, mode: 'numeric', hint: '14 chiffres, sans espace. Vérifiez-le dans l’annuaire ci-dessous.' })}
				<AnnuaireSearch uid={uid} annuaire={annuaire} onChoose={(siret) => set('siretDestinataire', siret)} />
				{text('codeService', 'Code service', { hint: 'Obligatoire si la structure l’exige (voir l’annuaire).' })}
			</fieldset>
			<fieldset class="question">
				<legend>Références</legend>
				{text('engagement', 'Numéro d’engagement (ou de bon de commande)', { hint: 'Obligatoire si la structure ou le service l’exige.' })}
				{text('marche', 'Numéro de marché')}
				{text('numeroFacture', 'Numéro de facture', { required: true })}
				{text('dateFacture', 'Date de facture', { required: true, type: 'date' })}
				<div class={errors.modePaiement ? 'field field-invalid-input' : 'field'}>
					<label for={id('modePaiement')}>
						Mode de paiement * <em class="indicative">(libellé indicatif)</em>
					</label>
					{error('modePaiement')}
					<select id={id('modePaiement')} value={values.modePaiement} aria-invalid={errors.modePaiement ? true : undefined} aria-describedby={described('modePaiement')} onChange={(e) => set('modePaiement', (e.currentTarget as HTMLSelectElement).value)}>
						<option value="">— Choisir —</option>
						{PAYMENT_MODES.map(([value, label]) => (
							<option key={value} value={value}>
								{label}
							</option>
						))}
					</select>
				</div>
			</fieldset>
			<fieldset class="question">
				<legend>Montants totaux</legend>
				{text('montantHT', 'Montant HT total (€)', { required: true, mode: 'decimal', hint: 'Par exemple 1\u202f234,56' })}
				{text('montantTVA', 'Montant de TVA (€)', { required: true, mode: 'decimal' })}
				{text('montantTTC', 'Montant TTC total (€)', { required: true, mode: 'decimal' })}
			</fieldset>
			{files.length > 0 ? (
				<fieldset id={id('piecesJointes')} class="question">
					<legend>Pièces jointes (facultatif)</legend>
					{error('piecesJointes')}
					<ul class="choices">
						{files.map((name) => (
							<li key={name} class="choice-row">
								<label class="choice">
									<input
										type="checkbox"
										checked={values.piecesJointes.includes(name)}
										aria-invalid={errors.piecesJointes && attachmentProblem(name) ? true : undefined}
										aria-describedby={errors.piecesJointes ? `${id('piecesJointes')}-erreur` : undefined}
										onChange={(e) => {
											// As the box now says, never toggled from a stale copy of the form.
											const on = (e.currentTarget as HTMLInputElement).checked;
											onChange((v) => ({ ...v, piecesJointes: [...v.piecesJointes.filter((p) => p !== name), ...(on ? [name] : [])] }));
										}}
									/>
									<span class="identifier-value">{name}</span>
								</label>
							</li>
						))}
					</ul>
				</fieldset>
			) : null}
		</div>
	);
}
