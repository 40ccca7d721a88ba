import type { Ref } from 'preact';
import type { StructureCheck } from '../../lib/structure-check';
import type { StructureScenario } from '../../schemas/structure-scenario';

interface SummaryProps {
	uid: string;
	result: StructureCheck;
	summaryRef: Ref<HTMLDivElement>;
}

/** After « Vérifier »: the error summary (GOV.UK pattern), each mistake linked to its field. */
export function StructureSummary({ uid, result, summaryRef }: SummaryProps) {
	const { mistakes } = result;
	return (
		<div ref={summaryRef} tabIndex={-1} class={mistakes.length ? 'error-summary' : 'success-summary'} aria-labelledby={`${uid}-bilan`}>
			<h4 id={`${uid}-bilan`}>
				{mistakes.length === 0 ? `✓ Aucune erreur\u00a0: ${result.score} sur ${result.max}` : `Il y a ${mistakes.length} erreur${mistakes.length > 1 ? 's' : ''} (${result.score} sur ${result.max})`}
			</h4>
			{mistakes.length > 0 ? (
				<ul>
					{mistakes.map((m) => (
						<li key={m.message}>
							<a href={`#${m.field}`}>{m.message}</a>
						</li>
					))}
				</ul>
			) : null}
		</div>
	);
}

/** After « Voir la solution »: why each decision is the careful one. */
export function StructureSolution({ scenario }: { scenario: StructureScenario }) {
	const name = (person: string) => scenario.people.find((p) => p.id === person)?.name;
	return (
		<div class="feedback feedback-revealed">
			<p>
				<strong>Solution.</strong> Pourquoi&nbsp;:
			</p>
			<ul>
				{scenario.requests.map((r) => (
					<li key={r.id}>
						{name(r.person)}&nbsp;: {r.expected === 'accepter' ? 'valider' : 'refuser'}. {r.why}
					</li>
				))}
				{scenario.users.map((u) => (
					<li key={u.person}>
						{name(u.person)}&nbsp;: {u.why}
					</li>
				))}
				{scenario.decision ? <li>{scenario.decision.options.find((o) => o.correct)?.why}</li> : null}
			</ul>
		</div>
	);
}
