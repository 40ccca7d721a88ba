import type { Signature } from './use-signatures';

/**
 * The electronic signature printed on a document: the QR code of the verification link, and the
 * code itself for whoever cannot scan (pasted into the « Vérifier une attestation » page).
 */
export default function SignatureBlock({ signature, organiser }: { signature: Signature; organiser: string }) {
	const page = signature.url.slice(0, signature.url.indexOf('#'));
	return (
		<div class="signature-block" data-code={signature.code}>
			<div class="signature-qr" role="img" aria-label="QR code du lien de vérification de ce document" dangerouslySetInnerHTML={{ __html: signature.qrSvg }} />
			<div class="signature-text">
				<p>
					<strong>Signé électroniquement par {organiser}</strong> (clé <code>{signature.keyId}</code>). Pour vérifier ce document, scannez le QR code ou
					collez le code ci-dessous sur la page <span class="signature-url">{page}</span>&nbsp;; la vérification se fait sans connexion et montre tout son
					contenu.
				</p>
				<p class="signature-code">
					<span class="visually-hidden">Code de vérification&nbsp;: </span>
					{signature.code}
				</p>
			</div>
		</div>
	);
}
