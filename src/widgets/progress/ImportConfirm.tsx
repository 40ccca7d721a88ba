import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import type { ImportedFile } from '../../lib/progress-file';
import type { ProgressState } from '../../lib/progress-model';

interface Props {
	file: ImportedFile;
	current: ProgressState;
	onConfirm: () => void;
	onCancel: () => void;
}

/** « 12 réponses, 3 leçons, 1 évaluation » */
export function summary(p: ProgressState): string {
	const answers = Object.values(p.attempts).reduce((n, a) => n + a.length, 0);
	const lessons = Object.keys(p.lessons).length;
	const runs = p.runs?.length ?? 0;
	const s = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
	return `${s(answers, 'réponse')}, ${s(lessons, 'leçon')}, ${s(runs, 'essai')} d’évaluation`;
}

/** Asks before an imported file replaces the progress, saying what each holds. */
export default function ImportConfirm({ file, current, onConfirm, onCancel }: Props) {
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), []);
	const who = file.state.learnerName ? ` de ${file.state.learnerName}` : '';
	return (
		<section class="confirm import-confirm" aria-labelledby="import-titre" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
			<h3 id="import-titre" tabIndex={-1} ref={heading}>
				Remplacer votre progression par celle du fichier&#8239;?
			</h3>
			<ul>
				<li>
					Le fichier{who}
					{file.exportedAt ? `, exporté le ${formatDate(file.exportedAt)}` : ''}&nbsp;: {summary(file.state)}.
					{file.checksum === 'absent' ? ' Fichier d’une version précédente du cours, sans somme de contrôle\u00a0: il a été mis au format actuel.' : ''}
				</li>
				<li>Votre progression dans ce navigateur&nbsp;: {summary(current)}. Elle sera gardée de côté&nbsp;: vous pourrez la restaurer plus bas sur cette page.</li>
			</ul>
			<p class="file-buttons">
				<button type="button" class="btn" onClick={onConfirm}>
					Remplacer ma progression
				</button>
				<button type="button" class="btn btn-secondary" onClick={onCancel}>
					Annuler
				</button>
			</p>
		</section>
	);
}
