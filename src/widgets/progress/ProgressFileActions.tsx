import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { COURSE_ID, PROGRESS_VERSION } from '../../config';
import type { ImportedFile } from '../../lib/progress-file';
import { $progress, resetProgress } from '../../stores/progress';
import { replaceKeepingCopy } from '../../stores/progress-copies';
import AsideCopies from './AsideCopies';
import { loadCourseFacts } from './course-facts';
import { exportProgressMessage } from './export-progress';
import ImportConfirm from './ImportConfirm';
import LearnerEmployer from './LearnerEmployer';
import LearnerName from './LearnerName';
import ResetProgress from './ResetProgress';

/** Where the import check finds the course's ids and the evaluation pool. */
export interface FileUrls {
	ids: string;
	pool: string;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The learner's file: name, export, import (checked, confirmed, the old progress kept aside), reset. */
export default function ProgressFileActions({ urls }: { urls: FileUrls }) {
	const current = useStore($progress, { ssr: 'initial' });
	const [message, setMessage] = useState<Message>(null);
	const [pending, setPending] = useState<ImportedFile | null>(null);
	const importInput = useRef<HTMLInputElement>(null);

	const exportFile = async () => {
		const result = await exportProgressMessage();
		setMessage({ kind: result.ok ? 'ok' : 'error', text: result.text });
	};

	const importFile = async (event: Event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		// In an LMS the results are the platform's record (issue 15): a file must not replace them.
		if (document.documentElement.hasAttribute('data-lms')) return setMessage({ kind: 'error', text: 'L’import est désactivé dans une plateforme de formation\u00a0: votre progression n’a pas été modifiée.' });
		setPending(null);
		const unchanged = ' Votre progression actuelle n’a pas été modifiée.';
		try {
			const text = await file.text();
			const failWith = (message: string): never => {
				throw new Error(message);
			};
			// The file check's code loads with the first import, not with the page (issue 18).
			const [facts, { parseImport }] = await Promise.all([
				loadCourseFacts(urls.ids, urls.pool).catch((error: Error) => failWith(`La vérification du fichier a besoin des données du cours, qui n’ont pas pu être chargées (${error.message}). Vérifiez la connexion et réessayez.`)),
				import('../../lib/progress-file').catch(() => failWith('La vérification du fichier n’a pas pu se charger\u00a0: la connexion semble coupée. Réessayez une fois la connexion revenue.')),
			]);
			const result = await parseImport(text, COURSE_ID, PROGRESS_VERSION, facts, new Date());
			if (!result.ok) return setMessage({ kind: 'error', text: result.message });
			setMessage(null);
			setPending(result.file);
		} catch (error) {
			const text = (error as Error).message.startsWith('La vérification') ? (error as Error).message : 'Ce fichier n’a pas pu être lu.';
			setMessage({ kind: 'error', text: text + unchanged });
		}
	};

	const confirmImport = () => {
		if (!pending) return;
		const kept = replaceKeepingCopy(pending.state);
		setPending(null);
		importInput.current?.focus();
		if (kept === false) return setMessage({ kind: 'error', text: 'L’import n’a pas pu se faire dans cet onglet (voir l’avis en haut de la page). Votre progression n’a pas été modifiée.' });
		setMessage({ kind: 'ok', text: `Progression importée.${kept ? ' Votre progression précédente est gardée de côté\u00a0: vous pouvez la restaurer plus bas.' : ''}` });
	};

	return (
		<section class="file-actions" aria-labelledby="fichier">
			<h2 id="fichier">Votre fichier de progression</h2>
			<p class="hors-lms">
				Votre progression reste dans ce navigateur. Exportez-la pour la garder, changer d’appareil ou la remettre à votre organisme de formation.
			</p>
			<p class="en-lms">
				Votre progression est enregistrée par votre plateforme de formation. Vous pouvez en exporter une copie. L’import d’un fichier y est désactivé&nbsp;: vos
				résultats sont ceux que la plateforme a enregistrés.
			</p>
			<p class="file-declaration">
				Ce fichier est <strong>votre déclaration</strong>&nbsp;: sa somme de contrôle signale un fichier abîmé, pas une modification volontaire. Les résultats qui font
				foi viennent d’une session encadrée ou d’une plateforme de formation (LMS).
			</p>
			<LearnerName />
			<LearnerEmployer />
			<div class="file-buttons">
				<button type="button" class="btn" onClick={exportFile}>
					Exporter ma progression
				</button>
				<label class="file-label hors-lms" for="import-progression">
					Importer une progression (fichier .json)
				</label>
				<input ref={importInput} class="hors-lms" id="import-progression" type="file" accept=".json,application/json" onChange={importFile} />
			</div>
			{pending ? (
				<ImportConfirm
					file={pending}
					current={current}
					onConfirm={confirmImport}
					onCancel={() => {
						setPending(null);
						setMessage({ kind: 'ok', text: 'Import annulé : votre progression n’a pas été modifiée.' });
						importInput.current?.focus();
					}}
				/>
			) : null}
			<p role="status" class={message?.kind === 'error' ? 'file-message file-error' : 'file-message'}>
				{message?.text}
			</p>
			<AsideCopies onDone={(text) => setMessage({ kind: 'ok', text })} />
			<ResetProgress
				onReset={() => {
					resetProgress();
					setMessage({ kind: 'ok', text: 'Votre progression a été effacée.' });
				}}
			/>
		</section>
	);
}
