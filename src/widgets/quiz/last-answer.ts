import { formatDate } from '../../lib/format';
import type { Attempt } from '../../lib/progress-model';
import type { Check } from '../../lib/scoring';

/** « Correct », « À revoir » or « À revoir — 2 sur 3 », never colour alone. */
export function verdictOf(check: Pick<Check, 'correct' | 'score' | 'max'>): string {
	if (check.correct) return 'Correct';
	return check.max > 1 ? `À revoir — ${check.score} sur ${check.max}` : 'À revoir';
}

/** What the learner did last time at this question, said before they answer again. */
export function describeLast(last: Attempt): string {
	const when = formatDate(last.at);
	if (last.outcome === 'revealed') return `Votre dernier passage\u00a0: solution affichée le ${when}.`;
	const verdict = last.score === last.max ? 'juste' : last.score === 0 ? 'à revoir' : `${last.score} sur ${last.max}`;
	const kind = last.outcome === 'practice' ? ' (entraînement, non compté)' : '';
	return `Votre dernière réponse\u00a0: ${verdict}${kind} (le ${when}).`;
}
