import type { LearnerRow, ObjectiveSummary } from '../../lib/organiser-group';
import { minutesText, ofName, percentText, pointsText, PRACTICE, scoreText, VERDICT } from './labels';

interface Props {
	rows: LearnerRow[];
	summary: ObjectiveSummary[];
	objectives: { id: string; label: string }[];
	/** Opens a learner's detail; `index` names the button focus returns to. */
	onDetail: (key: string) => void;
}

/** Id of a learner's « Détail » button, for focus to come back to it. */
export const detailButtonId = (index: number) => `org-detail-${index}`;

/**
 * The learner × objective table, then the group summary per objective. Each table scrolls in its
 * own box (focusable, named by its caption), so that at 390 px the page itself never scrolls
 * sideways and the learner's name stays in view (sticky first column).
 */
export default function GroupTables({ rows, summary, objectives, onDetail }: Props) {
	return (
		<>
			<div class="org-scroll org-wide" role="region" aria-labelledby="org-table-caption" tabIndex={0}>
				<table class="org-table" data-table="apprenants">
					<caption id="org-table-caption">
						Résultats par apprenant et par objectif ({rows.length} apprenant{rows.length > 1 ? 's' : ''})
					</caption>
					<thead>
						<tr>
							<th scope="col">Apprenant</th>
							{objectives.map((o) => (
								<th scope="col" key={o.id} data-objective={o.id}>
									{o.label}
								</th>
							))}
							<th scope="col">Leçons terminées</th>
							<th scope="col">Temps passé</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((r, index) => (
							<tr key={r.key} data-learner={r.name}>
								<th scope="row">
									<span class="org-name">{r.name}</span>
									<button type="button" id={detailButtonId(index)} class="btn-small btn-secondary" onClick={() => onDetail(r.key)}>
										Détail<span class="visually-hidden"> {ofName(r.name)}</span>
									</button>
								</th>
								{r.objectives.map((c) => (
									<td key={c.id} data-objective={c.id}>
										<span class="org-line" data-field="avant">
											Avant&nbsp;: {scoreText(c.avant)}
										</span>
										<span class="org-line" data-field="apres">
											Après&nbsp;: {scoreText(c.apres)}
										</span>
										<span class={`badge org-verdict org-${c.verdict}`} data-field="verdict" data-verdict={c.verdict}>
											{VERDICT[c.verdict]}
										</span>
										<span class="org-line" data-field="practice" data-status={c.practice.status}>
											Entraînement&nbsp;: {PRACTICE[c.practice.status]}
										</span>
									</td>
								))}
								<td data-field="lessons">
									{r.lessonsCompleted} sur {r.lessons.length}
								</td>
								<td data-field="time">
									{minutesText(r.minutesSpent)}
									<span class="org-line org-muted">estimé&nbsp;: {minutesText(r.estimatedMinutes)}</span>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<h3 id="org-synthese">Synthèse du groupe par objectif</h3>
			<p>
				«&nbsp;Validés&nbsp;» compte les apprenants dont l’évaluation finale (la plus récente) valide l’objectif, sur ceux qui l’ont passée. Les moyennes
				sont les parts de bonnes réponses&#8239;; la progression compare, pour les apprenants qui ont passé les deux, l’après à l’avant, en points.
			</p>
			<div class="org-scroll" role="region" aria-labelledby="org-summary-caption" tabIndex={0}>
				<table class="org-summary" data-table="synthese">
					<caption id="org-summary-caption">Synthèse par objectif</caption>
					<thead>
						<tr>
							<th scope="col">Objectif</th>
							<th scope="col">Validés / évalués</th>
							<th scope="col">Moyenne avant</th>
							<th scope="col">Moyenne après</th>
							<th scope="col">Progression</th>
						</tr>
					</thead>
					<tbody>
						{summary.map((s) => (
							<tr key={s.id} data-objective={s.id}>
								<th scope="row">{s.label}</th>
								<td data-field="validated">
									{s.validated} sur {s.evaluated}
								</td>
								<td data-field="mean-avant">
									{percentText(s.meanAvant)}
									{s.withAvant > 0 ? <span class="org-line org-muted">sur {s.withAvant} apprenant{s.withAvant > 1 ? 's' : ''}</span> : null}
								</td>
								<td data-field="mean-apres">
									{percentText(s.meanApres)}
									{s.withApres > 0 ? <span class="org-line org-muted">sur {s.withApres} apprenant{s.withApres > 1 ? 's' : ''}</span> : null}
								</td>
								<td data-field="progression">{pointsText(s.progression)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</>
	);
}
