import { useStore } from '@nanostores/preact';
import type { OrganiserSettings } from '../../lib/documents';
import { $organiserSettings, $settingsMessage, saveOrganiserSettings } from '../../stores/organiser-settings';
import Field from '../kit/Field';

interface Props {
	/** Problems to show against the fields, from settingsProblems(), once a document was asked for. */
	problems?: readonly string[];
}

/**
 * The organiser's and the session's details that every document prints, kept in this browser
 * (src/stores/organiser-settings.ts). Saved as typed; checked when a document is made.
 */
export default function SettingsForm({ problems = [] }: Props) {
	const settings = useStore($organiserSettings);
	const message = useStore($settingsMessage);
	if (!settings) return null;
	const set = (change: (s: OrganiserSettings) => void) => {
		// From the store, not this render's copy: two fields changed before a re-render both count.
		const next = structuredClone($organiserSettings.get() ?? settings);
		change(next);
		saveOrganiserSettings(next);
	};
	const text = (id: string, label: string, value: string, apply: (s: OrganiserSettings, v: string) => void, hint?: string, type = 'text') => (
		<Field
			id={id}
			label={label}
			hint={hint}
			control={(p) => <input {...p} type={type} value={value} onInput={(e) => set((s) => apply(s, (e.currentTarget as HTMLInputElement).value))} />}
		/>
	);
	return (
		<fieldset class="settings-form">
			<legend>L’organisme et la session (imprimés sur chaque document)</legend>
			{message ? <p class="settings-message" role="status">{message}</p> : null}
			{problems.length > 0 ? (
				<div class="settings-problems" role="alert">
					<p>Pour faire les documents, complétez&nbsp;:</p>
					<ul>
						{problems.map((p) => (
							<li key={p}>{p}</li>
						))}
					</ul>
				</div>
			) : null}
			{text('org-nom', 'Raison sociale de l’organisme', settings.organiser.name, (s, v) => (s.organiser.name = v))}
			{text('org-siret', 'SIRET de l’organisme (facultatif)', settings.organiser.siret ?? '', (s, v) => (s.organiser.siret = v), '14 chiffres.')}
			{text('org-nda', 'Numéro de déclaration d’activité (facultatif)', settings.organiser.nda ?? '', (s, v) => (s.organiser.nda = v))}
			{text('org-representant', 'Représentant légal qui signe (nom et prénom)', settings.organiser.representative, (s, v) => (s.organiser.representative = v))}
			{text('session-intitule', 'Intitulé de l’action', settings.session.title, (s, v) => (s.session.title = v))}
			{text('session-debut', 'Date de début', settings.session.from, (s, v) => (s.session.from = v), undefined, 'date')}
			{text('session-fin', 'Date de fin', settings.session.to, (s, v) => (s.session.to = v), undefined, 'date')}
			<fieldset class="settings-modality">
				<legend>Modalité</legend>
				{(
					[
						['presentiel', 'En présentiel (journée de 7\u00a0heures)'],
						['distance', 'À distance (les activités réalisées et leurs temps figurent sur le certificat)'],
					] as const
				).map(([value, label]) => (
					<label key={value}>
						<input type="radio" name="session-modalite" value={value} checked={settings.session.modality === value} onChange={() => set((s) => (s.session.modality = value))} /> {label}
					</label>
				))}
			</fieldset>
			{text('session-lieu', 'Lieu («\u00a0Fait à\u00a0»)', settings.session.place, (s, v) => (s.session.place = v))}
			<Field
				id="session-duree"
				label="Durée de l’action, en heures"
				hint="7 pour la journée en salle&#8239;; pour une action à distance, la durée prévue au programme."
				control={(p) => (
					<input
						{...p}
						type="number"
						min="0.5"
						max="100"
						step="0.5"
						inputMode="decimal"
						value={settings.session.durationHours}
						onInput={(e) => {
							const v = Number((e.currentTarget as HTMLInputElement).value.replace(',', '.'));
							if (Number.isFinite(v)) set((s) => (s.session.durationHours = v));
						}}
					/>
				)}
			/>
		</fieldset>
	);
}
