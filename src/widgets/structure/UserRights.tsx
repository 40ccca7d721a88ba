import { fieldId, type Mistake, type StructureAnswer } from '../../lib/structure-check';
import type { StructureScenario } from '../../schemas/structure-scenario';
import { FieldErrors, fieldState } from './FieldErrors';

interface Props {
	uid: string;
	scenario: StructureScenario;
	answer: StructureAnswer;
	mistakes: Mistake[];
	/** Given how to update the answer, so that replayed early inputs build on each other. */
	onChange: (update: (answer: StructureAnswer) => StructureAnswer) => void;
}

/** The list with `id` in or out, as the box now says (never toggled from a stale copy). */
function setIn(list: string[] | undefined, id: string, on: boolean): string[] {
	const rest = (list ?? []).filter((x) => x !== id);
	return on ? [...rest, id] : rest;
}

const checkedOf = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

/** The habilitations step: each user's profiles and services, as checkboxes. */
export default function UserRights({ uid, scenario: s, answer, mistakes, onChange }: Props) {
	const person = (id: string) => s.people.find((p) => p.id === id);
	const structureName = (id: string) => s.structures.find((x) => x.id === id)?.name ?? id;
	const { invalid, describedBy } = fieldState(mistakes);

	return (
		<section class="builder-step" aria-labelledby={`${uid}-etape-droits`}>
			<h4 id={`${uid}-etape-droits`}>Habilitations et services des utilisateurs</h4>
			{s.users.map((u) => {
				const who = person(u.person);
				const profilesField = fieldId.profiles(uid, u.person);
				const servicesField = fieldId.services(uid, u.person);
				const services = s.services.filter((v) => v.structure === u.structure);
				return (
					<div key={u.person} class="builder-user">
						<h5>
							{who?.name} — {who?.role} ({structureName(u.structure)})
							{who && !who.activeAccount ? <span class="badge badge-en-cours"> compte non activé</span> : null}
						</h5>
						<fieldset id={profilesField} class={invalid(profilesField) ? 'question field-invalid' : 'question'}>
							<legend>Profils de {who?.name}</legend>
							<ul class="choices">
								{s.profiles.map((p) => (
									<li key={p.id} class="choice-row">
										<label class="choice">
											<input
												type="checkbox"
												checked={(answer.profiles[u.person] ?? []).includes(p.id)}
												aria-invalid={invalid(profilesField) || undefined}
												aria-describedby={[`${profilesField}-${p.id}-aide`, describedBy(profilesField)].filter(Boolean).join(' ')}
												onChange={(e) => {
													const on = checkedOf(e);
													onChange((a) => ({ ...a, profiles: { ...a.profiles, [u.person]: setIn(a.profiles[u.person], p.id, on) } }));
												}}
											/>
											<span>
												{p.label}
												{p.indicative ? <em class="indicative"> (libellé indicatif)</em> : null}
											</span>
										</label>
										<span id={`${profilesField}-${p.id}-aide`} class="choice-help">
											{p.description}
										</span>
									</li>
								))}
							</ul>
							<FieldErrors id={profilesField} mistakes={mistakes} />
						</fieldset>
						{services.length > 0 ? (
							<fieldset id={servicesField} class={invalid(servicesField) ? 'question field-invalid' : 'question'}>
								<legend>Services de {who?.name}</legend>
								<ul class="choices">
									{services.map((v) => (
										<li key={v.id} class="choice-row">
											<label class="choice">
												<input
													type="checkbox"
													checked={(answer.services[u.person] ?? []).includes(v.id)}
													aria-invalid={invalid(servicesField) || undefined}
													aria-describedby={describedBy(servicesField)}
													onChange={(e) => {
														const on = checkedOf(e);
														onChange((a) => ({ ...a, services: { ...a.services, [u.person]: setIn(a.services[u.person], v.id, on) } }));
													}}
												/>
												<span>
													{v.label} (code {v.code})
												</span>
											</label>
										</li>
									))}
								</ul>
								<FieldErrors id={servicesField} mistakes={mistakes} />
							</fieldset>
						) : null}
					</div>
				);
			})}
		</section>
	);
}
