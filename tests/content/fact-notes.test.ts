import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test, vi } from 'vitest';
import Chronologie from '../../src/components/mdx/Chronologie.astro';
import Fait from '../../src/components/mdx/Fait.astro';
import { factNote } from '../../src/lib/fact-note';
import { NOTE_MARKER, checkedFacts, pageRestatements } from '../../src/lib/fact-restatements';
import { FactSchema, type Fact } from '../../src/schemas/fact';

/** Every fact of content/facts, parsed by the schema the build uses, with its file. */
function loadFacts(): (Fact & { file: string })[] {
	const dir = join('content', 'facts');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf-8')) as unknown[]).map((raw) => ({ ...FactSchema.parse(raw), file })));
}
const facts = loadFacts();
const uncertain = facts.filter((f) => f.confidence !== 'sure');

/**
 * No unsure fact has a date today, yet a timeline must show an unsure fact's note too: the
 * components also get a dated copy of an unsure fact, under an id no content uses.
 */
function withDatedUnsure(all: (Fact & { file: string })[]): (Fact & { file: string })[] {
	const model = all.find((f) => f.confidence === 'unsure');
	return model ? [...all, { ...model, id: 'fait-incertain-date-test', effectiveDate: '2026-01-01' }] : all;
}

// The components read facts through astro:content, whose store only exists inside a build: the
// test hands them the same files, parsed by the same schema.
vi.mock('astro:content', () => ({
	getEntry: async (collection: string, id: string) => {
		if (collection !== 'facts') return undefined;
		const found = withDatedUnsure(loadFacts()).find((f) => f.id === id);
		return found ? { id, collection, data: found } : undefined;
	},
}));

describe('every likely or unsure fact carries its note and phrasings', () => {
	test('there are likely and unsure facts to check', () => {
		expect(uncertain.filter((f) => f.confidence === 'likely').length).toBeGreaterThan(10);
		expect(uncertain.filter((f) => f.confidence === 'unsure').length).toBeGreaterThan(5);
	});

	test.each(uncertain.map((f) => [f.id, f] as const))('%s has a note and at least one phrasing', (_id, fact) => {
		expect(fact.note?.trim().length ?? 0, `${fact.file} › ${fact.id} › note`).toBeGreaterThan(2);
		expect(fact.phrasings?.length ?? 0, `${fact.file} › ${fact.id} › phrasings`).toBeGreaterThan(0);
	});

	test('no sure fact states a likely or unsure fact’s phrasing: its display has no note, so the build would reject it', () => {
		const searched = checkedFacts(facts);
		const clashes = facts
			.filter((f) => f.confidence === 'sure')
			.flatMap((f) => pageRestatements(`<p>${f.statement}</p><p>${f.value}</p>`, searched).map((r) => `${f.file} › ${f.id} : « ${r.phrasing} » (fait ${r.factId})`));

		expect(clashes).toEqual([]);
	});

	test('an unsure fact’s note always says « à vérifier »', () => {
		const silent = uncertain.filter((f) => f.confidence === 'unsure' && !/à vérifier/i.test(factNote(f)?.text ?? '')).map((f) => f.id);

		expect(silent).toEqual([]);
	});
});

/** The element of `html` that carries the note marker, as text (tags removed, spaces collapsed). */
function markedText(html: string): string {
	const start = html.indexOf(NOTE_MARKER);
	expect(start, 'un élément porte data-fact-note').toBeGreaterThan(-1);
	return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

// One likely and one unsure fact with a date, so that the timeline can show them too.
const likely = uncertain.find((f) => f.confidence === 'likely' && f.effectiveDate);
const unsure = withDatedUnsure(facts).find((f) => f.confidence === 'unsure' && f.effectiveDate);

describe('<Fait> and <Chronologie> show the note of a likely and of an unsure fact, on a marked element', async () => {
	const container = await AstroContainer.create();

	test.each([
		['likely', likely],
		['unsure', unsure],
	] as const)('<Fait> of a %s fact, value and phrase displays', async (_level, fact) => {
		if (!fact) throw new Error('aucun fait de ce niveau');
		const note = factNote(fact);
		for (const affichage of ['valeur', 'phrase'] as const) {
			const html = await container.renderToString(Fait, { props: { id: fact.id, affichage } });

			expect(markedText(html)).toContain(note?.[affichage === 'phrase' ? 'sentence' : 'text']);
			expect(html).toContain(`href="${fact.source.url.replace(/&/g, '&amp;')}"`);
			// Nothing of the fact is left outside the marked element.
			expect(pageRestatements(html, checkedFacts([fact]))).toEqual([]);
		}
	});

	test('<Fait> of a sure fact has no note and no marker', async () => {
		const sure = facts.find((f) => f.confidence === 'sure');
		const html = await container.renderToString(Fait, { props: { id: sure?.id } });

		expect(html).not.toContain(NOTE_MARKER);
		expect(html).not.toContain('fact-note');
	});

	test('<Chronologie> gives each dated likely or unsure fact its note, on its marked item', async () => {
		const ids = [likely?.id, unsure?.id].filter((id): id is string => id !== undefined);
		expect(ids).toHaveLength(2);
		const html = await container.renderToString(Chronologie, { props: { titre: 'Test', faits: ids } });

		for (const id of ids) {
			const fact = withDatedUnsure(facts).find((f) => f.id === id)!;
			const item = html.match(new RegExp(`<li[^>]*data-fact="${id}"[^>]*>[\\s\\S]*?</li>`))?.[0] ?? '';
			expect(item, id).toContain(NOTE_MARKER);
			expect(item.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), id).toContain(factNote(fact)!.text);
		}
		expect(pageRestatements(html, checkedFacts(withDatedUnsure(facts)))).toEqual([]);
	});
});
