import type { SignedDocument } from '../../lib/compact-code';
import { datesLabel, dayLabel, hoursLabel, RESULT_LABEL } from '../../lib/documents';

interface Props {
	doc: SignedDocument;
	/** The signature block: a code and QR code once signed, or the space for a handwritten signature. */
	signature?: preact.ComponentChildren;
}

/**
 * One document on one A4 page (src/styles/documents.css): the attestation de fin de formation
 * or the certificat de réalisation, from the data that is signed and that the verification page
 * shows, so the three never differ.
 */
export default function DocumentSheet({ doc, signature }: Props) {
	return (
		<article class={`document-sheet document-${doc.kind}`} aria-label={`${doc.kind === 'attestation' ? 'Attestation de fin de formation' : 'Certificat de réalisation'}\u00a0: ${doc.learner.name}`}>
			{doc.kind === 'attestation' ? <Attestation doc={doc} /> : <Certificat doc={doc} />}
			<div class="document-signature">
				<p>
					Fait à {doc.action.place ?? '……'}, le {dayLabel(doc.issuedAt)}.
				</p>
				<p>
					{doc.kind === 'certificat' ? 'Cachet et signature du responsable du dispensateur de formation' : 'Signature du représentant de l’organisme de formation'}&nbsp;: {doc.organiser.representative ?? ''}
				</p>
				{signature ?? <div class="document-signature-space" aria-hidden="true" />}
			</div>
		</article>
	);
}

function Organiser({ doc }: { doc: SignedDocument }) {
	return (
		<p class="document-organiser">
			<strong>{doc.organiser.name}</strong>
			{doc.organiser.siret ? <> — SIRET {doc.organiser.siret}</> : null}
			{doc.organiser.nda ? <> — déclaration d’activité n°&nbsp;{doc.organiser.nda}</> : null}
		</p>
	);
}

function Attestation({ doc }: { doc: SignedDocument }) {
	return (
		<>
			<Organiser doc={doc} />
			<h2>Attestation de fin de formation</h2>
			<p class="document-legal">Article L6353-1 du Code du travail</p>
			<p>
				{doc.organiser.name} atteste que <strong>{doc.learner.name}</strong>
				{doc.learner.employer ? <>, salarié(e) de {doc.learner.employer},</> : null} a suivi l’action «&nbsp;{doc.action.title}&nbsp;».
			</p>
			<dl class="document-facts">
				<dt>Nature de l’action</dt>
				<dd>{doc.action.nature}</dd>
				<dt>Dates</dt>
				<dd>
					{datesLabel(doc.action.dates.from, doc.action.dates.to)}, {doc.action.modality === 'distance' ? 'à distance' : `en présentiel${doc.action.place ? ` (${doc.action.place})` : ''}`}
				</dd>
				<dt>Durée</dt>
				<dd>{hoursLabel(doc.action.durationHours)}</dd>
			</dl>
			<h3>Objectifs de l’action et résultats de l’évaluation des acquis</h3>
			<p>À l’issue de la formation, le stagiaire est capable de&nbsp;:</p>
			<table class="document-objectives">
				<thead>
					<tr>
						<th scope="col">Objectif</th>
						<th scope="col">Résultat à l’évaluation finale</th>
					</tr>
				</thead>
				<tbody>
					{doc.objectives.map((o) => (
						<tr key={o.id}>
							<td>{o.statement}</td>
							<td>
								{RESULT_LABEL[o.result]}
								{o.detail ? <> ({o.detail})</> : null}
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<p>
				{doc.evaluation
					? `Évaluation finale passée le ${dayLabel(doc.evaluation.date)}\u00a0: ${doc.evaluation.right} bonnes réponses sur ${doc.evaluation.total}.`
					: 'Pas d’évaluation finale terminée\u00a0: les objectifs ne sont pas évalués.'}
			</p>
			{doc.activities ? <Activities doc={doc} /> : null}
		</>
	);
}

function Certificat({ doc }: { doc: SignedDocument }) {
	return (
		<>
			<Organiser doc={doc} />
			<h2>Certificat de réalisation</h2>
			<p>
				Je soussigné(e) <strong>{doc.organiser.representative}</strong>, représentant légal du dispensateur de l’action concourant au développement des compétences{' '}
				<strong>{doc.organiser.name}</strong>, atteste que&nbsp;:
			</p>
			<p class="document-learner">
				<strong>{doc.learner.name}</strong>
				{doc.learner.employer ? <>, salarié(e) de l’entreprise {doc.learner.employer},</> : null}
			</p>
			<p>a suivi l’action «&nbsp;{doc.action.title}&nbsp;».</p>
			<p>Nature de l’action concourant au développement des compétences&nbsp;:</p>
			<ul class="document-nature">
				<li>☒ action de formation</li>
				<li>☐ bilan de compétences</li>
				<li>☐ action de VAE</li>
				<li>☐ action de formation par apprentissage</li>
			</ul>
			<p>
				qui s’est déroulée {datesLabel(doc.action.dates.from, doc.action.dates.to)}, pour une durée de {hoursLabel(doc.action.durationHours)}
				{doc.action.modality === 'distance' ? ', à distance' : ''}.
			</p>
			{doc.activities ? <Activities doc={doc} /> : null}
			<p class="document-legal">
				Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m’engage à conserver l’ensemble des pièces justificatives qui ont permis
				d’établir le présent certificat pendant une durée de 3&nbsp;ans à compter de la fin de l’année du dernier paiement. En cas de cofinancement des fonds européens, la durée de
				conservation est étendue conformément aux obligations conventionnelles spécifiques.
			</p>
		</>
	);
}

/** For distance learning: the activities completed and their estimated time. */
function Activities({ doc }: { doc: SignedDocument }) {
	const list = doc.activities ?? [];
	return (
		<>
			<h3>Activités réalisées à distance</h3>
			{list.length === 0 ? (
				<p>Aucune activité enregistrée dans le fichier du stagiaire.</p>
			) : (
				<table class="document-activities">
					<thead>
						<tr>
							<th scope="col">Activité</th>
							<th scope="col">Temps passé</th>
							<th scope="col">Temps estimé</th>
						</tr>
					</thead>
					<tbody>
						{list.map((a) => (
							<tr key={a.title}>
								<td>{a.title}</td>
								<td>{a.minutes}&nbsp;min</td>
								<td>{a.estimatedMinutes}&nbsp;min</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	);
}
