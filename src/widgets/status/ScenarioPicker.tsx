import type { StatusScenario } from '../../lib/status-simulator';

interface Props {
	uid: string;
	scenarios: StatusScenario[];
	current: StatusScenario;
	onPick: (id: string) => void;
}

/** The scenario's title, or a labelled list when there are several, then its introduction. */
export default function ScenarioPicker({ uid, scenarios, current, onPick }: Props) {
	return (
		<>
			{scenarios.length > 1 ? (
				<div class="field">
					<label for={`${uid}-scenario`}>Scénario</label>
					<select id={`${uid}-scenario`} value={current.id} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
						{scenarios.map((s) => (
							<option key={s.id} value={s.id}>
								{s.title}
							</option>
						))}
					</select>
				</div>
			) : (
				<p class="status-scenario-title">
					<strong>{current.title}</strong>
				</p>
			)}
			<p class="scenario-context">{current.intro}</p>
		</>
	);
}
