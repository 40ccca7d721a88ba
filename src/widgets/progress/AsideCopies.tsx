import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { $asideCopies, refreshAsideCopies, restoreCopy, type AsideCopy } from '../../stores/progress-copies';
import { downloadText } from '../kit/download-text';
import { summary } from './ImportConfirm';

const KIND: Record<AsideCopy['kind'], string> = {
	remplacee: 'Progression remplacée',
	quarantine: 'Données illisibles mises de côté',
};

/** The copies kept aside in this browser: each can be downloaded, a replaced one restored. */
export default function AsideCopies({ onDone }: { onDone: (text: string) => void }) {
	const copies = useStore($asideCopies);
	useEffect(refreshAsideCopies, []);
	if (copies.length === 0) return null;
	return (
		<section class="aside-copies" aria-labelledby="copies-titre">
			<h3 id="copies-titre">Copies mises de côté</h3>
			<p>Rien n’est effacé sans copie&nbsp;: la progression qu’un import a remplacée, et les données trouvées illisibles, sont gardées ici, <span class="hors-lms">dans ce navigateur.</span>
				<span class="en-lms">pendant cette visite seulement&nbsp;: téléchargez celles que vous voulez garder.</span>
			</p>
			<ul>
				{copies.map((copy) => (
					<li key={copy.key} data-copy={copy.kind}>
						<strong>{KIND[copy.kind]}</strong> le {formatDate(copy.at)}
						{copy.state ? `\u00a0: ${summary(copy.state)}.` : '\u00a0: illisible par cette version du cours.'}{' '}
						<button
							type="button"
							class="btn-small"
							onClick={() => {
								const name = `${copy.kind === 'remplacee' ? 'progression-remplacee' : 'donnees-mises-de-cote'}-${copy.at.slice(0, 19).replace(/:/g, '-')}.json`;
								downloadText(copy.raw, name);
								onDone(`Copie « ${name} » enregistrée dans vos téléchargements.`);
							}}
						>
							Télécharger<span class="visually-hidden"> la copie du {formatDate(copy.at)}</span>
						</button>{' '}
						{copy.kind === 'remplacee' && copy.state ? (
							<button
								type="button"
								class="btn-small"
								onClick={() =>
									onDone(
										restoreCopy(copy.key)
											? 'Progression restaurée. Celle qu’elle remplace est gardée de côté à son tour.'
											: 'Cette copie n’a pas pu être restaurée : votre progression n’a pas été modifiée.'
									)
								}
							>
								Restaurer<span class="visually-hidden"> la progression du {formatDate(copy.at)}</span>
							</button>
						) : null}
					</li>
				))}
			</ul>
		</section>
	);
}
