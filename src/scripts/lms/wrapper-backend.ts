import type { LmsBridge } from '../../lib/lms/bridge';

/**
 * What the LMS wrapper (src/scripts/lms/lanceur.ts) needs of a SCORM 1.2 or a cmi5 session: the
 * bridge's side for the course pages, plus what the wrapper itself shows and does at the end.
 */
export interface WrapperBackend extends Omit<LmsBridge, 'version'> {
	/** French messages found at launch (unreadable resume data…), shown in the notice area. */
	startMessages: string[];
	/** French lines for the header: the launch mode, what the platform waits for, its pass mark. */
	info: string[];
	/** Where the platform wants the learner taken after « Quitter le cours » (cmi5 returnURL). */
	returnURL?: string;
	/** Calls `listener` when a write succeeds after a failed one (writes that end later than `save`). */
	onRecovered?(listener: () => void): () => void;
	/** « Quitter le cours »: the last write and the session's end, once. */
	finish(): Promise<{ ok: boolean; message?: string; summary?: string }>;
	/** The wrapper's pagehide: what can still be sent without waiting. */
	leave(): void;
}
