import { describe, expect, test } from 'vitest';
import { cutIndex, EXERCISE_MARK, firstOverflowing, SLIDE_BREAK, splitAtBreaks, unbalancedTag, type Extent } from '../../src/lib/slides';

/** Issue 13: how a section's HTML becomes slides at build time, and where an overflowing slide is cut in the browser. */

const WHERE = 'content/lessons/07-cadres-facturation.mdx, section « cadres »';
/** An exercise as the projection renders it: its root carries the marker. */
const exercise = (id: string) => `<div class="exercise" ${EXERCISE_MARK} data-exercise="${id}"><p>Consigne ${id}</p></div>`;

describe('splitAtBreaks', () => {
	test('a section without any break is one text slide holding the whole HTML', () => {
		const html = '<p>Un paragraphe.</p><ul><li>un</li><li>deux</li></ul>';
		expect(splitAtBreaks(html, WHERE)).toEqual([{ kind: 'text', html }]);
	});

	test('breaks around an exercise give text / exercise / text, in order and with their own HTML', () => {
		const html = `<p>Avant.</p>${SLIDE_BREAK}${exercise('ex-1')}${SLIDE_BREAK}<p>Après.</p>`;
		const parts = splitAtBreaks(html, WHERE);
		expect(parts.map((p) => p.kind)).toEqual(['text', 'exercise', 'text']);
		expect(parts[0]?.html).toBe('<p>Avant.</p>');
		expect(parts[1]?.html).toBe(exercise('ex-1'));
		expect(parts[2]?.html).toBe('<p>Après.</p>');
	});

	test('the self-closing and spaced spellings of the break split as well', () => {
		const parts = splitAtBreaks('<p>a</p><hr data-diapo="coupe" /><p>b</p><hr data-diapo="coupe"/><p>c</p>', WHERE);
		expect(parts.map((p) => p.html)).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>']);
	});

	test('an ordinary <hr> is content, not a break', () => {
		const html = '<p>a</p><hr><p>b</p>';
		expect(splitAtBreaks(html, WHERE)).toEqual([{ kind: 'text', html }]);
	});

	test('empty, whitespace-only and comment-only parts make no slide', () => {
		const html = [
			'',
			'<p>Seul texte.</p>',
			'  \n\t ',
			'<!-- rien à montrer -->\n  <!-- ni ici -->',
			exercise('ex-2'),
			'',
		].join(SLIDE_BREAK);
		const parts = splitAtBreaks(html, WHERE);
		expect(parts.map((p) => p.kind)).toEqual(['text', 'exercise']);
		expect(parts[0]?.html).toBe('<p>Seul texte.</p>');
	});

	test('an exercise at the very start or end of a section still gets its own slide', () => {
		expect(splitAtBreaks(`${exercise('a')}${SLIDE_BREAK}<p>x</p>${SLIDE_BREAK}${exercise('b')}`, WHERE).map((p) => p.kind)).toEqual([
			'exercise',
			'text',
			'exercise',
		]);
	});

	test('a section holding only breaks and blanks gives no slide at all', () => {
		expect(splitAtBreaks(`${SLIDE_BREAK}  ${SLIDE_BREAK}\n`, WHERE)).toEqual([]);
	});

	test('a break inside a <ul> throws a French error naming the place and the element', () => {
		const html = `<p>Intro</p><ul><li>un</li>${SLIDE_BREAK}<li>deux</li></ul>`;
		expect(() => splitAtBreaks(html, WHERE)).toThrowError(WHERE);
		expect(() => splitAtBreaks(html, WHERE)).toThrowError('à l’intérieur d’un élément <ul>');
		expect(() => splitAtBreaks(html, WHERE)).toThrowError('<Diapo />');
	});

	test('a break inside a « Pour aller plus loin » <details> names <details>', () => {
		const html = `<details><summary>Pour aller plus loin</summary><p>un</p>${SLIDE_BREAK}<p>deux</p></details>`;
		expect(() => splitAtBreaks(html, 'content/lessons/01-vocabulaire-generalites.mdx, section « sigles »')).toThrowError(
			/^content\/lessons\/01-vocabulaire-generalites\.mdx, section « sigles » : .*<details>/,
		);
	});

	test('an island whose <script> holds « < » characters does not upset the balance check', () => {
		const island = '<astro-island uid="x"><div class="exercise" data-slide-kind="exercise"><p>Widget</p></div></astro-island>';
		const script = '<script>(()=>{for(let i=0;i<3;i++){if(i<2&&"<div>".length<9){}}})();</script>';
		const parts = splitAtBreaks(`<p>Avant</p>${SLIDE_BREAK}${script}${island}`, WHERE);
		expect(parts.map((p) => p.kind)).toEqual(['text', 'exercise']);
		expect(parts[1]?.html).toContain(script);
	});
});

describe('unbalancedTag', () => {
	test('a balanced fragment gives null', () => {
		expect(unbalancedTag('<section><h3>Titre</h3><p>Un <strong>mot</strong>.</p></section>')).toBeNull();
		expect(unbalancedTag('')).toBeNull();
		expect(unbalancedTag('du texte seul')).toBeNull();
	});

	test('void elements need no closing tag', () => {
		expect(unbalancedTag('<p>ligne<br>suite<img src="a.png" alt=""><input type="text"><wbr></p><hr><meta charset="utf-8">')).toBeNull();
	});

	test('self-closing tags (SVG) are not left open', () => {
		expect(unbalancedTag('<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><circle r="2" /></svg>')).toBeNull();
	});

	test('upper- and mixed-case tag names match their lower-case closing', () => {
		expect(unbalancedTag('<DIV><P>a</p></div>')).toBeNull();
		expect(unbalancedTag('<svg><linearGradient id="g"></lineargradient></svg>')).toBeNull();
		expect(unbalancedTag('<UL><li>a</li>')).toBe('ul');
	});

	test('the first element left open is named, outermost first', () => {
		expect(unbalancedTag('<div><ul><li>a</li>')).toBe('div');
		expect(unbalancedTag('<p>ok</p><details><summary>Plus</summary>')).toBe('details');
	});

	test('a stray closing tag is named', () => {
		expect(unbalancedTag('<li>b</li></ul>')).toBe('ul');
		expect(unbalancedTag('</details><p>x</p>')).toBe('details');
	});

	test('a crossed closing tag is named by the tag that closes out of order', () => {
		expect(unbalancedTag('<p><em>a</p></em>')).toBe('p');
	});

	test('comments, scripts, styles and templates are skipped', () => {
		expect(unbalancedTag('<!-- <ul> --><p>a</p>')).toBeNull();
		expect(unbalancedTag('<style>p > span { color: red }</style><p>a</p>')).toBeNull();
		expect(unbalancedTag('<script type="module">if (a < b && c <div) {}</script><p>a</p>')).toBeNull();
		expect(unbalancedTag('<template><li>modèle</template><p>a</p>')).toBeNull();
	});
});

describe('firstOverflowing and cutIndex', () => {
	const CAPACITY = 500;
	const block = (top: number, bottom: number): Extent => ({ top, bottom });

	test('when every block fits, both answer -1', () => {
		const blocks = [block(0, 100), block(120, 300), block(320, 500)];
		expect(firstOverflowing(blocks, CAPACITY)).toBe(-1);
		expect(cutIndex(blocks, CAPACITY)).toBe(-1);
		expect(firstOverflowing([], CAPACITY)).toBe(-1);
		expect(cutIndex([], CAPACITY)).toBe(-1);
	});

	test('a zero-height (hidden) block never overflows, even far below the capacity', () => {
		const blocks = [block(0, 200), block(900, 900), block(210, 400)];
		expect(firstOverflowing(blocks, CAPACITY)).toBe(-1);
		expect(cutIndex(blocks, CAPACITY)).toBe(-1);
	});

	test('up to 0.5 px past the capacity still fits (sub-pixel rounding); more does not', () => {
		expect(firstOverflowing([block(0, 100), block(110, CAPACITY + 0.5)], CAPACITY)).toBe(-1);
		expect(firstOverflowing([block(0, 100), block(110, CAPACITY + 0.51)], CAPACITY)).toBe(1);
		expect(firstOverflowing([block(0, 100), block(110, CAPACITY + 1)], CAPACITY)).toBe(1);
	});

	test('the first overflowing block is found, not a later one', () => {
		const blocks = [block(0, 100), block(100, 520), block(520, 700)];
		expect(firstOverflowing(blocks, CAPACITY)).toBe(1);
		expect(cutIndex(blocks, CAPACITY)).toBe(1);
	});

	test('a first block taller than the slide: cut at 0, the caller splits inside it', () => {
		const blocks = [block(0, 800), block(800, 900)];
		expect(firstOverflowing(blocks, CAPACITY)).toBe(0);
		expect(cutIndex(blocks, CAPACITY)).toBe(0);
	});

	test('an overflowing block after hidden blocks only: nothing visible stays, so the cut is 0', () => {
		const blocks = [block(0, 0), block(0, 0), block(0, 640)];
		expect(firstOverflowing(blocks, CAPACITY)).toBe(2);
		expect(cutIndex(blocks, CAPACITY)).toBe(0);
	});

	test('pixel values as the browser gives them: fractional extents, an integer capacity, a hidden note as 0–0', () => {
		// What layout.ts hands over: getBoundingClientRect extents in canvas pixels (bottom margin
		// included), the body's clientHeight as capacity, and { top: 0, bottom: 0 } for a hidden block.
		const blocks = [block(0, 86.40625), block(110.40625, 259.1875), block(0, 0), block(283.1875, 547.796875), block(571.796875, 812.5)];
		expect(firstOverflowing(blocks, 552)).toBe(4);
		expect(cutIndex(blocks, 552)).toBe(4);
		// One rounding away from fitting: 552.3 px is inside the tolerance, 552.6 px is not.
		expect(cutIndex([...blocks.slice(0, 4), block(500, 552.3)], 552)).toBe(-1);
		expect(cutIndex([...blocks.slice(0, 4), block(500, 552.6)], 552)).toBe(4);
	});
});

describe('splitAtBreaks with trainer notes (presenter view)', () => {
	const note = (text: string) => `<div class="trainer-note" data-note hidden><p>${text}</p></div>`;
	const kinds = (html: string) => splitAtBreaks(html, WHERE).map((p) => p.kind);

	test('a piece holding only a note joins the slide before it', () => {
		const parts = splitAtBreaks(`<p>a</p>${SLIDE_BREAK}${note('Insister sur le SIRET.')}${SLIDE_BREAK}<p>b</p>`, WHERE);
		expect(parts).toHaveLength(2);
		expect(parts[0]?.html).toContain('Insister sur le SIRET.');
		expect(parts[1]?.html).toBe('<p>b</p>');
	});

	test('a note before the first slide joins the next one', () => {
		const parts = splitAtBreaks(`${note('Accueil.')}${SLIDE_BREAK}${exercise('ex-3')}`, WHERE);
		expect(parts).toHaveLength(1);
		expect(parts[0]?.kind).toBe('exercise');
		expect(parts[0]?.html.startsWith(note('Accueil.'))).toBe(true);
	});

	test('the presenter deck counts the same slides, of the same kinds, as the projection (notes left out)', () => {
		const withNotes = [note('début'), '<p>a</p>', note('après a'), exercise('e'), `${note('dans b')}<p>b</p>`, note('fin')].join(SLIDE_BREAK);
		const projected = withNotes.replace(/<div class="trainer-note" data-note hidden>[\s\S]*?<\/div>/g, '');
		expect(kinds(withNotes)).toEqual(kinds(projected));
		expect(kinds(withNotes)).toEqual(['text', 'exercise', 'text']);
	});
});
