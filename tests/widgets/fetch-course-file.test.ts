import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCourseFile } from '../../src/widgets/kit/fetch-course-file';

// The messages end up inside French sentences (« … n’ont pas pu être chargées (…) »).
describe('fetchCourseFile', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives the response of a file that came', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('{"version":"1"}', { status: 200 })));
		expect(await (await fetchCourseFile('/cours/identifiants.json')).json()).toEqual({ version: '1' });
	});

	it('says « réponse 404 » for a file the server does not have', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
		await expect(fetchCourseFile('/cours/identifiants.json')).rejects.toThrow(/^réponse 404$/);
	});

	it('says « connexion impossible », not the browser’s English « Failed to fetch », when the network is cut', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
		await expect(fetchCourseFile('/cours/identifiants.json')).rejects.toThrow(/^connexion impossible$/);
	});
});
