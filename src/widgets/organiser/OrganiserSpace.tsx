import type { ObjectiveStatement } from '../../lib/documents';
import DocumentsPanel from '../documents/DocumentsPanel';
import { downloadText } from '../kit/download-text';
import type { KnownKey } from '../documents/SigningKey';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { COURSE_ID, PROGRESS_VERSION } from '../../config';
import { groupCsv } from '../../lib/csv';
import { groupSummary, learnerRow, mergeLearners, type GroupContext, type LoadedFile, type Rejected } from '../../lib/organiser-group';
import type { CourseFacts } from '../../lib/progress-check';
import { parseImport } from '../../lib/progress-file';
import { browserStorages, clearSession, readStoredSession, saveSession, type OrganiserStorages, type StoredFile } from '../../stores/organiser';
import LiveRegion from '../kit/LiveRegion';
import { loadCourseFacts } from '../progress/course-facts';
import GroupTables, { detailButtonId } from './GroupTables';
import LearnerDetail from './LearnerDetail';
import { csvFileName, refusalMessage } from './labels';

interface Props {
	context: GroupContext;
	/** Where parseImport's check finds the course's ids and the evaluation pool (as « Mon parcours »). */
	urls: { ids: string; pool: string };
	/** For the documents: the objectives' statements (what the attestation prints), the course title, the site's public keys. */
	documents: { statements: ObjectiveStatement[]; courseTitle: string; knownKeys: KnownKey[] };
}

/** A file of the group: its text (what is stored) and what parseImport made of it. */
interface Entry {
	stored: StoredFile;
	loaded: LoadedFile;
}

const NBSP = '\u00a0';

/** Today in the organiser's time zone, YYYY-MM-DD (the « Le … » of the documents). */
function localDay(now: Date): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The organiser space (issue 14): learners' progress files read here, never sent; a table
 * learner × objective, the group's summary, a learner's detail, the CSV; the group kept for the
 * tab, or on this computer on request, and cleared on request.
 */
export default function OrganiserSpace({ context, urls, documents }: Props) {
	const [entries, setEntries] = useState<Entry[]>([]);
	const entriesRef = useRef<Entry[]>([]);
	const [refused, setRefused] = useState<Rejected[]>([]);
	const [announce, setAnnounce] = useState('');
	const [storageMessage, setStorageMessage] = useState<string | null>(null);
	const [keep, setKeep] = useState(false);
	const keepRef = useRef(false);
	const [busy, setBusy] = useState(false);
	const [over, setOver] = useState(false);
	const [detail, setDetail] = useState<string | null>(null);
	const [confirming, setConfirming] = useState(false);
	const [cleared, setCleared] = useState(0);
	const storages = useRef<OrganiserStorages | null>(null);
	const facts = useRef<Promise<CourseFacts> | null>(null);
	const input = useRef<HTMLInputElement>(null);
	const importHeading = useRef<HTMLHeadingElement>(null);
	const clearButton = useRef<HTMLButtonElement>(null);
	const confirmText = useRef<HTMLParagraphElement>(null);
	// Imports run one after the other, so that two batches never interleave their entries.
	const queue = useRef<Promise<void>>(Promise.resolve());
	// Bumped by « Effacer la session »: a batch still being read when the session is cleared must
	// not bring the group back nor cover the « Session effacée » notice.
	const generation = useRef(0);

	const { learners, notices } = useMemo(() => mergeLearners(entries.map((e) => e.loaded)), [entries]);
	const rows = useMemo(() => learners.map((l) => learnerRow(l, context)), [learners, context]);
	const summary = useMemo(() => groupSummary(rows, context.objectives), [rows, context]);
	const detailRow = rows.find((r) => r.key === detail) ?? null;

	/** The course facts, fetched once, when the first file is checked (never before). */
	const courseFacts = () => {
		facts.current ??= loadCourseFacts(urls.ids, urls.pool).catch((error: Error) => {
			facts.current = null;
			throw error;
		});
		return facts.current;
	};

	const persist = (next: Entry[], keepNow: boolean) => {
		if (!storages.current) return;
		const result = saveSession(storages.current, next.map((e) => e.stored), keepNow);
		setStorageMessage(result.message);
		return result.message;
	};

	/** Checks every file with parseImport; good ones join the group, each bad one gets its message. */
	const check = async (files: StoredFile[]): Promise<{ accepted: Entry[]; rejected: Rejected[] } | null> => {
		let course: CourseFacts;
		try {
			course = await courseFacts();
		} catch (error) {
			setAnnounce(
				`La vérification des fichiers a besoin des données du cours, qui n’ont pas pu être chargées (${(error as Error).message}). Vérifiez la connexion et réessayez${NBSP}: aucun fichier n’a été ajouté.`
			);
			return null;
		}
		const accepted: Entry[] = [];
		const rejected: Rejected[] = [];
		for (const f of files) {
			const result = await parseImport(f.text, COURSE_ID, PROGRESS_VERSION, course, new Date());
			if (result.ok) accepted.push({ stored: f, loaded: { name: f.name, file: result.file } });
			else rejected.push({ name: f.name, message: refusalMessage(f.name, result.message) });
		}
		return { accepted, rejected };
	};

	/** Adds a batch of chosen or dropped files to the group, and says what happened. */
	const addFiles = (list: File[]) => {
		if (list.length === 0) return;
		queue.current = queue.current.then(async () => {
			const started = generation.current;
			setBusy(true);
			setAnnounce(`Lecture de ${plural(list.length, 'fichier', 'fichiers')}…`);
			const texts: StoredFile[] = [];
			const unreadable: Rejected[] = [];
			for (const file of list) {
				try {
					texts.push({ name: file.name, text: await file.text() });
				} catch {
					unreadable.push({ name: file.name, message: refusalMessage(file.name, 'Ce fichier n’a pas pu être lu.') });
				}
			}
			const checked = await check(texts);
			setBusy(false);
			if (!checked || started !== generation.current) return;
			const before = mergeLearners(entriesRef.current.map((e) => e.loaded)).notices;
			const next = [...entriesRef.current, ...checked.accepted];
			entriesRef.current = next;
			setEntries(next);
			const rejected = [...unreadable, ...checked.rejected];
			setRefused(rejected);
			const merged = mergeLearners(next.map((e) => e.loaded)).notices.filter((n) => !before.includes(n));
			const storage = persist(next, keepRef.current);
			setAnnounce(
				[
					`${plural(checked.accepted.length, 'fichier ajouté', 'fichiers ajoutés')} au groupe, ${plural(rejected.length, 'fichier refusé', 'fichiers refusés')}.`,
					...rejected.map((r) => r.message),
					...merged,
					storage ?? '',
				]
					.filter(Boolean)
					.join(' ')
			);
		});
	};

	useEffect(() => {
		storages.current = browserStorages();
		const stored = readStoredSession(storages.current);
		keepRef.current = stored.keep;
		setKeep(stored.keep);
		if (stored.problem) setAnnounce(stored.problem);
		if (stored.files.length > 0) {
			queue.current = queue.current.then(async () => {
				const started = generation.current;
				setBusy(true);
				const checked = await check(stored.files);
				setBusy(false);
				if (!checked || started !== generation.current) return;
				entriesRef.current = [...checked.accepted, ...entriesRef.current];
				setEntries(entriesRef.current);
				// A file the course no longer accepts (content changed since) leaves the stored group, and it is said.
				setRefused(checked.rejected);
				persist(entriesRef.current, keepRef.current);
				setAnnounce(
					[
						`Groupe retrouvé${NBSP}: ${plural(checked.accepted.length, 'fichier vérifié à nouveau', 'fichiers vérifiés à nouveau')}.`,
						...checked.rejected.map((r) => r.message),
						stored.problem ?? '',
					]
						.filter(Boolean)
						.join(' ')
				);
			});
		}
		// A file chosen before the island hydrated is still in the input: read it now.
		const early = input.current?.files;
		if (early && early.length > 0) {
			const files = [...early];
			input.current!.value = '';
			addFiles(files);
		}
	}, []);

	const onKeepChange = (event: Event) => {
		const on = (event.currentTarget as HTMLInputElement).checked;
		keepRef.current = on;
		setKeep(on);
		const problem = persist(entriesRef.current, on);
		setAnnounce(
			problem ??
				(on
					? 'Le groupe est gardé sur cet ordinateur, dans ce navigateur, jusqu’à ce que vous effaciez la session.'
					: 'Le groupe n’est plus gardé sur cet ordinateur (la copie locale est supprimée)\u00a0: il sera oublié à la fermeture de l’onglet.')
		);
	};

	const closeConfirm = () => {
		setConfirming(false);
		clearButton.current?.focus();
	};

	const clearAll = () => {
		generation.current += 1;
		if (storages.current) clearSession(storages.current);
		entriesRef.current = [];
		setEntries([]);
		setRefused([]);
		setDetail(null);
		setStorageMessage(null);
		keepRef.current = false;
		setKeep(false);
		setConfirming(false);
		setCleared((n) => n + 1);
		setAnnounce('Session effacée\u00a0: le groupe n’est plus gardé dans ce navigateur. Les fichiers des apprenants sur votre ordinateur n’ont pas été touchés.');
	};

	const downloadCsv = () => {
		const name = csvFileName(new Date());
		downloadText(groupCsv(rows, context.objectives), name, 'text/csv;charset=utf-8');
		setAnnounce(`Fichier «${NBSP}${name}${NBSP}» enregistré dans vos téléchargements.`);
	};

	const closeDetail = () => {
		const index = rows.findIndex((r) => r.key === detail);
		setDetail(null);
		if (index >= 0) document.getElementById(detailButtonId(index))?.focus();
	};

	useEffect(() => {
		if (confirming) confirmText.current?.focus();
	}, [confirming]);

	// After « Effacer la session », focus goes to the import heading once the emptied page is
	// drawn (moved during the same render, it was lost to the body in Chromium); the heading
	// rather than the file input, so that the key that pressed « Oui » opens no file chooser.
	useEffect(() => {
		if (cleared === 0) return;
		const frame = requestAnimationFrame(() => importHeading.current?.focus());
		return () => cancelAnimationFrame(frame);
	}, [cleared]);

	return (
		<div class="organiser" data-busy={busy ? 'true' : undefined}>
			<section aria-labelledby="org-import">
				<h2 id="org-import" ref={importHeading} tabIndex={-1}>
					Importer les fichiers des apprenants
				</h2>
				<div
					class={over ? 'org-drop is-over' : 'org-drop'}
					onDragOver={(e) => {
						e.preventDefault();
						setOver(true);
					}}
					onDragLeave={() => setOver(false)}
					onDrop={(e) => {
						e.preventDefault();
						setOver(false);
						addFiles([...(e.dataTransfer?.files ?? [])]);
					}}
				>
					<input ref={input} id="org-fichiers" class="org-file-input" type="file" multiple accept=".json" aria-describedby="org-fichiers-aide" onChange={(e) => {
						const el = e.currentTarget as HTMLInputElement;
						const files = [...(el.files ?? [])];
						el.value = '';
						addFiles(files);
					}} />
					<label for="org-fichiers" class="btn org-file-button">
						Choisir des fichiers de progression (.json)
					</label>
					<p id="org-fichiers-aide" class="org-muted">
						Vous pouvez en choisir plusieurs à la fois, ou les glisser et les déposer dans ce cadre. Les fichiers ajoutés plus tard rejoignent le groupe.
					</p>
				</div>
				{busy ? <p class="org-muted">Vérification des fichiers en cours…</p> : null}
				{refused.length > 0 ? (
					<div class="org-refused" data-refused={refused.length}>
						<h3>{plural(refused.length, 'fichier refusé', 'fichiers refusés')} (les autres sont chargés)</h3>
						<ul>
							{refused.map((r, i) => (
								<li key={`${r.name}-${i}`} class="file-error" data-file={r.name}>
									<span aria-hidden="true">✗ </span>
									{r.message}
								</li>
							))}
						</ul>
					</div>
				) : null}
				{notices.length > 0 ? (
					<div class="org-notices">
						<h3>Fichiers d’une même personne</h3>
						<ul>
							{notices.map((n, i) => (
								<li key={i}>{n}</li>
							))}
						</ul>
					</div>
				) : null}
			</section>

			<section aria-labelledby="org-resultats">
				<h2 id="org-resultats">Résultats du groupe</h2>
				{rows.length === 0 ? (
					<p>Aucun fichier chargé pour l’instant.</p>
				) : (
					<>
						<GroupTables rows={rows} summary={summary} objectives={context.objectives} onDetail={setDetail} />
						{detailRow ? <LearnerDetail row={detailRow} onClose={closeDetail} /> : null}
						<p>
							<button type="button" class="btn" onClick={downloadCsv}>
								Télécharger le tableau (CSV)
							</button>
						</p>
					</>
				)}
			</section>

			<DocumentsPanel rows={rows} statements={documents.statements} courseTitle={documents.courseTitle} today={localDay(new Date())} knownKeys={documents.knownKeys} />

			<section aria-labelledby="org-garder" class="org-keep">
				<h2 id="org-garder">Garder ou effacer le groupe</h2>
				<p>
					Sans autre choix, le groupe reste dans cet onglet (même après un rechargement) et il est oublié à sa fermeture. Sur un ordinateur partagé,
					ne cochez pas la case et effacez la session en partant.
				</p>
				<p class="org-check">
					<input id="org-garder-case" type="checkbox" checked={keep} onChange={onKeepChange} />
					<label for="org-garder-case">Garder cette session sur cet ordinateur</label>
				</p>
				{storageMessage ? <p class="file-error">{storageMessage}</p> : null}
				<div class="reset">
					<button ref={clearButton} type="button" class="btn btn-danger" aria-expanded={confirming} aria-controls="org-confirmation" onClick={() => setConfirming(true)}>
						Effacer la session
					</button>
					<div id="org-confirmation" class="confirm" hidden={!confirming} onKeyDown={(e) => e.key === 'Escape' && closeConfirm()}>
						<p ref={confirmText} tabIndex={-1}>
							Effacer le groupe de ce navigateur (cet onglet et cet ordinateur)&#8239;? Les fichiers des apprenants restent sur votre ordinateur.
						</p>
						<button type="button" class="btn btn-danger" onClick={clearAll}>
							Oui, effacer la session
						</button>
						<button type="button" class="btn btn-secondary" onClick={closeConfirm}>
							Annuler
						</button>
					</div>
				</div>
			</section>
			<LiveRegion text={announce} />
		</div>
	);
}
