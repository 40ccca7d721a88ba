import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/** Text answers are gzip-compressed when the browser accepts it, as any static host does (README). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves the built site (dist/) on 127.0.0.1 only, like any static host: folders answer with
 * their index.html, unknown paths with 404.html and status 404, text gzip-compressed. Used by the
 * browser tests, `npm run measure` and `npm run lighthouse`.
 * @param {string} root absolute path of dist/
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} [route]
 *   answers the requests it takes (returns true), before the files: a test's LRS
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(root, route) {
	const server = createServer(async (req, res) => {
		if (route?.(req, res)) return;
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		const info = await stat(file).catch(() => null);
		if (info?.isDirectory()) file = join(file, 'index.html');
		const found = await stat(file).catch(() => null);
		if (!found?.isFile()) {
			res.writeHead(404, { 'Content-Type': TYPES['.html'] });
			createReadStream(join(root, '404.html')).pipe(res);
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Compressed as in production, so that Lighthouse times the bytes a learner's phone receives.
		if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
			createReadStream(file).pipe(createGzip()).pipe(res);
			return;
		}
		res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' });
		createReadStream(file).pipe(res);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
	};
}
