import { useEffect, useState } from 'preact/hooks';
import type { QuizItem } from '../../lib/quiz-types';
import { fetchCourseFile } from '../kit/fetch-course-file';

export type PoolState =
	| { status: 'loading' }
	| { status: 'error'; message: string }
	| { status: 'ready'; version: string; items: ReadonlyMap<string, QuizItem>; list: readonly QuizItem[] };

type PoolFile = { version: string; items: QuizItem[] };
const requests = new Map<string, Promise<PoolFile>>();

/** The pool file, fetched once per page and URL (also used to check an imported file's runs). */
export function fetchPool(url: string): Promise<PoolFile> {
	const known = requests.get(url);
	if (known) return known;
	const request = fetchCourseFile(url).then(async (response) => {
		const data = (await response.json()) as { version?: unknown; items?: unknown };
		if (typeof data.version !== 'string' || !Array.isArray(data.items)) throw new Error('fichier illisible');
		return data as PoolFile;
	});
	requests.set(url, request);
	// A failed request may be retried by reloading the page: forget it.
	request.catch(() => requests.delete(url));
	return request;
}

/** The evaluation pool, fetched once per page: it is never part of a lesson page. */
export function usePool(url: string): PoolState {
	const [state, setState] = useState<PoolState>({ status: 'loading' });
	useEffect(() => {
		let live = true;
		fetchPool(url).then(
			({ version, items }) => live && setState({ status: 'ready', version, items: new Map(items.map((i) => [i.id, i])), list: items }),
			(error: Error) => live && setState({ status: 'error', message: error.message })
		);
		return () => {
			live = false;
		};
	}, [url]);
	return state;
}
