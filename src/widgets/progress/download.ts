import { COURSE_VERSION } from '../../config';
import { buildExport, exportFileName } from '../../lib/progress-file';
import { $progress } from '../../stores/progress';
import { downloadText } from '../kit/download-text';

/**
 * Exports the progress as this page holds it — everything on screen, even when storage failed —
 * and returns the file name.
 */
export async function downloadProgress(now = new Date()): Promise<string> {
	const progress = $progress.get();
	const name = exportFileName(progress.learnerName, now);
	downloadText(await buildExport(progress, COURSE_VERSION, now), name);
	return name;
}
