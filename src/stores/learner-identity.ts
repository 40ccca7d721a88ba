import { $progress, updateProgress } from './progress';

/**
 * What the learner says of themselves beyond their name, for the organiser's documents. Kept out
 * of src/stores/progress.ts on purpose: that module is in the chunk every lesson loads, and only
 * « Mon parcours » needs this.
 */

/** Keeps the learner's employer (optional: an empty text removes it). The caller checks it with isEmployerName. */
export function setLearnerEmployer(employer: string): void {
	if (($progress.get().learnerEmployer ?? '') === employer) return;
	updateProgress((p) => {
		if (employer) p.learnerEmployer = employer;
		else delete p.learnerEmployer;
	});
}
