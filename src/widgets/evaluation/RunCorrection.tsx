import { useEffect, useRef } from 'preact/hooks';
import type { EvaluationRun } from '../../lib/evaluation-model';
import { runRole, summariseRun, type EvaluationRule, type RunRole } from '../../lib/evaluation-runs';
import { formatDate, formatPercent } from '../../lib/format';
import type { QuizItem } from '../../lib/quiz-types';
import CorrectionQuestion from './CorrectionQuestion';

interface Props {
	run: EvaluationRun;
	runs: readonly EvaluationRun[];
	/** The pool's questions; a question missing since the run keeps its stored result. */
	items: ReadonlyMap<string, QuizItem>;
	objectives: readonly string[];
	labels: Readonly<Record<string, string>>;
	rule: EvaluationRule;
	/** Move focus to the title (just after « Terminer »). */
	focus?: boolean;
}

const ROLE: Record<RunRole, string> = {
	avant: 'C’est votre test de positionnement de référence («\u00a0avant\u00a0»)\u00a0: il le restera, même si vous le refaites.',
	entrainement: 'Test d’entraînement\u00a0: votre point de départ reste votre premier test de positionnement.',
	apres: 'C’est votre résultat «\u00a0après\u00a0», sur «\u00a0Mon parcours\u00a0»\u00a0: le dernier essai terminé fait foi.',
	'finale-precedente': 'Un essai plus récent fait foi sur «\u00a0Mon parcours\u00a0»\u202f; celui-ci reste dans votre historique.',
	'en-cours': '',
};

/** The correction of a completed run: overall score, each objective, then every question. */
export default function RunCorrection({ run, runs, items, objectives, labels, rule, focus }: Props) {
	const titleRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => {
		if (focus) titleRef.current?.focus();
	}, []);
	const summary = summariseRun(run, rule);
	const final = run.kind === 'finale';
	const name = final ? 'Évaluation finale' : 'Test de positionnement';
	return (
		<section class="correction" aria-labelledby="correction-titre" data-run={run.id}>
			<h2 id="correction-titre" tabIndex={-1} ref={titleRef}>
				Correction — {name}, essai n° {run.number}
			</h2>
			<p class="correction-score" data-score={summary.right}>
				<strong>
					Bonnes réponses&nbsp;: {summary.right} sur {summary.total} ({formatPercent(summary.ratio)})
				</strong>
				{final ? ` — seuil de réussite ${formatPercent(rule.passMark)}\u00a0: ${summary.passed ? 'atteint' : 'pas encore atteint'}.` : '.'} Terminé le{' '}
				{formatDate(run.completedAt ?? run.startedAt)}.
			</p>
			<p class="correction-role" data-role={runRole(run, runs)}>
				{ROLE[runRole(run, runs)]}
			</p>
			<div class="table-wrap" tabIndex={0} role="region" aria-label="Résultats par objectif">
				<table class="objectives-table">
					<thead>
						<tr>
							<th scope="col">Objectif</th>
							<th scope="col">Bonnes réponses</th>
							{final ? <th scope="col">Validé à l’évaluation finale</th> : null}
						</tr>
					</thead>
					<tbody>
						{objectives.map((o) => {
							const r = summary.objectives[o];
							return (
								<tr key={o} data-objective={o}>
									<th scope="row">{labels[o] ?? o}</th>
									<td>{r ? `${r.right} sur ${r.total}` : '—'}</td>
									{final ? <td data-validated={r?.validated ?? false}>{r?.validated ? '✓ Validé' : '✗ Non validé'}</td> : null}
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			{final ? <p class="objective-statement">Un objectif est validé avec au moins {rule.validatedRight} bonnes réponses sur ses questions.</p> : null}
			<h3>Correction détaillée</h3>
			<p>
				{summary.total - summary.right === 0
					? 'Toutes vos réponses sont justes\u00a0: chaque question est repliée ci-dessous, ouvrez-la pour relire son explication.'
					: `Questions à revoir\u00a0: ${summary.total - summary.right}, ouvertes ci-dessous avec la réponse attendue et son explication. Les questions justes sont repliées.`}
			</p>
			<ol class="quiz-questions correction-questions">
				{run.questions.map((q, index) => (
					<li key={q.id}>
						<CorrectionQuestion
							id={q.id}
							item={items.get(q.id) ?? null}
							number={index + 1}
							total={run.questions.length}
							answer={run.answers[q.id]}
							result={run.results?.[q.id]}
						/>
					</li>
				))}
			</ol>
		</section>
	);
}
