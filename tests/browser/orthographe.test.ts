import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtml, builtPages } from './harness';

/**
 * French spelling of what the course shows (issue 17): the text of every built page, checked by
 * cspell with its French dictionary (@cspell/dict-fr-fr) and the course's own word list,
 * tests/orthographe/mots-du-cours.txt, which may hold only portal, legal and proper names.
 */

const OUT = resolve('test-results/orthographe');
// Only these may sit inside a word; any other tag parts words (two links side by side in a flex row).
const INLINE = 'abbr|b|dfn|em|i|mark|strong|sub|sup';

/** The text a reader sees: no code, no script; emphasis joins its word, other tags part words. */
function pageText(html: string): string {
	return html
		.replace(/<(script|style|code|pre|kbd|samp|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(new RegExp(`</?(?:${INLINE})\\b[^>]*>`, 'gi'), '')
		.replace(/<[^>]+>/g, '\n')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

function cspell(args: string[]) {
	return spawnSync('npx', ['cspell', '--no-progress', '--no-summary', '--no-color', ...args], { encoding: 'utf-8' });
}

const strip = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const accented = (w: string) => /\p{M}/u.test(w.normalize('NFD'));

/**
 * Entries of a word list that are dictionary words with their accents lost: cspell, run without
 * the list, suggests the word itself accented (« numero » → « numéro »). Sigles in capitals are
 * names, not words (« SIRENE », the INSEE register, is not « sirène »).
 */
function misspelledFrench(words: string[]): string[] {
	const dir = join(OUT, 'liste');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'mots.txt'), words.join('\n'));
	writeFileSync(join(dir, 'cspell.json'), JSON.stringify({ version: '0.2', language: 'fr-FR', import: ['@cspell/dict-fr-fr/cspell-ext.json'] }));
	const run = cspell(['--no-config-search', '--config', join(dir, 'cspell.json'), '--show-suggestions', join(dir, 'mots.txt')]);
	const flagged: string[] = [];
	for (const line of run.stdout.split('\n')) {
		const m = line.match(/Unknown word \((.+?)\)\s+Suggestions: \[(.*)\]/);
		if (!m) continue;
		const word = m[1]!;
		const suggestions = m[2]!.split(',').map((s) => s.trim());
		const lost = suggestions.find((s) => strip(s) === strip(word) && accented(s) && !accented(word));
		if (lost && word !== word.toUpperCase()) flagged.push(`${word} (${lost})`);
	}
	return flagged;
}

describe('French spelling of the course', () => {
	test('every built page: no word unknown to the French dictionary and the course word list', () => {
		rmSync(OUT, { recursive: true, force: true });
		mkdirSync(join(OUT, 'pages'), { recursive: true });
		const pages = builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html'));
		for (const page of pages) writeFileSync(join(OUT, 'pages', `${page.replace(/\//g, '_') || 'accueil'}.txt`), pageText(builtHtml(page)));
		const run = cspell(['--config', 'cspell.json', 'test-results/orthographe/pages/*.txt']);
		expect(run.stdout, 'mots inconnus : corrigez le texte, ou ajoutez un nom propre ou un terme du portail à tests/orthographe/mots-du-cours.txt avec son commentaire').toBe('');
		expect(run.status).toBe(0);
	});

	test('the course word list holds no plain French word misspelled, and each entry has a comment above it', () => {
		const lines = readFileSync('tests/orthographe/mots-du-cours.txt', 'utf-8').split('\n');
		const words = lines.filter((l) => l.trim() && !l.startsWith('#'));
		expect(misspelledFrench(words)).toEqual([]);
		// Each group of words follows a comment that says why they are right.
		lines.forEach((line, i) => {
			if (!line.trim() || line.startsWith('#')) return;
			const above = lines.slice(0, i).reverse().find((l) => !l.trim() || l.startsWith('#'));
			expect(above?.startsWith('#'), `« ${line} » sans commentaire au-dessus`).toBe(true);
		});
	});

	test('the check catches a French word without its accents (« numero »)', () => {
		expect(misspelledFrench(['numero', 'Valbourg'])).toEqual(['numero (numéro)']);
	});
});
