import type { ComponentChildren } from 'preact';
import { fieldId, type Mistake, type StructureStepProps } from '../../lib/structure-check';
import { FieldErrors, fieldState } from './FieldErrors';

/** The list with `id` in or out, as the box now says (never toggled from a stale copy). */
function setIn(list: string[] | undefined, id: string, on: boolean): string[] {
	const rest = (list ?? []).filter((x) => x !== id);
	return on ? [...rest, id] : rest;
}

const checkedOf = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

interface BoxGroupProps {
	/** The fieldset's id, where the error summary's links lead. */
	field: string;
	legend: string;
	options: { id: string; label: ComponentChildren; help?: string }[];
	chosen: string[];
	mistakes: Mistake[];
	onToggle: (id: string, on: boolean) => void;
}

/** One user's profiles or services: a group of boxes with its inline errors. */
function BoxGroup({ field, legend, options, chosen, mistakes, onToggle }: BoxGroupProps) {
	const { invalid, describedBy } = fieldState(mistakes);
	return (
		<fieldset id={field} class={invalid(field) ? 'question field-invalid' : 'question'}>
			<legend>{legend}</legend>
			<ul class="choices">
				{options.map((o) => (
					<li key={o.id} class="choice-row">
						<label class="choice">
							<input
								type="checkbox"
								checked={chosen.includes(o.id)}
								aria-invalid={invalid(field) || undefined}
								aria-describedby={[o.help ? `${field}-${o.id}-aide` : '', describedBy(field)].filter(Boolean).join(' ') || undefined}
								onChange={(e) => onToggle(o.id, checkedOf(e))}
							/>
							<span>{o.label}</span>
						</label>
						{o.help ? (
							<span id={`${field}-${o.id}-aide`} class="choice-help">
								{o.help}
							</span>
						) : null}
					</li>
				))}
			</ul>
			<FieldErrors id={field} mistakes={mistakes} />
		</fieldset>
	);
}

/** The habilitations step: each user's profiles and services, as checkboxes. */
export default function UserRights({ uid, scenario: s, answer, mistakes, onChange }: StructureStepProps) {
	const person = (id: string) => s.people.find((p) => p.id === id);
	const structureName = (id: string) => s.structures.find((x) => x.id === id)?.name ?? id;
	const toggle = (list: 'profiles' | 'services', who: string) => (id: string, on: boolean) =>
		onChange((a) => ({ ...a, [list]: { ...a[list], [who]: setIn(a[list][who], id, on) } }));
	const profiles = s.profiles.map((p) => ({
		id: p.id,
		label: (
			<>
				{p.label}
				{p.indicative ? <em class="indicative"> (libellé indicatif)</em> : null}
			</>
		),
		help: p.description,
	}));

	return (
		<section class="builder-step" aria-labelledby={`${uid}-etape-droits`}>
			<h4 id={`${uid}-etape-droits`}>Habilitations et services des utilisateurs</h4>
			{s.users.map((u) => {
				const who = person(u.person);
				const services = s.services.filter((v) => v.structure === u.structure).map((v) => ({ id: v.id, label: `${v.label} (code ${v.code})` }));
				return (
					<div key={u.person} class="builder-user">
						<h5>
							{who?.name} — {who?.role} ({structureName(u.structure)})
							{who && !who.activeAccount ? <span class="badge badge-en-cours"> compte non activé</span> : null}
						</h5>
						<BoxGroup
							field={fieldId.profiles(uid, u.person)}
							legend={`Profils de ${who?.name}`}
							options={profiles}
							chosen={answer.profiles[u.person] ?? []}
							mistakes={mistakes}
							onToggle={toggle('profiles', u.person)}
						/>
						{services.length > 0 ? (
							<BoxGroup
								field={fieldId.services(uid, u.person)}
								legend={`Services de ${who?.name}`}
								options={services}
								chosen={answer.services[u.person] ?? []}
								mistakes={mistakes}
								onToggle={toggle('services', u.person)}
							/>
						) : null}
					</div>
				);
			})}
		</section>
	);
}
