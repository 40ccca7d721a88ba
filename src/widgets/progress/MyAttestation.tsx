import { useState } from 'preact/hooks';
import { COURSE_TITLE } from '../../config';
import type { EvaluationRun } from '../../lib/evaluation-model';
import type { RunSummary } from '../../lib/evaluation-runs';
import { formatDate, formatPercent } from '../../lib/format';
import { exportProgressMessage } from './export-progress';

/** The course's title, as the organiser space proposes it for the action (src/pages/organisateur/index.astro). */

interface Props {
	objectives: { id: string; statement: string }[];
	learnerName?: string;
	learnerEmployer?: string;
	/** The « après » run (the latest completed final) and its summary, as the objectives table has them. */
	apres: EvaluationRun | null;
	apresSummary: RunSummary | null;
	finaleUrl: string;
	courseTitle?: string;
}

type Verdict = 'valide' | 'non-valide' | 'non-evalue';

// Words, not colours alone; the same three results as the organiser's attestation (src/lib/documents.ts).
const VERDICT: Record<Verdict, string> = { valide: '✓\u00a0Validé', 'non-valide': '✗\u00a0Non validé', 'non-evalue': '○\u00a0Non évalué' };

/** An objective with no question in the « après » run was not evaluated (as learnerRow decides). */
function verdictOf(summary: RunSummary | null, id: string): Verdict {
	const outcome = summary?.objectives[id];
	if (!outcome || outcome.total === 0) return 'non-evalue';
	return outcome.validated ? 'valide' : 'non-valide';
}

/** Moves focus to a field of the page (a plain link only scrolls to it). */
function focusField(event: Event, id: string): void {
	const field = document.getElementById(id);
	if (!field) return;
	event.preventDefault();
	field.focus();
}

/**
 * « Mon attestation »: what the organiser's attestation will state from this browser's file, and
 * the export the organiser needs. A preview only: the attestation is the organiser's document.
 */
export default function MyAttestation({ objectives, learnerName, learnerEmployer, apres, apresSummary, finaleUrl, courseTitle = COURSE_TITLE }: Props) {
	const [message, setMessage] = useState('');
	const name = learnerName?.trim();
	const employer = learnerEmployer?.trim();

	const exportFile = async () => {
		setMessage((await exportProgressMessage()).text);
	};

	return (
		<section class="my-attestation" aria-labelledby="mon-attestation">
			<h2 id="mon-attestation">Mon attestation</h2>
			<p>
				Aperçu de ce que l’attestation de fin de formation indiquera d’après votre fichier. L’attestation elle-même est établie, datée et signée par votre organisme de
				formation, à partir du fichier que vous lui envoyez.
			</p>
			<dl class="attestation-preview">
				<dt>Stagiaire</dt>
				<dd data-attestation="nom">
					{name || (
						<>
							votre nom n’est pas encore saisi (
							<a href="#nom-apprenant" onClick={(e) => focusField(e, 'nom-apprenant')}>
								saisir votre nom
							</a>
							)
						</>
					)}
				</dd>
				{employer ? (
					<>
						<dt>Employeur</dt>
						<dd data-attestation="employeur">{employer}</dd>
					</>
				) : null}
				<dt>Formation</dt>
				<dd>{courseTitle}</dd>
				<dt>Évaluation finale</dt>
				<dd data-attestation="evaluation">
					{apres && apresSummary ? (
						`passée le ${formatDate(apres.completedAt ?? apres.startedAt)}\u00a0: ${apresSummary.right} bonnes réponses sur ${apresSummary.total} (${formatPercent(apresSummary.ratio)})`
					) : (
						<>
							pas encore passée, les objectifs ne sont donc pas évalués. <a href={finaleUrl}>Passer l’évaluation finale</a>
						</>
					)}
				</dd>
			</dl>
			<p class="attestation-intro">Chaque objectif, avec son résultat à l’évaluation finale&nbsp;:</p>
			<ul class="attestation-objectives">
				{objectives.map((o) => {
					const verdict = verdictOf(apresSummary, o.id);
					return (
						<li key={o.id} data-objective={o.id} data-verdict={verdict}>
							{o.statement}&nbsp;: <strong>{VERDICT[verdict]}</strong>
						</li>
					);
				})}
			</ul>
			<div class="file-buttons">
				<button type="button" class="btn" onClick={exportFile}>
					Exporter le fichier pour mon organisme
				</button>
			</div>
			<p>Envoyez ce fichier à votre organisme de formation (par courriel, par exemple)&nbsp;: il l’ouvre dans son espace pour établir votre attestation.</p>
			<p role="status" class="attestation-message">
				{message}
			</p>
		</section>
	);
}
