import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { canonicalJson, type SignedDocument } from '../../lib/compact-code';
import { attestationDocument, certificatDocument, settingsProblems, type ObjectiveStatement } from '../../lib/documents';
import type { LearnerRow } from '../../lib/organiser-group';
import { $organiserSettings, initOrganiserSettings } from '../../stores/organiser-settings';
import LiveRegion from '../kit/LiveRegion';
import DocumentSheet from './DocumentSheet';
import SettingsForm from './SettingsForm';
import SignatureBlock from './SignatureBlock';
import SigningKey, { type KnownKey, type LoadedKey } from './SigningKey';
import { useSignatures } from './use-signatures';

interface Props {
	rows: readonly LearnerRow[];
	statements: readonly ObjectiveStatement[];
	courseTitle: string;
	/** Today, YYYY-MM-DD (the « Le … » of each document). */
	today: string;
	/** The organisers' public keys this site was built with: tells whether a loaded key is published. */
	knownKeys: readonly KnownKey[];
}

type Kind = 'attestation' | 'certificat' | 'les-deux';

/**
 * The documents of the organiser space: the settings every document prints, then the
 * attestation and / or the certificat for one learner or the whole group, previewed and printed
 * in one run (one document per A4 page: src/styles/documents.css).
 */
export default function DocumentsPanel({ rows, statements, courseTitle, today, knownKeys }: Props) {
	const settings = useStore($organiserSettings);
	const [who, setWho] = useState('tous');
	const [kind, setKind] = useState<Kind>('les-deux');
	const [asked, setAsked] = useState(false);
	const [live, setLive] = useState('');
	const [key, setKey] = useState<LoadedKey | null>(null);
	useEffect(() => initOrganiserSettings(courseTitle), []);

	const problems = settings ? settingsProblems(settings) : [];
	const chosen = who === 'tous' ? rows : rows.filter((r) => r.key === who);
	const docs: SignedDocument[] = !settings || problems.length > 0 ? [] : chosen.flatMap((row) => [
		...(kind !== 'certificat' ? [attestationDocument(row, settings, statements, today, row.employer)] : []),
		...(kind !== 'attestation' ? [certificatDocument(row, settings, today, row.employer)] : []),
	]);

	// Hooks before any early return: the settings arrive after the first render.
	const { signatures, pending } = useSignatures(docs, key);
	if (!settings) return null;

	const print = () => {
		setAsked(true);
		if (problems.length > 0) {
			const s = problems.length > 1 ? 's' : '';
			setLive(`Documents impossibles pour l’instant\u00a0: ${problems.length} champ${s} encore vide${s} ou incorrect${s}.`);
			return;
		}
		if (pending) {
			setLive('Signature des documents en cours\u00a0: imprimez dans un instant.');
			return;
		}
		setLive(`${docs.length} document${docs.length > 1 ? 's' : ''} prêt${docs.length > 1 ? 's' : ''} à imprimer, un par page A4.`);
		document.body.classList.add('printing-documents');
		addEventListener('afterprint', () => document.body.classList.remove('printing-documents'), { once: true });
		window.print();
	};

	return (
		<section class="documents-panel" aria-labelledby="documents-titre">
			<h2 id="documents-titre">Attestations et certificats de réalisation</h2>
			<SettingsForm problems={asked ? problems : []} />
			<SigningKey knownKeys={knownKeys} organiserName={settings.organiser.name} today={today} loaded={key} onLoad={setKey} announce={setLive} />
			{rows.length === 0 ? (
				<p>Importez d’abord les fichiers des stagiaires&nbsp;: les documents reprennent leurs résultats.</p>
			) : (
				<div class="documents-choice">
					<label for="documents-qui">Pour</label>
					<select id="documents-qui" value={who} onChange={(e) => setWho((e.currentTarget as HTMLSelectElement).value)}>
						<option value="tous">tout le groupe ({rows.length} stagiaire{rows.length > 1 ? 's' : ''})</option>
						{rows.map((r) => (
							<option key={r.key} value={r.key}>
								{r.name}
							</option>
						))}
					</select>
					<label for="documents-quoi">Documents</label>
					<select id="documents-quoi" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as Kind)}>
						<option value="les-deux">attestation et certificat</option>
						<option value="attestation">attestation de fin de formation</option>
						<option value="certificat">certificat de réalisation</option>
					</select>
					<button type="button" class="btn" onClick={print}>
						Imprimer ou enregistrer en PDF
					</button>
				</div>
			)}
			<LiveRegion text={live} />
			{docs.length > 0 ? (
				<div class="documents-print">
					{docs.map((doc, i) => {
						const signature = key ? signatures.get(canonicalJson(doc)) : undefined;
						return (
							<DocumentSheet
								key={`${i}-${doc.kind}`}
								doc={doc}
								signature={signature ? <SignatureBlock signature={signature} organiser={knownKeys.find((k) => k.keyId === signature.keyId)?.organiser ?? doc.organiser.name} /> : undefined}
							/>
						);
					})}
				</div>
			) : null}
		</section>
	);
}
