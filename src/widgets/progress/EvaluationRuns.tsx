import type { EvaluationRun } from '../../lib/evaluation-model';
import { runRole, summariseRun, type EvaluationRule, type RunRole } from '../../lib/evaluation-runs';
import { formatDate, formatPercent } from '../../lib/format';

interface Props {
	runs: readonly EvaluationRun[];
	rule: EvaluationRule;
	correctionUrl: string;
	examUrls: Record<'positionnement' | 'finale', string>;
	/** Answers recorded by the evaluations of earlier versions of the course (one draw for all). */
	oldAnswers: number;
}

const ROLE: Record<RunRole, string> = {
	avant: 'Point de départ («\u00a0avant\u00a0»)',
	entrainement: 'Entraînement',
	apres: 'Résultat «\u00a0après\u00a0»',
	'finale-precedente': 'Essai précédent',
	'en-cours': 'En cours',
};

/** Every evaluation run with its date, role and score, and how « avant » and « après » are chosen. */
export default function EvaluationRuns({ runs, rule, correctionUrl, examUrls, oldAnswers }: Props) {
	return (
		<>
			<h2 id="evaluations">Évaluations</h2>
			<details class="counting-rule">
				<summary>Comment les évaluations sont-elles calculées&#8239;?</summary>
				<ul>
					<li>Chaque essai tire ses propres questions, différentes de celles des leçons&#8239;; l’évaluation finale ne reprend jamais les questions de votre test de positionnement.</li>
					<li>«&nbsp;Avant&nbsp;» est votre premier test de positionnement terminé&nbsp;: il ne change plus. Les tests refaits ensuite sont des entraînements.</li>
					<li>«&nbsp;Après&nbsp;» est votre dernier essai terminé de l’évaluation finale&#8239;; les essais précédents restent listés ici.</li>
					<li>
						Une question est juste quand toute la réponse est juste. Un objectif est validé à l’évaluation finale avec au moins {rule.validatedRight} bonnes réponses sur
						ses questions&#8239;; l’évaluation est réussie à partir de {formatPercent(rule.passMark)} de bonnes réponses.
					</li>
					<li>Un essai commencé n’est jamais noté tant que vous ne l’avez pas terminé&nbsp;: il vous attend sur la page de l’évaluation.</li>
				</ul>
			</details>
			{runs.length === 0 ? (
				<p data-runs="0">Aucun essai pour l’instant.</p>
			) : (
				<ul class="evaluation-runs" data-runs={runs.length}>
					{[...runs].reverse().map((run) => {
						const role = runRole(run, runs);
						const name = run.kind === 'finale' ? 'Évaluation finale' : 'Test de positionnement';
						const summary = run.completedAt ? summariseRun(run, rule) : null;
						return (
							<li key={run.id} data-run={run.id} data-role={role}>
								<strong>
									{name}, essai n° {run.number}
								</strong>{' '}
								— {ROLE[role]} —{' '}
								{summary
									? `terminé le ${formatDate(run.completedAt ?? run.startedAt)}\u00a0: ${summary.right} sur ${summary.total} (${formatPercent(summary.ratio)}). `
									: `commencé le ${formatDate(run.startedAt)}, ${Object.keys(run.answers).length} réponse(s) sur ${run.questions.length}. `}
								{summary ? <a href={`${correctionUrl}?run=${run.id}`}>Voir la correction</a> : <a href={examUrls[run.kind]}>Reprendre</a>}
							</li>
						);
					})}
				</ul>
			)}
			{oldAnswers > 0 ? (
				<p class="objective-statement" data-old-evaluations={oldAnswers}>
					Votre progression garde aussi {oldAnswers} réponse(s) aux évaluations de la version précédente du cours, où tout le monde avait les mêmes questions. Elles restent
					dans votre fichier mais ne comptent ni pour «&nbsp;avant&nbsp;» ni pour «&nbsp;après&nbsp;».
				</p>
			) : null}
		</>
	);
}
