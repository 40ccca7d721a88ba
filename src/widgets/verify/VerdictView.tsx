import type { RefObject } from 'preact';
import type { Verdict } from '../../lib/document-signature';
import { dayLabel } from '../../lib/documents';
import DocumentSheet from '../documents/DocumentSheet';

/** What the page has to say after a check: a verdict, or that WebCrypto is not available here. */
export type Outcome = Verdict | { status: 'hors-https' };

interface Props {
	outcome: Outcome;
	/** The result's heading: it takes focus after a check the user asked for. */
	headingRef: RefObject<HTMLHeadingElement>;
}

/** The sentence the live region reads for each outcome (the box says more). */
export function outcomeAnnouncement(outcome: Outcome): string {
	switch (outcome.status) {
		case 'valide':
			return `Signature valide\u00a0: document émis par ${outcome.key.organiser}, non modifié depuis sa signature.`;
		case 'alteree':
			return 'Document modifié ou signature fausse\u00a0: ne vous fiez pas à ce document.';
		case 'cle-inconnue':
			return `Signature d’une clé inconnue de ce site (clé ${outcome.keyId})\u00a0: document non vérifié.`;
		case 'illisible':
			return `Code illisible\u00a0: ${outcome.message}`;
		case 'hors-https':
			return 'La vérification ne peut pas se faire sur cette page\u00a0: elle a besoin d’une adresse sécurisée (https ou localhost).';
	}
}

/**
 * The result of a check. Only « valide » shows the document, and then with the organiser named by
 * the site's key entry: the name written inside the document is the signer's claim, not a proof.
 * Each box says its verdict in words and with a sign (✓, ✗, !), never by its colour alone.
 */
export default function VerdictView({ outcome, headingRef }: Props) {
	const heading = (sign: string, text: string) => (
		<h2 ref={headingRef} tabIndex={-1} class="verify-heading">
			<span class="verify-sign" aria-hidden="true">
				{sign}
			</span>{' '}
			{text}
		</h2>
	);

	switch (outcome.status) {
		case 'valide': {
			const { doc, key } = outcome;
			return (
				<div class="verify-outcome">
					<div class="verify-box verify-valid">
						{heading('✓', 'Signature valide')}
						<p>
							Ce document a été émis par <strong>{key.organiser}</strong> et n’a pas été modifié depuis sa signature.
						</p>
						<p>
							Clé <code>{key.keyId}</code>, enregistrée sur ce site le {dayLabel(key.addedOn)}.
						</p>
						{doc.organiser.name !== key.organiser ? (
							<p>
								Le document nomme l’organisme «&nbsp;{doc.organiser.name}&nbsp;»&nbsp;: c’est bien le titulaire de la clé, {key.organiser}, qui l’a signé.
							</p>
						) : null}
					</div>
					<h2 class="verify-content-title">Contenu du document signé</h2>
					<div class="verify-document">
						<DocumentSheet
							doc={doc}
							signature={
								<p class="verify-signed">
									<strong>
										Signé électroniquement par {key.organiser} — clé <code>{key.keyId}</code>
									</strong>
								</p>
							}
						/>
					</div>
				</div>
			);
		}
		case 'alteree':
			return (
				<div class="verify-outcome">
					<div class="verify-box verify-invalid">
						{heading('✗', 'Document modifié ou signature fausse\u00a0: ne vous fiez pas à ce document')}
						<p>
							Le code a été lu, mais sa signature ne correspond pas à son contenu&nbsp;: le document a été modifié après avoir été signé, ou la signature n’a pas été
							faite avec la clé de l’organisme. Son contenu n’est donc pas montré.
						</p>
						<p>Demandez le document original à l’organisme de formation.</p>
					</div>
				</div>
			);
		case 'cle-inconnue':
			return (
				<div class="verify-outcome">
					<div class="verify-box verify-invalid">
						{heading('✗', 'Signature d’une clé inconnue de ce site')}
						<p>
							Le document est signé avec la clé <code>{outcome.keyId}</code>, qui n’est pas parmi les clés des organismes enregistrées sur ce site. Il peut venir d’un autre
							site ou d’un organisme qui n’a pas publié sa clé ici, ou bien être un faux.
						</p>
						<p>
							Il se présente comme émis par «&nbsp;{outcome.doc.organiser.name}&nbsp;»&nbsp;: ce nom n’est pas vérifié. Ne vous fiez pas à ce document sans la confirmation
							de l’organisme de formation.
						</p>
					</div>
				</div>
			);
		case 'illisible':
			return (
				<div class="verify-outcome">
					<div class="verify-box verify-invalid">
						{heading('✗', 'Code illisible')}
						<p>{outcome.message}</p>
						<p>Vérifiez que le code est complet, du «&nbsp;CP1.&nbsp;» du début à son dernier caractère.</p>
					</div>
				</div>
			);
		case 'hors-https':
			return (
				<div class="verify-outcome">
					<div class="verify-box verify-warning">
						{heading('!', 'La vérification ne peut pas se faire sur cette page')}
						<p>
							Elle a besoin d’une page sécurisée, dont l’adresse commence par https:// (ou d’une page ouverte depuis localhost)&nbsp;: ce navigateur n’y donne pas accès
							aux outils de vérification des signatures. Ouvrez cette page depuis le site publié en https.
						</p>
					</div>
				</div>
			);
	}
}
