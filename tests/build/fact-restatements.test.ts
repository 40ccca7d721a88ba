import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, editText, makeProjectCopy } from './build-fixture';

// Lesson 14 shows the likely chat hours through <Fait id="support-chat-horaires">, with its note.
const LESSON_FILE = 'content/lessons/14-support.mdx';
const PAGE = '/lecons/14-support/';
let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the build fails when a likely or unsure fact is restated as certain outside its note', () => {
	test('a planted sentence giving the chat hours as certain fails the build, naming the page, the fact and the phrasing', () => {
		dir = makeProjectCopy();
		editText(dir, LESSON_FILE, (mdx) => mdx.replace('</Section>', '\nLe chat avec un agent est ouvert de 8\u00a0h\u00a030 à 18\u00a0h\u00a030.\n\n</Section>'));

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain('Faits likely ou unsure reformulés comme certains, hors d’un affichage qui porte leur note');
		expect(output).toContain(`${PAGE} : fait « support-chat-horaires », formulation « 8 h 30 à 18 h 30 »`);
	}, 150_000);

	test('the same fact shown by <Fait> and <Chronologie>, with their notes, is not a restatement', () => {
		dir = makeProjectCopy();
		// A likely and an unsure fact, in both displays, and a timeline of dated likely facts.
		const planted = [
			'<Fait id="support-chat-horaires" />',
			'<Fait id="support-ticket-categories-inconnues" affichage="phrase" />',
			'<Fait id="support-ticket-categories-inconnues" />',
			'<Chronologie titre="Essai" faits={["taux-interets-2026-s2", "reforme-maintien-avril-2025"]} />',
		].join('\n\n');
		editText(dir, LESSON_FILE, (mdx) => mdx.replace('</Section>', `\n${planted}\n\n</Section>`));

		const { output } = build(dir);
		const html = readFileSync(join(dir, 'dist', 'lecons', '14-support', 'index.html'), 'utf-8');

		// Other pages may hold real restatements while lessons are rewritten: only these facts count.
		for (const id of ['support-chat-horaires', 'support-ticket-categories-inconnues', 'taux-interets-2026-s2', 'reforme-maintien-avril-2025']) {
			expect(output).not.toContain(`${PAGE} : fait « ${id} »`);
		}
		expect(html).toMatch(/<span class="fact fact-likely" data-fact="support-chat-horaires" data-fact-note[^>]*>[\s\S]*?\(selon une fiche pratique ancienne, à vérifier\)/);
		expect(html).toMatch(/<span class="fact-block fact-unsure" data-fact="support-ticket-categories-inconnues" data-fact-note[^>]*>[\s\S]*?À vérifier\s: liste non trouvée\./);
		expect(html).toMatch(/<li data-fact="taux-interets-2026-s2" data-fact-note[^>]*>[\s\S]*?\(à vérifier\s: le tableau officiel des taux n’a pas été lu\)/);
	}, 150_000);
});
