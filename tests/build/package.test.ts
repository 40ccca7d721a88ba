import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackages, LAUNCH_HREF, PACKAGE_CSP, packagePolicy, packageProblems } from '../../scripts/package.mjs';
import { CMI5_AU_ID, CMI5_COURSE_ID, cmi5Structure, readPassMark, scormManifest } from '../../scripts/package/manifests.mjs';
import { RESULT_EXTENSION } from '../../src/lib/lms/cmi5-rules';
import { MARKER, relativeUrl, rewriteHtml, rewriteJs, rewriteUrl } from '../../scripts/package/urls.mjs';
import { joinBase } from '../../src/lib/url';
import { editJson, makeProjectCopy } from './build-fixture';

// Not the content's 0.8: a pass mark changed in content/mastery.json must reach both manifests.
const PASS_MARK = 0.75;

const decoder = new TextDecoder();
const text = (files: Record<string, Uint8Array>, path: string) => decoder.decode(files[path]);

/** Well-formed XML: the parser finds no error, and no bare « & » (happy-dom lets those through). */
function parseXml(xml: string): Document {
	const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
	expect(doc.getElementsByTagName('parsererror').length).toBe(0);
	expect(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g)).toBeNull();
	return doc;
}

function decodeEntities(s: string): string {
	return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The package file a relative URL found in `from` leads to, or null when it leaves the package. */
function target(from: string, url: string): string | null {
	const resolved = new URL(url, `http://paquet.invalid/${from}`);
	if (resolved.host !== 'paquet.invalid') return null;
	return decodeURIComponent(resolved.pathname.slice(1));
}

const isInternal = (url: string) => url !== '' && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

describe('URL rewriting for the packages', () => {
	test.each([
		['/__paquet__/', 'index.html', 'index.html', 'index.html'],
		['/__paquet__/', 'lecons/01-a/index.html', '../../index.html', 'index.html'],
		['/__paquet__/parcours/', 'lecons/01-a/index.html', '../../parcours/index.html', 'parcours/index.html'],
		['/__paquet__/lecons/02-b/#section', 'lecons/01-a/index.html', '../02-b/index.html#section', 'lecons/02-b/index.html'],
		['/__paquet__/lecons/01-a/#section', 'lecons/01-a/index.html', 'index.html#section', 'lecons/01-a/index.html'],
		['/__paquet__/glossaire/?q=siret&amp;x=1#aife', 'index.html', 'glossaire/index.html?q=siret&amp;x=1#aife', 'glossaire/index.html'],
		['/__paquet__/evaluation/banque.json', 'evaluation/finale/index.html', '../banque.json', 'evaluation/banque.json'],
		['/__paquet__/cours/identifiants.json', 'parcours/index.html', '../cours/identifiants.json', 'cours/identifiants.json'],
		['/__paquet__/_astro/a.B1.js', '_astro/b.C2.css', 'a.B1.js', '_astro/a.B1.js'],
		['/__paquet__/lecons/../parcours/', 'index.html', 'parcours/index.html', 'parcours/index.html'],
		['/__paquet__/lecons/x/index.html#y', 'quiz/q/index.html', '../../lecons/x/index.html#y', 'lecons/x/index.html'],
	])('%s in %s becomes %s', (url, from, expected, file) => {
		const rewritten = rewriteUrl(url, from);

		expect(rewritten).toBe(expected);
		expect(target(from, rewritten)).toBe(file);
	});

	test.each([
		['https://chorus-pro.gouv.fr/', 'lecons/01-a/index.html'],
		['mailto:formation@example.org', 'index.html'],
		['#contenu', 'lecons/01-a/index.html'],
		['../deja/relatif.html', 'lecons/01-a/index.html'],
		['//cdn.example.org/x.js', 'index.html'],
	])('%s is left alone', (url, from) => {
		expect(rewriteUrl(url, from)).toBe(url);
	});

	test('a root-absolute URL without the marker, or one climbing out of the package, is refused', () => {
		expect(() => rewriteUrl('/_astro/a.js', 'index.html')).toThrow('URL absolue hors du paquet');
		expect(() => rewriteUrl('/__paquet__/../etc/passwd', 'index.html')).toThrow('hors du paquet');
	});

	test('a data-…-base prefix stays a folder; island URLs and props JSON become relative', () => {
		const html = `<div data-projection-base="/__paquet__/projection/index.html"></div><astro-island component-url="/__paquet__/_astro/Q.js" renderer-url="/__paquet__/_astro/client.js" props="{&quot;poolUrl&quot;:[0,&quot;/__paquet__/evaluation/banque.json&quot;],&quot;href&quot;:[0,&quot;/__paquet__/lecons/x/#s&quot;]}"></astro-island><meta http-equiv="refresh" content="0;url=/__paquet__/evaluation/finale/">`;

		const out = rewriteHtml(html, 'projection/01-a/index.html');

		expect(out).toContain('data-projection-base="../"');
		expect(out).toContain('component-url="../../_astro/Q.js" renderer-url="../../_astro/client.js"');
		expect(out).toContain('&quot;../../evaluation/banque.json&quot;');
		expect(out).toContain('&quot;../../lecons/x/index.html#s&quot;');
		expect(out).toContain('content="0;url=../../evaluation/finale/index.html"');
		expect(out).not.toContain(MARKER);
	});

	test('in a script the base becomes the package root computed from the module address; anything else is refused', () => {
		expect(rewriteJs('f(`/__paquet__/`,t);function g(e){return`/__paquet__/`+e}', '_astro/url.js')).toBe(
			'f((new URL("../",import.meta.url).pathname),t);function g(e){return(new URL("../",import.meta.url).pathname)+e}'
		);
		expect(() => rewriteJs('fetch("/__paquet__/cours/identifiants.json")', '_astro/a.js')).toThrow('non réécrite');
	});

	test('relativeUrl names files, except for a folder prefix', () => {
		expect(relativeUrl('a/b/index.html', 'a/c/')).toBe('../c/index.html');
		expect(relativeUrl('a/b/index.html', 'a/', { folder: true })).toBe('../');
		expect(relativeUrl('a/index.html', 'a/', { folder: true })).toBe('./');
	});
});

describe('href() in a package build names files (PUBLIC_FILE_LINKS)', () => {
	test.each([
		['lecons/01-a#s', '/__paquet__/lecons/01-a/index.html#s'],
		['', '/__paquet__/index.html'],
		['projection/', '/__paquet__/projection/index.html'],
		['evaluation/banque.json', '/__paquet__/evaluation/banque.json'],
	])('%s gives %s', (path, expected) => {
		expect(joinBase(MARKER, path, true)).toBe(expected);
	});
});

describe('package descriptions', () => {
	test('the pass mark is read from content/mastery.json and checked', () => {
		const dir = mkdtempSync(join(tmpdir(), 'paquet-seuil-'));
		mkdirSync(join(dir, 'content'));
		const write = (rule: object) => writeFileSync(join(dir, 'content/mastery.json'), JSON.stringify([{ id: 'regle-de-maitrise', threshold: 0.8, minItems: 3 }, rule]));
		try {
			write({ id: 'regle-evaluation', passMark: 0.6, validatedRight: 2 });
			expect(readPassMark(dir)).toBe(0.6);
			for (const passMark of [0, 1.5, '0.8', null]) {
				write({ id: 'regle-evaluation', passMark, validatedRight: 2 });
				expect(() => readPassMark(dir)).toThrow('passMark doit être un nombre dans ]0, 1]');
			}
			writeFileSync(join(dir, 'content/mastery.json'), '[]');
			expect(() => readPassMark(dir)).toThrow('« regle-evaluation » manque');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('titles with « & » and « < » stay well-formed XML', () => {
		const title = 'Factures & avoirs <brouillon> « test »';
		const scorm = parseXml(scormManifest({ id: 'x', version: '1', title, launch: 'index.html', passMark: 0.7, files: ['index.html', 'a&b.html'] }));
		const cmi5 = parseXml(cmi5Structure({ id: 'urn:x', title, description: title, launch: 'index.html', passMark: 0.7 }));

		expect(scorm.getElementsByTagName('title')[0]?.textContent).toBe(title);
		expect(scorm.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('70');
		expect(cmi5.getElementsByTagName('langstring')[0]?.textContent).toBe(title);
	});
});

describe('npm run package', () => {
	let dir = '';
	let out = '';
	let packages: { kind: string; path: string; bytes: number; files: number }[] = [];
	let again: typeof packages = [];
	const zips: Record<string, Record<string, Uint8Array>> = {};

	beforeAll(() => {
		dir = makeProjectCopy();
		editJson(dir, 'content/mastery.json', (rules) => {
			rules.find((r: { id: string }) => r.id === 'regle-evaluation').passMark = PASS_MARK;
		});
		out = mkdtempSync(join(tmpdir(), 'paquets-'));
		({ packages } = buildPackages({ root: dir, outDir: join(out, 'lms'), buildDir: join(out, 'site') }));
		for (const p of packages) zips[p.kind] = unzipSync(readFileSync(p.path));
		({ packages: again } = buildPackages({ root: dir, outDir: join(out, 'lms-2'), buildDir: join(out, 'site-2') }));
	}, 300_000);
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		if (out) rmSync(out, { recursive: true, force: true });
	});

	test('two zips: scorm12 and cmi5', () => {
		expect(packages.map((p) => p.kind)).toEqual(['scorm12', 'cmi5']);
		for (const p of packages) expect(p.bytes).toBeGreaterThan(100_000);
	});

	test('imsmanifest.xml: SCORM 1.2, one SCO launching a file of the zip, masteryscore from the content (0–100)', () => {
		const files = zips.scorm12!;
		const doc = parseXml(text(files, 'imsmanifest.xml'));

		expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).toBe('1.2');
		expect(doc.getElementsByTagName('organization').length).toBe(1);
		expect(doc.getElementsByTagName('item').length).toBe(1);
		expect(doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe(String(PASS_MARK * 100));
		const resources = doc.getElementsByTagName('resource');
		expect(resources.length).toBe(1);
		const launch = resources[0]!.getAttribute('href') ?? '';
		expect(resources[0]!.getAttribute('adlcp:scormtype')).toBe('sco');
		expect(launch).toBe(LAUNCH_HREF);
		expect(files[launch]).toBeDefined();
		const listed = [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
		expect(listed).toContain(launch);
		expect(listed.filter((f) => !files[f ?? ''])).toEqual([]);
	});

	test('cmi5.xml: one AU, moveOn explicit (Passed), masteryScore = pass mark (0–1), launching a file of the zip', () => {
		const files = zips.cmi5!;
		const doc = parseXml(text(files, 'cmi5.xml'));
		const aus = doc.getElementsByTagName('au');

		expect(doc.documentElement.getAttribute('xmlns')).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
		expect(aus.length).toBe(1);
		expect(aus[0]!.getAttribute('moveOn')).toBe('Passed');
		expect(Number(aus[0]!.getAttribute('masteryScore'))).toBe(PASS_MARK);
		const launch = aus[0]!.getElementsByTagName('url')[0]?.textContent ?? '';
		expect(launch).toBe(LAUNCH_HREF);
		expect(files[launch]).toBeDefined();
		expect(files['imsmanifest.xml']).toBeUndefined();
		// Publisher ids: fixed IRIs (an LMS recognises an updated course by them), the AU's the one the course's statements name.
		expect(doc.getElementsByTagName('course')[0]?.getAttribute('id')).toBe(CMI5_COURSE_ID);
		expect(aus[0]!.getAttribute('id')).toBe(CMI5_AU_ID);
		expect(RESULT_EXTENSION.startsWith(CMI5_AU_ID)).toBe(true);
	});

	test('every page carries one CSP first in its head, the site’s joined with its package’s: the cmi5 one lets the course reach an https LRS, the SCORM one only itself', () => {
		for (const [kind, https] of [
			['scorm12', false],
			['cmi5', true],
		] as const) {
			const pages = Object.keys(zips[kind]!).filter((f) => f.endsWith('.html'));
			expect(pages.length).toBeGreaterThan(30);
			for (const page of pages) {
				const html = text(zips[kind]!, page);
				const csp = /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
				expect(csp, page).toBe(packagePolicy(html, PACKAGE_CSP[kind]));
				expect(html.match(/http-equiv="Content-Security-Policy"/gi), page).toHaveLength(1);
				expect(csp, page).toMatch(/^default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
				expect(csp, page).not.toMatch(/unsafe-inline|'unsafe-eval'/);
				expect(/connect-src 'self'( https:)?(;|$)/.exec(csp ?? '')?.[1] === ' https:', page).toBe(https);
			}
		}
	});

	test('packageProblems refuses a page without CSP, a cmi5 CSP without https: and a SCORM CSP with it', () => {
		const page = (csp?: string) => new Map([[LAUNCH_HREF, new TextEncoder().encode(`<head>${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}</head>`)]]);
		expect(packageProblems(page())).toEqual([`${LAUNCH_HREF} : pas de CSP`]);
		expect(packageProblems(page(PACKAGE_CSP.scorm12), { cmi5: true })).toEqual([`${LAUNCH_HREF} : la CSP n’autorise pas connect-src https: (LRS du paquet cmi5)`]);
		expect(packageProblems(page(PACKAGE_CSP.cmi5))).toEqual([`${LAUNCH_HREF} : la CSP du paquet SCORM autorise https: (réservé au paquet cmi5)`]);
		expect(packageProblems(page(PACKAGE_CSP.cmi5), { cmi5: true })).toEqual([]);
		const withScript = (csp: string) =>
			new Map([[LAUNCH_HREF, new TextEncoder().encode(`<head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><script>go()</script>`)]]);
		expect(packageProblems(withScript(PACKAGE_CSP.scorm12))).toEqual([`${LAUNCH_HREF} : 1 script(s) en ligne sans empreinte dans la CSP`]);
		const twice = `<meta http-equiv="Content-Security-Policy" content="${PACKAGE_CSP.scorm12}">`;
		expect(packageProblems(new Map([[LAUNCH_HREF, new TextEncoder().encode(`<head>${twice}${twice}</head>`)]]))).toEqual([
			`${LAUNCH_HREF} : plusieurs CSP (le navigateur les appliquerait toutes)`,
		]);
	});

	test('packagePolicy joins the site’s policy with the package’s and hashes the inline scripts as packaged, not as built', () => {
		const built = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-old='; style-src 'self'"></head><script>load("x/index.html")</script><style>p{}</style>`;
		const policy = packagePolicy(built, PACKAGE_CSP.cmi5);

		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+'; connect-src 'self' https:; object-src 'none'; base-uri 'self'$/);
		expect(policy).not.toContain('sha256-old=');
		expect(packagePolicy(built.replace('x/index.html', 'y/index.html'), PACKAGE_CSP.cmi5)).not.toBe(policy);
	});

	test('every internal URL of every page is relative, names a file and leads to a file of the zip', () => {
		const files = zips.scorm12!;
		const pages = Object.keys(files).filter((f) => f.endsWith('.html'));
		const problems: string[] = [];
		let checked = 0;
		const check = (page: string, url: string, what: string) => {
			if (!isInternal(url)) return;
			checked++;
			const path = url.split(/[?#]/)[0] ?? '';
			if (url.startsWith('/')) problems.push(`${page} : ${what} absolu « ${url} »`);
			else if (!/[^/]\.[a-z0-9]+$/i.test(path)) problems.push(`${page} : ${what} ne nomme pas un fichier « ${url} »`);
			else if (!files[target(page, url) ?? '']) problems.push(`${page} : ${what} mène hors du zip « ${url} »`);
		};
		expect(pages.length).toBeGreaterThan(50);
		for (const page of pages) {
			const html = text(files, page);
			for (const m of html.matchAll(/\s(href|src|component-url|renderer-url|data-[\w-]+-url)="([^"]*)"/g)) check(page, decodeEntities(m[2]!), m[1]!);
			for (const m of html.matchAll(/content="\d+;\s*url=([^"]*)"/g)) check(page, decodeEntities(m[1]!), 'meta refresh');
			for (const m of html.matchAll(/\sprops="([^"]*)"/g)) {
				const props = decodeEntities(m[1]!);
				for (const s of props.matchAll(/"(\/[^"]*|\.\.?\/[^"]*|[\w-]+\/[^"\s]*\.(?:html|json)(?:#[^"]*)?)"/g)) check(page, s[1]!, 'props');
			}
			for (const m of html.matchAll(/\sdata-[\w-]+-base="([^"]*)"/g)) {
				const prefix = target(page, m[1]!) ?? '';
				if (!Object.keys(files).some((f) => f.startsWith(prefix))) problems.push(`${page} : préfixe « ${m[1]} » vide`);
			}
		}

		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(2000);
	});

	test('the evaluation pool’s links lead to lessons from the evaluation pages that show them', () => {
		const files = zips.scorm12!;
		const pool = JSON.parse(text(files, 'evaluation/banque.json')) as { items: { sectionHref: string }[] };

		expect(pool.items.length).toBeGreaterThan(10);
		for (const page of ['evaluation/finale/index.html', 'evaluation/positionnement/index.html', 'evaluation/correction/index.html']) {
			expect(files[page]).toBeDefined();
			for (const { sectionHref } of pool.items) expect(files[target(page, sectionHref) ?? '']).toBeDefined();
		}
	});

	test('nothing absolute is left in HTML, CSS, JS or JSON; no service worker is registered', () => {
		for (const files of Object.values(zips)) {
			for (const [path, bytes] of Object.entries(files)) {
				if (!/\.(html|css|js|json)$/.test(path)) continue;
				const content = decoder.decode(bytes);
				expect(content, path).not.toContain(MARKER);
				expect(content, path).not.toMatch(/["'`(=]\/_astro\//);
				expect(content, path).not.toMatch(/serviceWorker/);
			}
		}
	});

	test('modules import each other relatively', () => {
		const files = zips.scorm12!;
		for (const [path, bytes] of Object.entries(files)) {
			if (!path.endsWith('.js')) continue;
			const js = decoder.decode(bytes);
			// Static and dynamic imports of a module file (minified: from"./x.js", import("./x.js")).
			for (const m of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`\s]+\.m?js)["'`]/g)) {
				expect(m[1], path).toMatch(/^\.\.?\//);
				expect(files[target(path, m[1]!) ?? ''], `${path} → ${m[1]}`).toBeDefined();
			}
		}
	});

	test('every script of the zip still parses as a module after the rewrite', () => {
		const scripts = Object.entries(zips.scorm12!).filter(([path]) => path.endsWith('.js'));
		const folder = join(out, 'scripts');
		mkdirSync(folder);
		scripts.forEach(([, bytes], i) => writeFileSync(join(folder, `${i}.mjs`), bytes));
		// Parsed, never run (the scripts need a browser): vm.SourceTextModule only compiles.
		const check = `const vm=require('node:vm'),fs=require('node:fs'),path=require('node:path');let bad=[];for(const f of fs.readdirSync(${JSON.stringify(folder)})){try{new vm.SourceTextModule(fs.readFileSync(path.join(${JSON.stringify(folder)},f),'utf-8'))}catch(e){bad.push(f+': '+e.message)}}console.log(JSON.stringify(bad))`;
		const result = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '-e', check], { encoding: 'utf-8' });
		const bad = (JSON.parse(result.stdout) as string[]).map((line) => line.replace(/^(\d+)\.mjs/, (_, i: string) => scripts[Number(i)]![0]));

		expect(scripts.length).toBeGreaterThan(20);
		expect(bad).toEqual([]);
	});

	test('both zips hold the same site, and a second build gives the same file list', () => {
		const site = (kind: string) => Object.keys(zips[kind]!).filter((f) => !['imsmanifest.xml', 'cmi5.xml'].includes(f)).sort();
		expect(site('scorm12')).toEqual(site('cmi5'));
		for (const p of again) {
			const second = Object.keys(unzipSync(readFileSync(p.path))).sort();
			expect(second).toEqual(Object.keys(zips[p.kind]!).sort());
		}
	});
});
