import { useEffect, useRef } from 'preact/hooks';
import type { LearnerRow } from '../../lib/organiser-group';
import { dateTimeText, KIND, minutesText, ofName, ROLE } from './labels';

/**
 * One learner's detail: the file kept, every evaluation run with its dates and role, and the
 * lessons with the time spent beside the estimate. Focus moves to its heading when it opens, and
 * « Fermer le détail » hands it back to the button that opened it.
 */
export default function LearnerDetail({ row, onClose }: { row: LearnerRow; onClose: () => void }) {
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), [row.key]);
	return (
		<section class="org-detail" aria-labelledby="org-detail-titre" data-detail={row.name} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
			<h3 id="org-detail-titre" ref={heading} tabIndex={-1}>
				Détail {ofName(row.name)}
			</h3>
			<p>
				Fichier gardé&nbsp;: «&nbsp;{row.fileName}&nbsp;», {row.exportedAt ? `exporté le ${dateTimeText(row.exportedAt)}` : 'sans date d’export'}.
			</p>
			{row.employer ? <p data-employer>Employeur&nbsp;: {row.employer}</p> : null}

			<h4>Évaluations</h4>
			{row.runs.length === 0 ? (
				<p>Aucune évaluation commencée.</p>
			) : (
				<ul class="org-runs">
					{row.runs.map((run) => (
						<li key={run.id} data-run={run.id} data-role={run.role}>
							<strong>
								{KIND[run.kind]} n<sup>o</sup>&nbsp;{run.number}
							</strong>{' '}
							({ROLE[run.role]})&nbsp;: commencée le {dateTimeText(run.startedAt)}
							{run.completedAt ? `, terminée le ${dateTimeText(run.completedAt)}` : ', pas terminée'}.
							{run.right !== null ? ` Bonnes réponses\u00a0: ${run.right} sur ${run.total}.` : ''}
							{run.kind === 'finale' && run.passed !== null ? (run.passed ? ' Réussie.' : ' Non réussie.') : ''}
						</li>
					))}
				</ul>
			)}

			<h4>Leçons</h4>
			<p>
				Leçons terminées&nbsp;: {row.lessonsCompleted} sur {row.lessons.length}. Temps passé&nbsp;: {minutesText(row.minutesSpent)} (durée estimée du
				cours&nbsp;: {minutesText(row.estimatedMinutes)}).
			</p>
			<ul class="org-lessons">
				{row.lessons.map((l) => (
					<li key={l.id} data-lesson={l.id}>
						{l.title}&nbsp;: {l.completed ? `terminée le ${dateTimeText(l.completedAt)}` : l.visited ? 'ouverte, non terminée' : 'pas ouverte'}
						{' · '}
						{l.minutesSpent !== null ? `${minutesText(l.minutesSpent)} passées` : 'aucun temps'} (estimé&nbsp;: {minutesText(l.estimatedMinutes)})
					</li>
				))}
			</ul>
			<button type="button" class="btn btn-secondary" onClick={onClose}>
				Fermer le détail
			</button>
		</section>
	);
}
