import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the site built by `npm run build` once for every browser test file. */
export default async function setup(project: TestProject) {
	const dist = resolve('dist');
	if (!existsSync(resolve(dist, 'index.html'))) {
		throw new Error('dist/index.html introuvable : lancez « npm run build » avant les tests navigateur (npm test le fait).');
	}
	const server = await serveDist(dist);
	project.provide('baseUrl', server.url);
	return server.close;
}
