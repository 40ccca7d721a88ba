import type { EvaluationKind } from './evaluation-model';
import { apresRun, avantRun, runRole, summariseRun, type EvaluationRule, type RunRole, type RunSummary } from './evaluation-runs';
import { objectiveResults, type ItemObjectives, type MasteryParams, type ObjectiveStatus } from './mastery';
import type { ImportedFile } from './progress-file';
import type { ProgressState } from './progress-model';

/**
 * The organiser's view of a group (issue 14): several learners' progress files, read with
 * parseImport, merged per learner and turned into rows. Every figure comes from the same
 * functions as « Mon parcours » (avantRun, apresRun, summariseRun, objectiveResults), so the
 * organiser sees exactly what the learner saw. Pure: no DOM, no storage, no clock.
 */

/** A file that parseImport accepted, with the name it had on the organiser's disk. */
export interface LoadedFile {
	name: string;
	file: ImportedFile;
}

/** A file that parseImport refused, with its French message. */
export interface Rejected {
	name: string;
	message: string;
}

/** One learner of the group: the file kept for them. */
export interface GroupLearner {
	/** `graine:<learnerSeed>`, or `contenu:<fingerprint>` for a file without a seed. */
	key: string;
	/** The learner's name, or « Apprenant sans nom (fichier x.json) ». */
	name: string;
	/** The employer the learner typed on « Mon parcours », trimmed; absent when none. */
	employer?: string;
	fileName: string;
	exportedAt: string | null;
	progress: ProgressState;
}

/**
 * A fingerprint of a progress record (FNV-1a, 32 bits, twice with different seeds), to key a
 * file that has no learner seed. The file's SHA-256 checksum is not kept by parseImport and
 * WebCrypto is asynchronous; this only has to tell files apart: the same file loaded twice
 * counts once, two different files without a seed never merge.
 */
export function progressFingerprint(progress: ProgressState): string {
	const text = JSON.stringify(progress);
	const fnv = (seed: number) => {
		let h = seed >>> 0;
		for (let i = 0; i < text.length; i += 1) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193) >>> 0;
		}
		return h.toString(16).padStart(8, '0');
	};
	return fnv(0x811c9dc5) + fnv(0x1b873593);
}

/** The learner a file belongs to: the seed made on their first evaluation run names them. */
function learnerKey(progress: ProgressState): string {
	return progress.learnerSeed ? `graine:${progress.learnerSeed}` : `contenu:${progressFingerprint(progress)}`;
}

// Paris time, as the organiser reads it, whatever the computer's time zone.
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
	timeZone: 'Europe/Paris',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
});

/** « exporté le 04/12/2026 à 11:15 », or « sans date d’export ». */
function exportedLabel(iso: string | null): string {
	if (iso === null || Number.isNaN(Date.parse(iso))) return 'sans date d’export';
	const p = Object.fromEntries(PARIS_TIME.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
	return `exporté le ${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`;
}

// French typography: a no-break space before « : » and inside guillemets, so a line never
// starts with the colon or leaves a guillemet alone at a line end.
const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** Whether `a` was exported strictly after `b`; a file without a date is older than any dated one. */
function newer(a: string | null, b: string | null): boolean {
	if (a === null) return false;
	if (b === null) return true;
	return Date.parse(a) > Date.parse(b);
}

function toLearner(loaded: LoadedFile): GroupLearner {
	const progress = loaded.file.state;
	return {
		key: learnerKey(progress),
		name: progress.learnerName?.trim() || `Apprenant sans nom (fichier ${loaded.name})`,
		...(progress.learnerEmployer?.trim() ? { employer: progress.learnerEmployer.trim() } : {}),
		fileName: loaded.name,
		exportedAt: loaded.file.exportedAt,
		progress,
	};
}

/**
 * One learner per learner seed, in the order their first file was loaded. Two files of the
 * same learner count once: the most recent export wins (on equal dates, the one loaded first
 * stays), and each merge gives a French notice naming both files and the one kept.
 */
export function mergeLearners(files: LoadedFile[]): { learners: GroupLearner[]; notices: string[] } {
	const byKey = new Map<string, GroupLearner>();
	const notices: string[] = [];
	for (const loaded of files) {
		const candidate = toLearner(loaded);
		const current = byKey.get(candidate.key);
		if (!current) {
			byKey.set(candidate.key, candidate);
			continue;
		}
		const replace = newer(candidate.exportedAt, current.exportedAt);
		const kept = replace ? candidate : current;
		const same = candidate.exportedAt === current.exportedAt || (candidate.exportedAt !== null && current.exportedAt !== null && Date.parse(candidate.exportedAt) === Date.parse(current.exportedAt));
		const undated = candidate.exportedAt === null && current.exportedAt === null;
		const why = undated
			? `Aucun n’a de date d’export${NBSP}: le premier chargé est gardé`
			: same
				? `Ils ont la même date d’export${NBSP}: le premier chargé est gardé`
				: 'Le plus récent est gardé';
		notices.push(
			`Deux fichiers de la même personne (${kept.name})${NBSP}: ${quoted(current.fileName)} (${exportedLabel(current.exportedAt)}) et ${quoted(candidate.fileName)} (${exportedLabel(candidate.exportedAt)}). ${why}${NBSP}: ${quoted(kept.fileName)}. L’autre n’est pas compté.`
		);
		// Map.set on an existing key keeps its place: the learner stays where they first appeared.
		if (replace) byKey.set(candidate.key, candidate);
	}
	return { learners: [...byKey.values()], notices };
}

/** What the rows need to know of the course, built from the content. */
export interface GroupContext {
	objectives: { id: string; label: string }[];
	itemObjectives: ItemObjectives;
	mastery: MasteryParams;
	evaluationRule: EvaluationRule;
	/** The lessons in course order, with their estimated self-paced minutes. */
	lessons: { id: string; title: string; minutes: number }[];
}

/** Right answers out of the questions drawn for one objective in one run. */
export interface RunScore {
	right: number;
	total: number;
	/** right / total, 0–1. */
	ratio: number;
}

/** « validé » at the final evaluation, « non validé », or « non évalué » (no completed final run for it). */
export type Verdict = 'valide' | 'non-valide' | 'non-evalue';

export interface ObjectiveCell {
	id: string;
	label: string;
	/** The objective's result in the « avant » run, or null (none, not completed, or not drawn). */
	avant: RunScore | null;
	/** The objective's result in the « après » run, or null. */
	apres: RunScore | null;
	verdict: Verdict;
	/** « Entraînement », as « Mon parcours » shows it. */
	practice: { status: ObjectiveStatus; score: number | null };
}

export interface LessonCell {
	id: string;
	title: string;
	estimatedMinutes: number;
	visited: boolean;
	/** A lesson is completed when the learner marked it so (LessonCompletion sets `completedAt`). */
	completed: boolean;
	completedAt: string | null;
	/** Time spent, in minutes to one decimal; null when never opened. */
	minutesSpent: number | null;
}

export interface RunCell {
	id: string;
	kind: EvaluationKind;
	number: number;
	role: RunRole;
	startedAt: string;
	completedAt: string | null;
	/** Null while the run is not completed: an unfinished run is never scored. */
	right: number | null;
	total: number;
	passed: boolean | null;
}

export interface LearnerRow {
	key: string;
	name: string;
	/** The learner's employer, for the documents; absent when the file has none. */
	employer?: string;
	fileName: string;
	exportedAt: string | null;
	objectives: ObjectiveCell[];
	lessons: LessonCell[];
	lessonsVisited: number;
	lessonsCompleted: number;
	/** Time spent in every lesson the file records, minutes to one decimal (as « Mon parcours » adds it). */
	minutesSpent: number;
	/** Estimated minutes of the course's lessons, for comparison. */
	estimatedMinutes: number;
	/** Every run, oldest first. */
	runs: RunCell[];
	/** Whether the « après » run passed overall; null without one. */
	finalPassed: boolean | null;
}

/** Milliseconds as minutes, to one decimal. */
export function toMinutes(ms: number): number {
	return Math.round(ms / 6000) / 10;
}

function scoreOf(summary: RunSummary | null, objective: string): RunScore | null {
	const o = summary?.objectives[objective];
	return o && o.total > 0 ? { right: o.right, total: o.total, ratio: o.right / o.total } : null;
}

/** One learner's line of the organiser's table, and the detail behind it. */
export function learnerRow(learner: GroupLearner, ctx: GroupContext): LearnerRow {
	const progress = learner.progress;
	const runs = progress.runs ?? [];
	const avant = avantRun(runs);
	const apres = apresRun(runs);
	const avantSummary = avant ? summariseRun(avant, ctx.evaluationRule) : null;
	const apresSummary = apres ? summariseRun(apres, ctx.evaluationRule) : null;
	const ids = ctx.objectives.map((o) => o.id);
	const practice = objectiveResults(ids, progress.attempts, ctx.itemObjectives, ctx.mastery);

	const objectives = ctx.objectives.map((o): ObjectiveCell => {
		const outcome = apresSummary?.objectives[o.id];
		// An objective the final run drew no question for (content changed since) was not evaluated.
		const verdict: Verdict = !outcome || outcome.total === 0 ? 'non-evalue' : outcome.validated ? 'valide' : 'non-valide';
		const p = practice[o.id];
		return {
			id: o.id,
			label: o.label,
			avant: scoreOf(avantSummary, o.id),
			apres: scoreOf(apresSummary, o.id),
			verdict,
			practice: { status: p?.status ?? 'non-commence', score: p?.score ?? null },
		};
	});

	const lessons = ctx.lessons.map((l): LessonCell => {
		const p = progress.lessons[l.id];
		return {
			id: l.id,
			title: l.title,
			estimatedMinutes: l.minutes,
			visited: p !== undefined,
			completed: Boolean(p?.completedAt),
			completedAt: p?.completedAt ?? null,
			minutesSpent: p ? toMinutes(p.timeSpentMs) : null,
		};
	});

	const runCells = [...runs]
		.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.number - b.number)
		.map((run): RunCell => {
			const summary = run.completedAt ? summariseRun(run, ctx.evaluationRule) : null;
			return {
				id: run.id,
				kind: run.kind,
				number: run.number,
				role: runRole(run, runs),
				startedAt: run.startedAt,
				completedAt: run.completedAt ?? null,
				right: summary?.right ?? null,
				total: run.questions.length,
				passed: summary?.passed ?? null,
			};
		});

	return {
		key: learner.key,
		name: learner.name,
		...(learner.employer ? { employer: learner.employer } : {}),
		fileName: learner.fileName,
		exportedAt: learner.exportedAt,
		objectives,
		lessons,
		lessonsVisited: lessons.filter((l) => l.visited).length,
		lessonsCompleted: lessons.filter((l) => l.completed).length,
		minutesSpent: toMinutes(Object.values(progress.lessons).reduce((t, l) => t + l.timeSpentMs, 0)),
		estimatedMinutes: ctx.lessons.reduce((t, l) => t + l.minutes, 0),
		runs: runCells,
		finalPassed: apresSummary?.passed ?? null,
	};
}

/** The group's figures for one objective. */
export interface ObjectiveSummary {
	id: string;
	label: string;
	learners: number;
	/** Learners whose « après » run validated the objective. */
	validated: number;
	/** Learners with an « après » result for the objective. */
	evaluated: number;
	/** Mean « avant » ratio (0–1) over the learners who have one; null when none has. */
	meanAvant: number | null;
	meanApres: number | null;
	/** mean(après) − mean(avant) over the learners who have both; null when none has both. */
	progression: number | null;
	/** How many learners each mean is taken over. */
	withAvant: number;
	withApres: number;
	withBoth: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** Per objective: learners, validated, evaluated, mean before and after, progression. */
export function groupSummary(rows: LearnerRow[], objectives: { id: string; label: string }[]): ObjectiveSummary[] {
	return objectives.map((o) => {
		const cells = rows.map((r) => r.objectives.find((c) => c.id === o.id)).filter((c): c is ObjectiveCell => c !== undefined);
		const avant = cells.flatMap((c) => (c.avant ? [c.avant.ratio] : []));
		const apres = cells.flatMap((c) => (c.apres ? [c.apres.ratio] : []));
		const both = cells.filter((c) => c.avant && c.apres);
		const gain = mean(both.map((c) => c.apres!.ratio - c.avant!.ratio));
		return {
			id: o.id,
			label: o.label,
			learners: rows.length,
			validated: cells.filter((c) => c.verdict === 'valide').length,
			evaluated: cells.filter((c) => c.verdict !== 'non-evalue').length,
			meanAvant: mean(avant),
			meanApres: mean(apres),
			// Rounding guards against 0.1 − 0.1 printed as 1e-17.
			progression: gain === null ? null : Math.round(gain * 1e9) / 1e9,
			withAvant: avant.length,
			withApres: apres.length,
			withBoth: both.length,
		};
	});
}
