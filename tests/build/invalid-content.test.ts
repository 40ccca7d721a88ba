import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { build, editJson, editText, makeProjectCopy } from './build-fixture';

const LESSON_FILE = 'content/lessons/01-vocabulaire-generalites.mdx';
const QUESTIONS_FILE = 'content/questions/01-vocabulaire-generalites.json';
let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the build fails on invalid content, naming the file and the field', () => {
	test('a single-choice question with two right options', () => {
		dir = makeProjectCopy();
		editJson(dir, QUESTIONS_FILE, (bank) => {
			const q = bank.find((x: { type: string }) => x.type === 'single');
			q.options.forEach((o: { correct: boolean }) => (o.correct = true));
		});

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain(QUESTIONS_FILE);
		expect(output).toContain('options: une question à choix unique doit avoir exactement une bonne réponse');
	}, 150_000);

	test('a lesson citing an unknown fact, and a question pointing to a missing section', () => {
		dir = makeProjectCopy();
		editText(dir, LESSON_FILE, (mdx) => mdx.replace('<Fait id="', '<Fait id="fait-qui-n-existe-pas" /> <Fait id="'));
		editJson(dir, QUESTIONS_FILE, (bank) => {
			bank[0].section = 'section-absente';
		});

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain(`${LESSON_FILE} › <Fait id="fait-qui-n-existe-pas"> : fait inconnu`);
		expect(output).toMatch(new RegExp(`${QUESTIONS_FILE} › section : pas de <Section id="section-absente">`));
	}, 150_000);

	test('a broken internal link in a lesson', () => {
		dir = makeProjectCopy();
		editText(dir, LESSON_FILE, (mdx) => mdx.replace('</Section>', '\n[Voir ailleurs](/lecons/lecon-inexistante/)\n\n</Section>'));

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain('lien cassé « /lecons/lecon-inexistante/ »');
	}, 150_000);

	test('a programme bullet of a written lesson left with fewer than 2 questions', () => {
		dir = makeProjectCopy();
		editJson(dir, QUESTIONS_FILE, (bank) => {
			const vocabulary = bank.filter((q: { section: string }) => q.section.startsWith('vocabulaire-'));
			const kept = bank.filter((q: { section: string }) => !q.section.startsWith('vocabulaire-'));
			bank.splice(0, bank.length, ...kept, vocabulary[0]);
		});

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain(`${LESSON_FILE} › programme[0] : la puce « s1-vocabulaire » n'a que 1 question(s) dans la banque (2 au moins)`);
	}, 150_000);
});
