import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { build, editText, makeProjectCopy } from './build-fixture';

const LESSON_FILE = 'content/lessons/14-support.mdx';
let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the build fails when a glossary term lands in a quiz', () => {
	test('a <Terme> planted in an element rendered as a quiz fails the build, naming the lesson file, the term and the quiz', () => {
		dir = makeProjectCopy();
		// The first <Terme id="siret"> of the lesson: it gets the toggletip, inside a quiz's markup.
		editText(dir, LESSON_FILE, (mdx) => mdx.replace('</Section>', '\n<div class="quiz">Le <Terme id="siret">SIRET</Terme> a 14 chiffres.</div>\n\n</Section>'));

		const { status, output } = build(dir);

		expect(status).not.toBe(0);
		expect(output).toContain('Termes du glossaire dans un quiz');
		expect(output).toContain('content/lessons/14-support.mdx (page /lecons/14-support/) : l’infobulle du terme « siret » est dans un quiz (.quiz)');
		expect(output).toContain('content/lessons/14-support.mdx (page /projection/14-support/) : l’infobulle du terme « siret »');
	}, 150_000);
});
