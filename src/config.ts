/** Identifies this course in stored progress and exported files. */
export const COURSE_ID = 'chorus-pro-micro-cours';

/** The one localStorage key of the learner's progress. The data inside carries its version. */
/** The training action's title, as « Mon attestation » and the organiser's documents print it by default. */
export const COURSE_TITLE = 'Déposer et suivre ses factures sur le portail Chorus Pro';

export const STORAGE_KEY = 'chorus-pro-micro-cours:progression';

/** Version of the progress data format written today. */
export const PROGRESS_VERSION = 2;

/** The course's first publication: no progress can be older (imported files are checked). */
export const COURSE_FIRST_PUBLISHED = '2026-11-27T00:00:00.000Z';

/** Version of the course (package.json), injected at build time. */
export const COURSE_VERSION: string = __COURSE_VERSION__;

/**
 * Attempts kept per item in the learner's store. An LMS's suspend_data is small (4 KB in
 * SCORM 1.2), so history is capped; the latest counted attempt always survives the cap
 * (src/lib/counting.ts).
 */
export const HISTORY_PER_ITEM = 5;
