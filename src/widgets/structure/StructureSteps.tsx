import type { StructureScenario } from '../../schemas/structure-scenario';
import { fieldId, type Mistake, type StructureAnswer } from '../../lib/structure-check';

interface Props {
	uid: string;
	scenario: StructureScenario;
	answer: StructureAnswer;
	mistakes: Mistake[];
	onChange: (answer: StructureAnswer) => void;
}

function toggle(list: string[], id: string): string[] {
	return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** Inline messages under a group of controls, tied to its inputs by aria-describedby. */
function FieldErrors({ id, mistakes }: { id: string; mistakes: Mistake[] }) {
	const mine = mistakes.filter((m) => m.field === id);
	if (mine.length === 0) return null;
	return (
		<ul id={`${id}-erreur`} class="field-errors">
			{mine.map((m) => (
				<li key={m.message}>
					<span class="visually-hidden">Erreur : </span>✗ {m.message}
				</li>
			))}
		</ul>
	);
}

/** The three steps of the structure builder: requests, habilitations and services, decision. */
export default function StructureSteps({ uid, scenario: s, answer, mistakes, onChange }: Props) {
	const person = (id: string) => s.people.find((p) => p.id === id);
	const structureName = (id: string) => s.structures.find((x) => x.id === id)?.name ?? id;
	const invalid = (field: string) => mistakes.some((m) => m.field === field);
	const describedBy = (field: string) => (invalid(field) ? `${field}-erreur` : undefined);

	return (
		<>
			{s.requests.length > 0 ? (
				<section class="builder-step" aria-labelledby={`${uid}-etape-demandes`}>
					<h4 id={`${uid}-etape-demandes`}>Demandes de rattachement en attente (menu « Approbations »)</h4>
					{s.requests.map((r) => {
						const field = fieldId.request(uid, r.id);
						const who = person(r.person);
						return (
							<fieldset key={r.id} id={field} class={invalid(field) ? 'question field-invalid' : 'question'}>
								<legend>
									Demande de {who?.name} — {who?.role}
								</legend>
								<p class="question-hint">
									Structure : {structureName(r.structure)}
									{r.services.length > 0
										? ` ; services demandés : ${r.services.map((v) => s.services.find((x) => x.id === v)?.label ?? v).join(', ')}`
										: ''}
									. Message : « {r.message} »
								</p>
								<ul class="choices choices-inline">
									{(['accepter', 'refuser'] as const).map((choice) => (
										<li key={choice} class="choice-row">
											<label class="choice">
												<input
													type="radio"
													name={field}
													checked={answer.requests[r.id] === choice}
													aria-invalid={invalid(field) || undefined}
													aria-describedby={describedBy(field)}
													onChange={() => onChange({ ...answer, requests: { ...answer.requests, [r.id]: choice } })}
												/>
												<span>{choice === 'accepter' ? 'Valider la demande' : 'Refuser la demande'}</span>
											</label>
										</li>
									))}
								</ul>
								<FieldErrors id={field} mistakes={mistakes} />
							</fieldset>
						);
					})}
				</section>
			) : null}

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
													onChange={() => onChange({ ...answer, profiles: { ...answer.profiles, [u.person]: toggle(answer.profiles[u.person] ?? [], p.id) } })}
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
														onChange={() => onChange({ ...answer, services: { ...answer.services, [u.person]: toggle(answer.services[u.person] ?? [], v.id) } })}
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

			{s.decision ? (
				<section class="builder-step" aria-labelledby={`${uid}-etape-decision`}>
					<h4 id={`${uid}-etape-decision`}>Décision</h4>
					<fieldset id={fieldId.decision(uid)} class={invalid(fieldId.decision(uid)) ? 'question field-invalid' : 'question'}>
						<legend>{s.decision.question}</legend>
						<ul class="choices">
							{s.decision.options.map((o) => (
								<li key={o.id} class="choice-row">
									<label class="choice">
										<input
											type="radio"
											name={fieldId.decision(uid)}
											checked={answer.decision === o.id}
											aria-invalid={invalid(fieldId.decision(uid)) || undefined}
											aria-describedby={describedBy(fieldId.decision(uid))}
											onChange={() => onChange({ ...answer, decision: o.id })}
										/>
										<span>{o.text}</span>
									</label>
								</li>
							))}
						</ul>
						<FieldErrors id={fieldId.decision(uid)} mistakes={mistakes} />
					</fieldset>
				</section>
			) : null}
		</>
	);
}
