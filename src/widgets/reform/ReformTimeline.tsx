import { useEffect, useState } from 'preact/hooks';
import type { CategoryThresholds } from '../../lib/company-category';
import { localIsoDate, type Obligation, type Source } from '../../lib/reform-calendar';
import type { HistoryEntry, ReformTimelineData } from '../../lib/reform-timeline';
import LiveRegion from '../kit/LiveRegion';
import CategoryPractice from './CategoryPractice';
import SizeForm from './SizeForm';
import TodayControl from './TodayControl';

export type { HistoryEntry, ReformTimelineData } from '../../lib/reform-timeline';

/** The island's props: the exercise, plus the facts resolved at build time. */
export interface ReformTimelineProps {
	exerciseId: string;
	objectives: string[];
	data: ReformTimelineData;
	/** Size thresholds of fact 8.3.1, in people and euros. */
	thresholds: CategoryThresholds;
	/** Date at which the size is assessed (fact 10.7), YYYY-MM-DD. */
	assessmentDate: string;
	/** Each obligation with its date, confidence and source. */
	obligations: Obligation[];
	/** Dates set then abandoned, shown on demand. */
	history: HistoryEntry[];
	/** The build date, YYYY-MM-DD: « aujourd’hui » until the browser gives its own. */
	today: string;
	sources?: Source[];
	/** In projection only: the trainer's « Date du jour (formateur) » control (never on a learner's page). */
	trainerDate?: boolean;
}

/**
 * Lesson 15's reform timeline by company size: the category from the figures (with the
 * reasoning), the obligations on a timeline around « aujourd’hui », then companies to classify.
 * Only the practice cases are recorded; every part speaks through the widget's one live region.
 */
export default function ReformTimeline({ exerciseId, objectives, data, thresholds, assessmentDate, obligations, history, today, sources, trainerDate = false }: ReformTimelineProps) {
	// The server renders the build date; the browser's own date replaces it once started.
	const [deviceToday, setDeviceToday] = useState(today);
	const [override, setOverride] = useState<string | null>(null);
	const [live, setLive] = useState('');
	// A repeated message must be announced again: make it differ by an invisible space.
	const announce = (text: string) => setLive((said) => (said === text ? `${text}\u00a0` : text));
	useEffect(() => setDeviceToday(localIsoDate(new Date())), []);
	const current = override ?? deviceToday;

	return (
		<div class="widget reform-timeline">
			{trainerDate ? <TodayControl uid={exerciseId} deviceToday={deviceToday} override={override} onChange={setOverride} announce={announce} /> : null}
			<SizeForm
				uid={exerciseId}
				thresholds={thresholds}
				assessmentDate={assessmentDate}
				obligations={obligations}
				actions={data.actions}
				history={history}
				today={current}
				announce={announce}
			/>
			<CategoryPractice exerciseId={exerciseId} objectives={objectives} cases={data.cases} assessmentDate={assessmentDate} thresholds={thresholds} obligations={obligations} announce={announce} />
			{sources && sources.length > 0 ? (
				<div class="reform-sources">
					<p>Sources&nbsp;:</p>
					<ul>
						{sources.map((s) => (
							<li key={s.url}>
								<a href={s.url} rel="external noreferrer">
									{s.label}
								</a>
							</li>
						))}
					</ul>
				</div>
			) : null}
			<LiveRegion text={live} />
		</div>
	);
}
