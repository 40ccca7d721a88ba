import { describe, expect, test } from 'vitest';
import { findBrokenLinks, pageIds } from '../../src/lib/link-check';

const home = { path: '/', html: '<main id="contenu"><a href="/lecons/01-a/">Leçon</a></main>' };
const lesson = {
	path: '/lecons/01-a/',
	html: '<h2 id="intro">Intro</h2><h2 id="base-legale">Base</h2><a href="/#contenu">Accueil</a>',
};

describe('pageIds', () => {
	test('lists the ids of a page, decoding entities', () => {
		const html = '<div id="a"></div><span class="x" id="l&#39;ancre"></span><p data-id="pas-un-id"></p>';

		const ids = pageIds(html);

		expect([...ids].sort()).toEqual(['a', "l'ancre"]);
	});
});

describe('findBrokenLinks', () => {
	test('finds nothing when every link and anchor exists', () => {
		const pages = [home, lesson];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual([]);
	});

	test('reports a link to a page that was not built', () => {
		const pages = [{ path: '/', html: '<a href="/lecons/99-z/">x</a>' }];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual(['/ : lien cassé « /lecons/99-z/ » (aucune page /lecons/99-z/)']);
	});

	test('accepts a link to a built file that is not a page', () => {
		const pages = [{ path: '/', html: '<link rel="icon" href="/favicon.svg"><script src="/formateur/notes.json"></script>' }];

		const problems = findBrokenLinks(pages, new Set(['/favicon.svg', '/formateur/notes.json']));

		expect(problems).toEqual([]);
	});

	test('reports an anchor missing from the target page', () => {
		const pages = [home, { ...lesson, html: lesson.html + '<a href="/lecons/01-a/#absente">x</a>' }];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual([
			'/lecons/01-a/ : ancre absente « /lecons/01-a/#absente » (pas d\'id="absente" dans /lecons/01-a/)',
		]);
	});

	test('checks a same-page anchor against the page itself', () => {
		const pages = [{ path: '/lecons/01-a/', html: '<h2 id="intro"></h2><a href="#intro">ok</a><a href="#ailleurs">ko</a>' }];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual([
			'/lecons/01-a/ : ancre absente « #ailleurs » (pas d\'id="ailleurs" dans /lecons/01-a/)',
		]);
	});

	test('resolves a relative link against the page’s folder', () => {
		const pages = [
			{ path: '/lecons/01-a/', html: '<a href="../02-b/#suite">suite</a><a href="../03-c/">absente</a>' },
			{ path: '/lecons/02-b/', html: '<h2 id="suite"></h2>' },
		];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual(['/lecons/01-a/ : lien cassé « ../03-c/ » (aucune page /lecons/03-c/)']);
	});

	test('ignores external, mailto, tel, protocol-relative and empty links', () => {
		const html = [
			'<a href="https://chorus-pro.gouv.fr/absent">x</a>',
			'<a href="mailto:support@exemple.fr">x</a>',
			'<a href="tel:+33100000000">x</a>',
			'<img src="//cdn.exemple.fr/x.png">',
			'<a href="">x</a>',
		].join('');

		const problems = findBrokenLinks([{ path: '/', html }], new Set());

		expect(problems).toEqual([]);
	});

	test('decodes &amp; in a link before checking it', () => {
		const pages = [
			{ path: '/', html: '<a href="/glossaire/?a=1&amp;b=2#ej">x</a>' },
			{ path: '/glossaire/', html: '<dt id="ej">EJ</dt>' },
		];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual([]);
	});

	test('reports an inline event handler', () => {
		const pages = [{ path: '/', html: '<button type="button" onclick="go()">Go</button>' }];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual(["/ : attribut on…= (gestionnaire d'événement en ligne)"]);
	});

	test('does not mistake a data attribute or text for an inline handler', () => {
		const pages = [{ path: '/', html: '<p data-onclick="x">Cliquez sur onclick = rien</p>' }];

		const problems = findBrokenLinks(pages, new Set());

		expect(problems).toEqual([]);
	});

	describe('with base /sous-dossier/', () => {
		const base = '/sous-dossier/';

		test('accepts links that include the base', () => {
			const pages = [
				{ path: '/', html: '<a href="/sous-dossier/lecons/01-a/#intro">x</a><a href="lecons/01-a/">rel</a>' },
				{ path: '/lecons/01-a/', html: '<h2 id="intro"></h2><a href="/sous-dossier/">accueil</a>' },
			];

			const problems = findBrokenLinks(pages, new Set(), base);

			expect(problems).toEqual([]);
		});

		test('reports a root link that forgot the base', () => {
			const pages = [
				{ path: '/', html: '<a href="/lecons/01-a/">x</a>' },
				{ path: '/lecons/01-a/', html: '' },
			];

			const problems = findBrokenLinks(pages, new Set(), base);

			expect(problems).toEqual(['/ : lien « /lecons/01-a/ » hors du dossier du site (/sous-dossier/)']);
		});

		test('reports a missing page under the base', () => {
			const pages = [{ path: '/lecons/01-a/', html: '<a href="/sous-dossier/lecons/99-z/">x</a>' }];

			const problems = findBrokenLinks(pages, new Set(), base);

			expect(problems).toEqual(['/lecons/01-a/ : lien cassé « /sous-dossier/lecons/99-z/ » (aucune page /lecons/99-z/)']);
		});

		test('checks built files relative to the base', () => {
			const pages = [{ path: '/', html: '<link href="/sous-dossier/_astro/site.css" rel="stylesheet">' }];

			const problems = findBrokenLinks(pages, new Set(['/_astro/site.css']), base);

			expect(problems).toEqual([]);
		});
	});
});
