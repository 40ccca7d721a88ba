import type { APIRoute } from 'astro';
import { getPool } from '../../data/evaluation';

/**
 * The reserved pool, fetched by the evaluation pages only (and, later, by an import that checks
 * a file's runs): lesson pages never carry it.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getPool()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
