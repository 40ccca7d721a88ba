import { DEPOT_CHOICES } from '../../lib/works-deposit';
import type { WorksDepositData, WorksScenario } from '../../schemas/works-deposit';
import { controlId, describedBy, InlineError, type WorksControlProps } from './WorksInput';

interface Props extends WorksControlProps {
	scenario: WorksScenario;
	cadres: WorksDepositData['cadres'];
}

/**
 * Steps 1 and 2 of the « Déposer » tab of « Factures de travaux »: initial deposit or association
 * to an existing dossier (which one), then the cadre. French labels of step 1 are not sourced
 * (only the English page was read): shown as indicative, as are the unsure cadres' notes.
 */
export default function WorksSteps({ uid, values, errors, onChange, scenario, cadres }: Props) {
	const set = (field: 'depot' | 'dossier' | 'cadre', value: string) => onChange((v) => ({ ...v, [field]: value }));
	const noted = cadres.filter((c) => c.note);
	return (
		<>
			<fieldset id={controlId(uid, 'depot')} class="question wd-step" aria-describedby={describedBy(uid, 'depot', errors)}>
				<legend>
					Étape 1 sur 3 — Type de dépôt <em class="indicative">(libellés indicatifs)</em>
				</legend>
				<InlineError uid={uid} field="depot" errors={errors} />
				<ul class="choices">
					{DEPOT_CHOICES.map(([value, label]) => (
						<li key={value} class="choice-row">
							<label class="choice">
								<input
									type="radio"
									id={`${controlId(uid, 'depot')}-${value}`}
									name={`${uid}-depot`}
									value={value}
									checked={values.depot === value}
									aria-invalid={errors.depot ? true : undefined}
									onChange={(e) => set('depot', (e.currentTarget as HTMLInputElement).value)}
								/>
								<span>{label}</span>
							</label>
						</li>
					))}
				</ul>
				{values.depot === 'association' ? (
					<div class={errors.dossier ? 'field field-invalid-input' : 'field'}>
						<label for={controlId(uid, 'dossier')}>Dossier de facturation *</label>
						<InlineError uid={uid} field="dossier" errors={errors} />
						<select
							id={controlId(uid, 'dossier')}
							value={values.dossier}
							aria-invalid={errors.dossier ? true : undefined}
							aria-describedby={describedBy(uid, 'dossier', errors)}
							onChange={(e) => set('dossier', (e.currentTarget as HTMLSelectElement).value)}
						>
							<option value="">{scenario.dossiers.length ? '— Choisir —' : '— Aucun dossier existant —'}</option>
							{scenario.dossiers.map((d) => (
								<option key={d.id} value={d.id}>
									{d.label}
								</option>
							))}
						</select>
					</div>
				) : null}
			</fieldset>
			<fieldset class="question wd-step">
				<legend>Étape 2 sur 3 — Cadre de facturation</legend>
				<div class={errors.cadre ? 'field field-invalid-input' : 'field'}>
					<label for={controlId(uid, 'cadre')}>Cadre de facturation *</label>
					{noted.length ? (
						<p id={`${controlId(uid, 'cadre')}-aide`} class="question-hint fact-note" data-fact-note="">
							Non confirmé par les sources&nbsp;: {noted.map((c) => `${c.code}, ${c.note}`).join('\u202f; ')}.
						</p>
					) : null}
					<InlineError uid={uid} field="cadre" errors={errors} />
					<select
						id={controlId(uid, 'cadre')}
						value={values.cadre}
						aria-invalid={errors.cadre ? true : undefined}
						aria-describedby={describedBy(uid, 'cadre', errors, noted.length > 0)}
						onChange={(e) => set('cadre', (e.currentTarget as HTMLSelectElement).value)}
					>
						<option value="">— Choisir —</option>
						{cadres.map((c) => (
							<option key={c.code} value={c.code}>
								{c.code} — {c.label}
								{c.note ? ' (à vérifier)' : ''}
							</option>
						))}
					</select>
				</div>
			</fieldset>
		</>
	);
}
