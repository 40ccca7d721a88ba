import { useRef, useState } from 'preact/hooks';
import { COURSE_ID, COURSE_VERSION, PROGRESS_VERSION } from '../../config';
import { buildExport, exportFileName, parseImport } from '../../lib/progress-file';
import { $progress, replaceProgress, resetProgress } from '../../stores/progress';

/** Export, import and reset of the learner's progress file. */
export default function ProgressFileActions() {
	const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
	const [confirming, setConfirming] = useState(false);
	const resetButton = useRef<HTMLButtonElement>(null);

	const download = () => {
		const now = new Date();
		const blob = new Blob([buildExport($progress.get(), COURSE_VERSION, now)], { type: 'application/json' });
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = exportFileName(now);
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		setMessage({ kind: 'ok', text: `Fichier « ${exportFileName(now)} » enregistré dans vos téléchargements.` });
	};

	const importFile = async (event: Event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			setMessage({ kind: 'error', text: 'Ce fichier n’a pas pu être lu. Votre progression actuelle n’a pas été modifiée.' });
			return;
		}
		const result = parseImport(text, COURSE_ID, PROGRESS_VERSION);
		input.value = '';
		if (!result.ok) {
			setMessage({ kind: 'error', text: result.message });
			return;
		}
		replaceProgress(result.state);
		const answers = Object.values(result.state.attempts).reduce((n, a) => n + a.length, 0);
		setMessage({ kind: 'ok', text: `Progression importée : ${answers} réponse(s) et ${Object.keys(result.state.lessons).length} leçon(s).` });
	};

	const reset = () => {
		resetProgress();
		setConfirming(false);
		setMessage({ kind: 'ok', text: 'Votre progression a été effacée de ce navigateur.' });
		resetButton.current?.focus();
	};

	return (
		<section class="file-actions" aria-labelledby="fichier">
			<h2 id="fichier">Votre fichier de progression</h2>
			<p>
				Votre progression reste dans ce navigateur. Exportez-la pour la garder, la changer d’appareil ou la remettre à votre
				organisme de formation.
			</p>
			<div class="file-buttons">
				<button type="button" class="btn" onClick={download}>
					Exporter ma progression
				</button>
				<label class="file-label" for="import-progression">
					Importer une progression (fichier .json)
				</label>
				<input id="import-progression" type="file" accept=".json,application/json" onChange={importFile} />
			</div>
			<div class="reset">
				<button
					ref={resetButton}
					type="button"
					class="btn btn-danger"
					aria-expanded={confirming}
					aria-controls="confirmation-reinitialisation"
					onClick={() => setConfirming(true)}
				>
					Réinitialiser ma progression
				</button>
				<div
					id="confirmation-reinitialisation"
					class="confirm"
					hidden={!confirming}
					onKeyDown={(e) => {
						if (e.key === 'Escape') {
							setConfirming(false);
							resetButton.current?.focus();
						}
					}}
				>
					<p>Toutes vos réponses et le suivi des leçons seront effacés de ce navigateur. Pensez à exporter avant.</p>
					<button type="button" class="btn btn-danger" onClick={reset}>
						Oui, tout effacer
					</button>
					<button
						type="button"
						class="btn btn-secondary"
						onClick={() => {
							setConfirming(false);
							resetButton.current?.focus();
						}}
					>
						Annuler
					</button>
				</div>
			</div>
			<p role="status" class={message?.kind === 'error' ? 'file-message file-error' : 'file-message'}>
				{message?.text}
			</p>
		</section>
	);
}
