import type { StructureScenario } from '../../schemas/structure-scenario';

/** The case's structures and their services, as a table the learner can scroll with the keyboard. */
export default function StructureTable({ scenario }: { scenario: StructureScenario }) {
	return (
		<div class="table-wrap" role="region" tabIndex={0} aria-label="Structures et services du cas">
			<table class="objectives-table">
				<caption>Structures et services</caption>
				<thead>
					<tr>
						<th scope="col">Structure</th>
						<th scope="col">SIRET</th>
						<th scope="col">Services (code)</th>
					</tr>
				</thead>
				<tbody>
					{scenario.structures.map((st) => (
						<tr key={st.id}>
							<th scope="row">{st.name}</th>
							<td>{st.siret}</td>
							<td>{scenario.services.filter((v) => v.structure === st.id).map((v) => `${v.label} (${v.code})`).join(', ') || 'aucun'}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
