/** What the learner reads about the LMS session, the same words for SCORM 1.2 and cmi5 (issue 15). */

export const NBSP = '\u00a0';

const KEEP_GOING = `Vous pouvez continuer${NBSP}: le prochain enregistrement réussi reprendra tout.`;

/** « La plateforme de formation n’a pas enregistré vos réponses (erreur 301 : …). … » */
export function failureMessage(code: string, text: string): string {
	const what = text.trim() ? `erreur ${code}${NBSP}: ${text.trim()}` : `erreur ${code}`;
	return `La plateforme de formation n’a pas enregistré vos réponses (${what}). ${KEEP_GOING}`;
}

/** The session did not open: nothing reaches the platform this visit. */
export const NOT_STARTED = `La plateforme de formation n’a pas ouvert la session de suivi${NBSP}: vos réponses ne lui sont pas transmises. Fermez le cours et relancez-le depuis la plateforme.`;

/** A change after the session's end. */
export const FINISHED = `La session avec la plateforme de formation est terminée${NBSP}: cette réponse ne lui a pas été transmise. Relancez le cours depuis la plateforme pour continuer.`;
