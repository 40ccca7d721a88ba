// `npm run package`: the LMS packages of the course, from the same content as the site —
// dist-lms/<name>-scorm12.zip (imsmanifest.xml) and dist-lms/<name>-cmi5.zip (cmi5.xml).
//
// 1. Build the site under a marker base (scripts/package/urls.mjs says why) into a folder of its
//    own (dist-paquet/ by default: never dist/, which the site and the browser tests use), with
//    its search index (scripts/search-index.mjs).
// 2. Rewrite every internal URL of the built files to a relative URL naming a file
//    (« ../lecons/x/index.html »): an LMS serves the package's files, not folders, from an
//    address nobody knows in advance.
// 3. Refuse to package if anything absolute is left, then zip with fflate (no `zip` binary).
//
// Options: --out <dir> (default dist-lms), --build-dir <dir> (default dist-paquet). The project
// is the current directory, so a test can package a throw-away copy of it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { cmi5Structure, readCourseTitle, readPassMark, scormManifest } from './package/manifests.mjs';
import { MARKER, rewriteCss, rewriteData, rewriteHtml, rewriteJs } from './package/urls.mjs';

/**
 * The file each package launches: the LMS wrapper page (src/pages/lms/lanceur.astro), which holds
 * the one LMS session of the visit and shows the course pages in a frame (issue 15).
 */
export const LAUNCH_HREF = 'lms/lanceur/index.html';

/**
 * Data files whose URLs become links in the pages that fetch them, with one of those pages: the
 * URLs are made relative to it. evaluation/banque.json's `sectionHref` links are shown by the
 * evaluation pages (evaluation/<id>/ and evaluation/correction/, all at the same depth);
 * « Mon parcours » and the organiser's page fetch it too but only read its ids.
 */
export const DATA_CONSUMERS = {
	'evaluation/banque.json': 'evaluation/finale/index.html',
};

// Fixed date for every zip entry: the same content gives the same archive.
const ZIP_DATE = new Date(2026, 0, 1);
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz)$/i;

function option(args, name, fallback) {
	const i = args.indexOf(name);
	return i !== -1 && args[i + 1] ? args[i + 1] : fallback;
}

function walk(dir) {
	return readdirSync(dir)
		.flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))
		.sort();
}

/** `astro build` of the project under the marker base, with file links in href(), then its search index. */
function buildSite(root, buildDir) {
	rmSync(buildDir, { recursive: true, force: true });
	// A test runner's variables (BASE_URL, MODE…) would leak into Astro's import.meta.env.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST'))
	);
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', buildDir], {
		cwd: root,
		encoding: 'utf-8',
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', BASE_PATH: MARKER, PUBLIC_FILE_LINKS: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout}\n${result.stderr}`);
		throw new Error(`La construction du site pour le paquet a échoué (code ${result.status}).`);
	}
	// The search's index (issue 17), as `npm run build` makes it, its URLs naming files like the
	// package's links: the search works inside the LMS too.
	const indexer = fileURLToPath(new URL('./search-index.mjs', import.meta.url));
	const indexed = spawnSync(process.execPath, [indexer, buildDir, '--file-links'], { cwd: root, encoding: 'utf-8' });
	if (indexed.status !== 0) {
		process.stderr.write(`${indexed.stdout}\n${indexed.stderr}`);
		throw new Error(`L’index de recherche du paquet n’a pas pu être construit (code ${indexed.status}).`);
	}
}

/** The package's files (path → bytes), every internal URL made relative. */
export function rewriteBuild(buildDir) {
	const files = new Map();
	const problems = [];
	for (const full of walk(buildDir)) {
		const path = relative(buildDir, full).split(sep).join('/');
		const bytes = readFileSync(full);
		if (!/\.(html|css|m?js|json|svg|xml|txt|webmanifest)$/i.test(path)) {
			files.set(path, new Uint8Array(bytes));
			continue;
		}
		let text = bytes.toString('utf-8');
		try {
			if (path.endsWith('.html')) text = rewriteHtml(text, path);
			else if (path.endsWith('.css')) text = rewriteCss(text, path);
			else if (/\.m?js$/.test(path)) text = rewriteJs(text, path);
			else if (text.includes(MARKER)) {
				const consumer = DATA_CONSUMERS[path];
				if (!consumer) throw new Error(`${path} : contient des URL internes, mais aucune page de référence n’est déclarée (DATA_CONSUMERS)`);
				text = rewriteData(text, consumer);
			}
		} catch (error) {
			problems.push(error.message);
			continue;
		}
		files.set(path, new TextEncoder().encode(text));
	}
	for (const [path, page] of Object.entries(DATA_CONSUMERS)) {
		if (files.has(path) && !files.has(page)) problems.push(`DATA_CONSUMERS : la page ${page} (pour ${path}) n’existe pas`);
	}
	if (problems.length > 0) throw new Error(`URL non réécrites pour le paquet :\n- ${problems.join('\n- ')}`);
	return files;
}

/** What would break once the files are served by an LMS, in French, one line each. */
export function packageProblems(files, { cmi5 = false } = {}) {
	const problems = [];
	const decoder = new TextDecoder();
	for (const [path, bytes] of files) {
		if (!/\.(html|css|m?js|json|svg)$/.test(path)) continue;
		const text = decoder.decode(bytes);
		if (text.includes(MARKER)) problems.push(`${path} : base de construction ${MARKER} restée`);
		if (/["'`(]\/_astro\//.test(text)) problems.push(`${path} : URL absolue /_astro/ restée`);
		if (/serviceWorker\s*\.\s*register/.test(text)) problems.push(`${path} : enregistre un service worker`);
		if (!path.endsWith('.html')) continue;
		// Every page's CSP: the cmi5 package must reach the LRS given at launch, the SCORM one nothing but itself.
		const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(text)?.[1];
		const unhashed = [...text.matchAll(INLINE['script-src'])].filter((m) => !csp?.includes(sha256(m[1])));
		if (!csp) problems.push(`${path} : pas de CSP`);
		else if (text.match(/http-equiv="Content-Security-Policy"/gi).length > 1) problems.push(`${path} : plusieurs CSP (le navigateur les appliquerait toutes)`);
		else if (unhashed.length > 0) problems.push(`${path} : ${unhashed.length} script(s) en ligne sans empreinte dans la CSP`);
		else if (!/connect-src 'self'/.test(csp)) problems.push(`${path} : la CSP n’autorise pas connect-src 'self'`);
		else if (cmi5 && !/connect-src[^;]*\shttps:/.test(csp)) problems.push(`${path} : la CSP n’autorise pas connect-src https: (LRS du paquet cmi5)`);
		else if (!cmi5 && /https:/.test(csp)) problems.push(`${path} : la CSP du paquet SCORM autorise https: (réservé au paquet cmi5)`);
	}
	if (!files.has(LAUNCH_HREF)) problems.push(`le fichier de lancement ${LAUNCH_HREF} manque`);
	return problems;
}

/**
 * What the packages add to the site's own policy (issue 18). The SCORM package talks to its LMS
 * through a JavaScript object: its pages connect to nothing but their own files. The cmi5
 * package talks to the LRS whose address the LMS gives at launch (issue 15): any https address.
 */
export const PACKAGE_CSP = {
	scorm12: "connect-src 'self'; object-src 'none'; base-uri 'self'",
	cmi5: "connect-src 'self' https:; object-src 'none'; base-uri 'self'",
};

const SITE_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = { 'script-src': /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi, 'style-src': /<style[^>]*>([\s\S]*?)<\/style>/gi };
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A packaged page's one policy: the site's (Astro's meta element: every script and style
 * hashed, 'self' only) joined with the package's `extra` directives. The hashes are made again
 * from the page as packaged, since rewriting its URLs may have changed an inline script; two
 * meta elements would not do, as a browser enforces both and the site's default-src 'self'
 * would then refuse the cmi5 LRS.
 */
export function packagePolicy(html, extra) {
	const directives = new Map();
	for (const part of `${SITE_CSP.exec(html)?.[1] ?? ''};${extra}`.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name, [...new Set([...(directives.get(name) ?? []), ...sources])]);
	}
	for (const [name, pattern] of Object.entries(INLINE)) {
		if (!directives.has(name)) continue;
		const kept = directives.get(name).filter((source) => !source.startsWith("'sha256-"));
		const hashes = [...html.matchAll(pattern)].map((m) => sha256(m[1]));
		directives.set(name, [...new Set([...kept, ...hashes])]);
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The files with their package's policy in one meta element first in each page's head. */
export function withCsp(files, extra) {
	const out = new Map();
	const decoder = new TextDecoder();
	const encoder = new TextEncoder();
	for (const [path, bytes] of files) {
		if (!path.endsWith('.html')) {
			out.set(path, bytes);
			continue;
		}
		const page = decoder.decode(bytes);
		const text = page.replace(SITE_CSP, '');
		const meta = `<meta http-equiv="Content-Security-Policy" content="${packagePolicy(page, extra)}">`;
		// After <meta charset>, which must stay in the first 1,024 bytes; before anything the policy governs.
		const at = /<meta charset="[^"]*"\s*\/?>/i.exec(text) ?? /<head[^>]*>/i.exec(text);
		if (!at) throw new Error(`${path} : pas de <head> où mettre la CSP`);
		const end = at.index + at[0].length;
		out.set(path, encoder.encode(`${text.slice(0, end)}${meta}${text.slice(end)}`));
	}
	return out;
}

function zip(entries) {
	const input = {};
	for (const [path, bytes] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		input[path] = [bytes, { level: STORED.test(path) ? 0 : 9, mtime: ZIP_DATE }];
	}
	return zipSync(input);
}

/** Builds both packages into `outDir`; returns their paths and sizes. */
export function buildPackages({ root = process.cwd(), outDir = 'dist-lms', buildDir = 'dist-paquet' } = {}) {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8'));
	const passMark = readPassMark(root);
	const title = readCourseTitle(root);
	const build = resolve(root, buildDir);
	const out = resolve(root, outDir);

	buildSite(root, build);
	const files = rewriteBuild(build);
	const encoder = new TextEncoder();
	const list = [...files.keys()].sort();
	const packages = {
		scorm12: {
			manifest: ['imsmanifest.xml', scormManifest({ id: pkg.name, version: pkg.version, title, launch: LAUNCH_HREF, passMark, files: list })],
			cmi5: false,
		},
		cmi5: {
			manifest: ['cmi5.xml', cmi5Structure({ title, description: pkg.description, launch: LAUNCH_HREF, passMark })],
			cmi5: true,
		},
	};
	mkdirSync(out, { recursive: true });
	const written = [];
	for (const [kind, { manifest, cmi5 }] of Object.entries(packages)) {
		const entries = withCsp(files, PACKAGE_CSP[kind]);
		const problems = packageProblems(entries, { cmi5 });
		if (problems.length > 0) throw new Error(`Paquet ${kind} refusé :\n- ${problems.join('\n- ')}`);
		entries.set(manifest[0], encoder.encode(manifest[1]));
		const path = join(out, `${pkg.name}-${kind}.zip`);
		const data = zip(entries);
		writeFileSync(path, data);
		written.push({ kind, path, bytes: data.length, files: entries.size });
	}
	return { passMark, packages: written };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	try {
		const { passMark, packages } = buildPackages({ outDir: option(args, '--out', 'dist-lms'), buildDir: option(args, '--build-dir', 'dist-paquet') });
		console.log(`Seuil de réussite (content/mastery.json) : ${passMark}`);
		for (const p of packages) console.log(`${p.kind} : ${relative(process.cwd(), p.path)} — ${p.files} fichiers, ${(p.bytes / 1024).toFixed(0)} Ko`);
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
