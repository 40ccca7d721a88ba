import { useState } from 'preact/hooks';
import type { CadreChooserData, CadreLessonLinks } from '../lib/cadre-chooser';
import CadreGuide from './cadre/CadreGuide';
import CadrePractice from './cadre/CadrePractice';

export type { CadreLessonLinks } from '../lib/cadre-chooser';

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
	return (
		<div class="widget cadre-chooser">
			<CadreGuide uid={exerciseId} tree={data} lessonLinks={lessonLinks} announce={setLive} />
			<CadrePractice exerciseId={exerciseId} objectives={objectives} data={data} announce={setLive} />
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
