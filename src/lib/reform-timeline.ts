import type { z } from '../schemas/zod';
import type { ReformTimelineSchema } from '../schemas/sequence-2-extra-widgets';
import type { Source } from './reform-calendar';

/**
 * Types shared by the reform timeline's island and its parts (kept here, not in the island, so
 * that the parts never import the island that imports them).
 */

/** The exercise data, as validated by ReformTimelineSchema. */
export type ReformTimelineData = z.output<typeof ReformTimelineSchema>;

/** A company to classify in the practice. */
export type ReformCase = ReformTimelineData['cases'][number];

/** A calendar set then changed (fact 8.2), with the dates it named. */
export interface HistoryEntry {
	id: string;
	text: string;
	/** Each date with the fact's statement; `note` and `source` come with a likely or unsure fact. */
	dates: { date: string; label: string; note?: string; source?: Source }[];
}
