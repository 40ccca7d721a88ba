import { fieldId, type StructureStepProps } from '../../lib/structure-check';
import { FieldErrors, fieldState } from './FieldErrors';
import UserRights from './UserRights';

/** The three steps of the structure builder: requests, habilitations and services (UserRights), decision. */
export default function StructureSteps({ uid, scenario: s, answer, mistakes, onChange }: StructureStepProps) {
	const person = (id: string) => s.people.find((p) => p.id === id);
	const structureName = (id: string) => s.structures.find((x) => x.id === id)?.name ?? id;
	const { invalid, describedBy } = fieldState(mistakes);

	return (
		<>
			{s.requests.length > 0 ? (
				<section class="builder-step" aria-labelledby={`${uid}-etape-demandes`}>
					<h4 id={`${uid}-etape-demandes`}>Demandes de rattachement en attente (menu «&nbsp;Approbations&nbsp;»)</h4>
					{s.requests.map((r) => {
						const field = fieldId.request(uid, r.id);
						const who = person(r.person);
						return (
							<fieldset key={r.id} id={field} class={invalid(field) ? 'question field-invalid' : 'question'}>
								<legend>
									Demande de {who?.name} — {who?.role}
								</legend>
								<p class="question-hint">
									Structure&nbsp;: {structureName(r.structure)}
									{r.services.length > 0
										? `\u202f; services demandés\u00a0: ${r.services.map((v) => s.services.find((x) => x.id === v)?.label ?? v).join(', ')}`
										: ''}
									. Message&nbsp;: «&nbsp;{r.message}&nbsp;»
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
													onChange={() => onChange((a) => ({ ...a, requests: { ...a.requests, [r.id]: choice } }))}
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

			<UserRights uid={uid} scenario={s} answer={answer} mistakes={mistakes} onChange={onChange} />

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
											onChange={() => onChange((a) => ({ ...a, decision: o.id }))}
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
