import { useState } from 'preact/hooks';
import { generateOrganiserKey, isSecureContextMissing, keyIdOf, privateKeyFile, publicKeyEntry, readPrivateKeyFile, type PrivateJwk } from '../../lib/document-signature';
import { dayLabel } from '../../lib/documents';
import { nameSlug } from '../../lib/progress-file';
import { href } from '../../lib/url';
import { downloadText } from '../kit/download-text';

/** A public key the site was built with (content/cles-publiques.json). */
export interface KnownKey {
	keyId: string;
	organiser: string;
	addedOn: string;
}

/** The key loaded for this page only: never stored by the site. */
export interface LoadedKey {
	jwk: PrivateJwk;
	keyId: string;
}

interface Props {
	knownKeys: readonly KnownKey[];
	/** The organiser's raison sociale from the settings: names the key file and the public entry. */
	organiserName: string;
	/** Today, YYYY-MM-DD: names the key file and dates the public entry. */
	today: string;
	loaded: LoadedKey | null;
	onLoad: (key: LoadedKey | null) => void;
	announce: (text: string) => void;
}

/**
 * The organiser's signing key: loaded from its file for this page, or created once (the private
 * key is saved as a file and the public entry is shown, to be added to the course's data before
 * the site is built). Nothing of the key is kept by the site.
 */
export default function SigningKey({ knownKeys, organiserName, today, loaded, onLoad, announce }: Props) {
	const [error, setError] = useState('');
	const [entry, setEntry] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);

	if (isSecureContextMissing()) {
		return (
			<section class="signing" aria-labelledby="signature-titre">
				<h3 id="signature-titre">Signature électronique</h3>
				<p class="signing-warning" role="note">
					La signature a besoin d’une page sécurisée (adresse en https:// ou http://localhost)&nbsp;: ce navigateur n’y donne pas accès sur cette
					adresse. Ouvrez l’espace organisateur depuis le site publié en https ou depuis localhost pour signer&#8239;; les documents peuvent toujours être
					imprimés et signés à la main.
				</p>
			</section>
		);
	}

	const known = loaded ? knownKeys.find((k) => k.keyId === loaded.keyId) : undefined;

	const readFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const read = readPrivateKeyFile(await file.text());
		if ('error' in read) {
			setError(`${file.name}\u00a0: ${read.error}`);
			announce(`Clé refusée. ${read.error}`);
			return;
		}
		setError('');
		const keyId = await keyIdOf(read.jwk);
		onLoad({ jwk: read.jwk, keyId });
		const published = knownKeys.some((k) => k.keyId === keyId);
		announce(`Clé ${keyId} chargée pour cette page. ${published ? 'Les documents affichés sont signés.' : 'Attention\u00a0: cette clé n’est pas encore dans le site.'}`);
	};

	const create = async () => {
		if (!organiserName.trim()) {
			setError('Indiquez d’abord la raison sociale de l’organisme dans les réglages ci-dessus\u00a0: elle nomme la clé.');
			announce('Création impossible\u00a0: raison sociale de l’organisme manquante.');
			return;
		}
		setBusy(true);
		try {
			const key = await generateOrganiserKey();
			downloadText(privateKeyFile(key.privateJwk, organiserName.trim()), `cle-privee-${nameSlug(organiserName) || 'organisme'}-${today}.json`);
			setEntry(JSON.stringify(await publicKeyEntry(key.publicJwk, organiserName.trim(), today), null, '\t'));
			setError('');
			onLoad({ jwk: key.privateJwk, keyId: key.keyId });
			announce(`Clé ${key.keyId} créée. Fichier de clé privée enregistré dans vos téléchargements. Ajoutez la clé publique affichée au cours.`);
		} finally {
			setBusy(false);
		}
	};

	return (
		<section class="signing" aria-labelledby="signature-titre">
			<h3 id="signature-titre">Signature électronique (facultative)</h3>
			<p>
				Signés, les documents portent un code et un QR code&nbsp;: n’importe qui vérifie sur la page «&nbsp;<a href={href('verifier')}>Vérifier une attestation</a>
				&nbsp;» que votre organisme a émis exactement ce document. La clé privée reste dans votre fichier&nbsp;: le site ne la garde pas, il faut la charger à
				chaque visite.
			</p>
			{loaded ? (
				<div class={known ? 'signing-status signing-ok' : 'signing-status signing-warn'}>
					<p>
						<strong>Clé chargée pour cette page</strong> (identifiant <code>{loaded.keyId}</code>)
						{known ? <>&nbsp;: publiée dans ce site pour «&nbsp;{known.organiser}&nbsp;» le {dayLabel(known.addedOn)}. Les documents ci-dessous sont signés.</> : '.'}
					</p>
					{known ? null : (
						<p>
							⚠ Sa clé publique n’est pas encore dans ce site&nbsp;: tant qu’elle n’y est pas ajoutée, la vérification répondra «&nbsp;clé inconnue&nbsp;». Les
							documents ci-dessous sont tout de même signés.
						</p>
					)}
					<button type="button" class="btn-small" onClick={() => (onLoad(null), setEntry(null), announce('Clé retirée de cette page. Les documents ne sont plus signés.'))}>
						Retirer la clé de cette page
					</button>
				</div>
			) : (
				<div class="field">
					<label for="cle-privee">Charger la clé privée de l’organisme (fichier .json)</label>
					<input id="cle-privee" type="file" accept=".json,application/json" aria-describedby={error ? 'cle-privee-erreur' : undefined} onChange={(e) => void readFile(e.currentTarget as HTMLInputElement)} />
				</div>
			)}
			{error ? (
				<p id="cle-privee-erreur" class="field-error" role="alert">
					{error}
				</p>
			) : null}
			{loaded ? null : (
				<details class="signing-create">
					<summary>Première fois&nbsp;: créer la clé de l’organisme</summary>
					<p>
						Une paire de clés est créée dans ce navigateur. La clé privée est enregistrée dans un fichier que vous gardez en lieu sûr (qui l’a peut signer en
						votre nom)&#8239;; la clé publique s’affiche, à ajouter au cours.
					</p>
					<button type="button" class="btn" disabled={busy} onClick={() => void create()}>
						Créer la clé et enregistrer la clé privée
					</button>
				</details>
			)}
			{entry ? (
				<div class="signing-entry">
					<h4 id="cle-publique-titre">Clé publique à ajouter au cours</h4>
					<ol>
						<li>Gardez le fichier de clé privée téléchargé en lieu sûr, hors de tout dépôt de code&#8239;; ne l’envoyez à personne.</li>
						<li>
							Transmettez le texte ci-dessous à la personne qui publie le cours&nbsp;: elle l’ajoute comme un élément du tableau du fichier{' '}
							<code>content/cles-publiques.json</code>, puis reconstruit et publie le site (<code>npm run build</code>&nbsp;; le build refuse une entrée mal
							copiée en nommant le champ).
						</li>
						<li>Une fois le site publié, la page «&nbsp;Vérifier une attestation&nbsp;» reconnaît vos signatures, sans connexion.</li>
					</ol>
					<label for="cle-publique">Entrée de clé publique (JSON)</label>
					<textarea id="cle-publique" readOnly rows={10} value={entry} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
				</div>
			) : null}
		</section>
	);
}
