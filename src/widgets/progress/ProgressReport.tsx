import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, formatDuration, formatPercent } from '../../lib/format';
import { apresRun, avantCandidate, avantRun, summariseRun, type EvaluationRule } from '../../lib/evaluation-runs';
import { objectiveResults, type ItemObjectives, type MasteryParams, type ObjectiveStatus } from '../../lib/mastery';
import { objectiveResultsStore } from '../../stores/objective-results';
import { $progress } from '../../stores/progress';
import CountingRule, { counted, uncounted } from './CountingRule';
import EvaluationRuns from './EvaluationRuns';
import MyAttestation from './MyAttestation';
import ProgressFileActions, { type FileUrls } from './ProgressFileActions';

interface Props {
	objectives: { id: string; label: string; statement: string }[];
	lessons: { id: string; title: string; href: string; duration: number }[];
	rule: MasteryParams;
	/** The content's item → objectives map: results never trust the objectives stored in attempts. */
	itemObjectives: ItemObjectives;
	evaluation: { rule: EvaluationRule; correctionUrl: string; examUrls: Record<'positionnement' | 'finale', string> };
	/** Fetched on import only, to check the file against the course. */
	fileUrls: FileUrls;
}

const STATUS: Record<ObjectiveStatus, string> = { acquis: '✓ Acquis', 'en-cours': '◐ En cours', 'non-commence': '○ Non commencé' };

/** « Mon parcours »: objectives by the mastery rule, lessons, time, and the learner's file. */
export default function ProgressReport({ objectives, lessons, rule, itemObjectives, evaluation, fileUrls }: Props) {
	const progress = useStore($progress, { ssr: 'initial' });
	const ids = objectives.map((o) => o.id);
	const $results = useMemo(() => objectiveResultsStore(ids, itemObjectives, rule), []);
	// Server and first client render show the empty state, so hydration matches the HTML.
	const results = useStore($results, { ssr: () => objectiveResults(ids, {}, itemObjectives, rule) });
	const done = lessons.filter((l) => progress.lessons[l.id]?.completedAt).length;
	const time = Object.values(progress.lessons).reduce((t, l) => t + l.timeSpentMs, 0);
	const runs = progress.runs ?? [];
	const avant = avantRun(runs);
	const apres = apresRun(runs);
	const avantSummary = avant ? summariseRun(avant, evaluation.rule) : null;
	const apresSummary = apres ? summariseRun(apres, evaluation.rule) : null;
	const avantOpen = !avant && avantCandidate(runs) !== null;
	const oldAnswers = Object.values(progress.attempts).flat().filter((a) => a.context !== 'lesson').length;
	// Today's date for the printed page only, set after hydration: the server's date would be the build's.
	const [today, setToday] = useState<string | null>(null);
	useEffect(() => setToday(formatDate(new Date().toISOString())), []);

	return (
		<div class="progress-report">
			<p class="print-identity">
				{progress.learnerName ? <strong>{progress.learnerName}</strong> : 'Nom non renseigné'}
				{progress.learnerEmployer ? ` (${progress.learnerEmployer})` : ''}
				{today ? ` — imprimé le ${today}` : ''}
			</p>
			<h2 id="objectifs">Objectifs</h2>
			<p>
				«&nbsp;Entraînement&nbsp;» résume vos exercices et quiz dans les leçons&#8239;; les deux dernières colonnes donnent vos bonnes réponses au test de
				positionnement (votre point de départ) et au dernier essai de l’évaluation finale, qui valide chaque objectif.
			</p>
			<CountingRule rule={rule} />
			<div class="table-wrap" tabIndex={0} role="region" aria-labelledby="objectifs">
				<table class="objectives-table">
					<thead>
						<tr>
							<th scope="col">Objectif</th>
							<th scope="col">Entraînement</th>
							<th scope="col">Essais</th>
							<th scope="col">Position&shy;nement (avant)</th>
							<th scope="col">Évaluation finale (après)</th>
						</tr>
					</thead>
					<tbody>
						{objectives.map((o) => {
							const r = results[o.id];
							return (
								<tr key={o.id} data-objective={o.id} data-status={r?.status ?? 'non-commence'}>
									<th scope="row">
										{o.label}
										<span class="objective-statement">{o.statement}</span>
									</th>
									<td data-label="Entraînement">
										<span class={`badge badge-${r?.status ?? 'non-commence'}`}>{STATUS[r?.status ?? 'non-commence']}</span>
										{r?.score != null ? <span class="objective-score" data-score>score&nbsp;: {formatPercent(r.score)}</span> : null}
									</td>
									<td data-label="Essais">
										<span data-counted>{counted(r?.items ?? 0)}</span>
										{uncounted(r?.practice ?? 0, r?.revealed ?? 0) ? <span class="objective-statement" data-practice>non comptés&nbsp;: {uncounted(r?.practice ?? 0, r?.revealed ?? 0)}</span> : null}
									</td>
									<td data-context="avant" data-label="Positionnement (avant)">{avantSummary?.objectives[o.id] ? `${avantSummary.objectives[o.id]?.right} sur ${avantSummary.objectives[o.id]?.total}` : avantOpen ? 'en cours' : '—'}</td>
									<td data-context="apres" data-label="Évaluation finale (après)">
										{apresSummary?.objectives[o.id] ? (
											<>
												{`${apresSummary.objectives[o.id]?.right} sur ${apresSummary.objectives[o.id]?.total}`}
												<span class={`badge badge-${apresSummary.objectives[o.id]?.validated ? 'acquis' : 'en-cours'}`} data-validated={apresSummary.objectives[o.id]?.validated}>
													{apresSummary.objectives[o.id]?.validated ? '✓ Validé' : '✗ Non validé'}
												</span>
											</>
										) : (
											'—'
										)}
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>

			<EvaluationRuns runs={runs} rule={evaluation.rule} correctionUrl={evaluation.correctionUrl} examUrls={evaluation.examUrls} oldAnswers={oldAnswers} />

			<MyAttestation
				objectives={objectives}
				learnerName={progress.learnerName}
				learnerEmployer={progress.learnerEmployer}
				apres={apres}
				apresSummary={apresSummary}
				finaleUrl={evaluation.examUrls.finale}
			/>

			<h2 id="lecons">Leçons</h2>
			<p class="lessons-summary">
				Leçons terminées&nbsp;: {done} sur {lessons.length}. Temps passé&nbsp;: {formatDuration(time)}.
			</p>
			<ul class="lesson-progress">
				{lessons.map((l) => {
					const p = progress.lessons[l.id];
					return (
						<li key={l.id} data-lesson={l.id}>
							<a href={l.href}>{l.title}</a> — {p?.completedAt ? '✓ terminée' : p ? '◐ commencée' : '○ pas encore ouverte'}
							{p ? ` · ${formatDuration(p.timeSpentMs)} (estimé\u00a0: ${l.duration}\u00a0min)` : ` · estimé\u00a0: ${l.duration}\u00a0min`}
						</li>
					);
				})}
			</ul>

			<ProgressFileActions urls={fileUrls} />
		</div>
	);
}
