import { COURSE_VERSION } from '../../config';
import { buildExport, exportFileName } from '../../lib/progress-file';
import { $progress } from '../../stores/progress';

/** Offers a text as a file download, the way every browser supports. */
export function downloadText(text: string, fileName: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
