/**
 * Fetches one of the course's own files (the evaluation pool, the course's ids). A failure says
 * why in words a learner reads inside a French sentence: the browser's own message for a cut
 * connection is English (« Failed to fetch »).
 */
export async function fetchCourseFile(url: string): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error('connexion impossible');
	}
	if (!response.ok) throw new Error(`réponse ${response.status}`);
	return response;
}
