import type { EvaluationKind } from '../../lib/evaluation-model';
import type { RunRole } from '../../lib/evaluation-runs';
import type { ObjectiveStatus } from '../../lib/mastery';
import type { RunScore, Verdict } from '../../lib/organiser-group';

/**
 * The words of the organiser space: every result is said in words (never by colour alone), as
 * « Mon parcours » says it, and the CSV (src/lib/csv.ts) uses the same verdicts.
 */

const NBSP = '\u00a0';

/** The sentence parseImport adds for the learner, which is wrong for the organiser: nothing of theirs was at stake. */
const LEARNER_SIDE = /\s*Votre progression actuelle n’a pas été modifiée\.\s*$/;

/** parseImport's refusal, as the organiser reads it: naming the file, without the learner-side sentence. */
export function refusalMessage(fileName: string, message: string): string {
	return `«${NBSP}${fileName}${NBSP}»${NBSP}: ${message.replace(LEARNER_SIDE, '').trim()}`;
}

export const VERDICT: Record<Verdict, string> = { valide: '✓ validé', 'non-valide': '✗ non validé', 'non-evalue': '○ non évalué' };
export const PRACTICE: Record<ObjectiveStatus, string> = { acquis: 'acquis', 'en-cours': 'en cours', 'non-commence': 'non commencé' };
export const KIND: Record<EvaluationKind, string> = { positionnement: 'Test de positionnement', finale: 'Évaluation finale' };
export const ROLE: Record<RunRole, string> = {
	avant: `compte comme «${NBSP}avant${NBSP}»`,
	apres: `compte comme «${NBSP}après${NBSP}»`,
	entrainement: 'entraînement (ne compte pas)',
	'finale-precedente': 'finale précédente (remplacée par la plus récente)',
	'en-cours': 'non terminée (non notée)',
};

/** « d’Alice Martin », « de Bruno Petit »: French elides « de » before a vowel. */
export function ofName(name: string): string {
	return /^[aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/.test(name) ? `d’${name}` : `de ${name}`;
}

/** « 1 sur 2 », or « — » when there is no result. */
export function scoreText(score: RunScore | null): string {
	return score ? `${score.right} sur ${score.total}` : '—';
}

/** « 50 % » from a 0–1 ratio, « — » for null. */
export function percentText(ratio: number | null): string {
	return ratio === null ? '—' : `${Math.round(ratio * 100)}${NBSP}%`;
}

/** « +25 points », « −10 points », « 0 point », « — » for null (a difference of percentages). */
export function pointsText(gain: number | null): string {
	if (gain === null) return '—';
	const points = Math.round(gain * 100);
	if (points === 0) return '0 point';
	const unit = Math.abs(points) > 1 ? 'points' : 'point';
	return `${points > 0 ? '+' : '−'}${Math.abs(points)}${NBSP}${unit}`;
}

/** « 3,5 min » from minutes to one decimal. */
export function minutesText(minutes: number): string {
	return `${String(minutes).replace('.', ',')}${NBSP}min`;
}

const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** « 4 décembre 2026 à 11:15 » (Paris time); « date inconnue » for a missing or bad date. */
export function dateTimeText(iso: string | null): string {
	if (iso === null || Number.isNaN(Date.parse(iso))) return 'date inconnue';
	const p = Object.fromEntries(PARIS.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
	return `${p.day === '1' ? '1er' : p.day} ${p.month} ${p.year} à ${p.hour}:${p.minute}`;
}

/** « resultats-groupe-2026-12-04.csv », dated by the organiser's own calendar day. */
export function csvFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `resultats-groupe-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
