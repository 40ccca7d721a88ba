import type { APIRoute } from 'astro';
import { getCourseIds } from '../../data/course-ids';

/** The ids an imported file is checked against; fetched by « Mon parcours » on import only. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getCourseIds()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
