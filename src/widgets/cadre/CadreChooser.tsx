import { useState } from 'preact/hooks';
import type { CadreChooserData, CadreLessonLinks } from '../../lib/cadre-chooser';
import LiveRegion from '../kit/LiveRegion';
import CadreGuide from './CadreGuide';
import CadrePractice from './CadrePractice';

/** Props of the cadre chooser island. */
export interface CadreChooserProps {
	exerciseId: string;
	objectives: string[];
	data: CadreChooserData;
	/**
	 * Computed at build time: for each `seeLesson` target of the results (key from
	 * `lessonLinkKey`), the URL of the lesson section, or null while that lesson is not written.
	 */
	lessonLinks: CadreLessonLinks;
}

/**
 * Which cadre de facturation for an invoice issued? A guide asks one question at a time and
 * ends on a cadre (a tool: nothing recorded); then situations to practise on, each recorded.
 * The one live region of the widget is here, shared by both parts.
 */
export default function CadreChooser({ exerciseId, objectives, data, lessonLinks }: CadreChooserProps) {
	const [live, setLive] = useState('');
	// A repeated message must be announced again: make it differ by an invisible space.
	const announce = (text: string) => setLive((said) => (said === text ? `${text}\u00a0` : text));
	return (
		<div class="widget cadre-chooser">
			<CadreGuide uid={exerciseId} tree={data} lessonLinks={lessonLinks} announce={announce} />
			<CadrePractice exerciseId={exerciseId} objectives={objectives} data={data} announce={announce} />
			<LiveRegion text={live} />
		</div>
	);
}
