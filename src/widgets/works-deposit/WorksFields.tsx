import type { WorksScenario } from '../../schemas/works-deposit';
import WorksInput, { type WorksControlProps } from './WorksInput';

/**
 * Step 3: the piece's data. Only the « Identification » block and its number are sourced; the
 * other blocks follow what the titulaire must have at hand (fact sheet 11.8) and the fiche
 * identité, so their labels are indicative.
 */
export default function WorksFields(props: WorksControlProps & { scenario: WorksScenario }) {
	const { scenario, ...control } = props;
	const shows = (f: WorksScenario['fields'][number]) => scenario.fields.includes(f);
	return (
		<fieldset class="question wd-step">
			<legend>
				Étape 3 sur 3 — Données de la pièce <em class="indicative">(libellés indicatifs, sauf le bloc «&nbsp;Identification&nbsp;»)</em>
			</legend>
			<p class="question-hint">Les champs marqués d’un astérisque (*) sont obligatoires dans cette maquette.</p>
			<fieldset class="wd-block">
				<legend>Identification</legend>
				<WorksInput {...control} field="numero" label="Numéro de la pièce" required hint="Le numéro porté par la pièce déposée." />
			</fieldset>
			{shows('siretMoa') || shows('codeService') ? (
				<fieldset class="wd-block">
					<legend>Maîtrise d’ouvrage (destinataire)</legend>
					{shows('siretMoa') ? <WorksInput {...control} field="siretMoa" label="SIRET de la maîtrise d’ouvrage" required mode="numeric" hint="14 chiffres." /> : null}
					{shows('codeService') ? <WorksInput {...control} field="codeService" label="Code service" hint="Obligatoire si la structure l’exige." /> : null}
				</fieldset>
			) : null}
			{shows('siretMoe') ? (
				<fieldset class="wd-block">
					<legend>Maîtrise d’œuvre</legend>
					<WorksInput {...control} field="siretMoe" label="SIRET du maître d’œuvre" required mode="numeric" hint="14 chiffres&nbsp;: la structure qui recevra le projet pour établir l’état d’acompte." />
				</fieldset>
			) : null}
			{shows('engagement') ? (
				<fieldset class="wd-block">
					<legend>Références</legend>
					<WorksInput {...control} field="engagement" label="Numéro d’engagement" required />
				</fieldset>
			) : null}
			<fieldset class="wd-block">
				<legend>Montants</legend>
				<WorksInput {...control} field="montantHT" label="Montant HT (€)" required mode="decimal" hint="Par exemple 1&#8239;234,56" />
				<WorksInput {...control} field="montantTVA" label="Montant de TVA (€)" required mode="decimal" />
				<WorksInput {...control} field="montantTTC" label="Montant TTC (€)" required mode="decimal" />
			</fieldset>
		</fieldset>
	);
}
