import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../src/lib/fact-restatements';

// The build searches the pages' HTML for likely/unsure facts restated as certain, but some text
// reaches the learner only once the browser renders it: question explanations and widget
// feedback. This checks that text at its source: a field quoting such a fact's phrasing must say
// its note in the same field (« à vérifier », « selon … », « indicatif »).

type Fact = { id: string; confidence: string; phrasings?: string[] };
const read = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ file: `${dir}/${f}`, data: JSON.parse(readFileSync(`${dir}/${f}`, 'utf-8')) }));
const facts: Fact[] = read('content/facts').flatMap((f) => f.data);
const hedged = facts.filter((f) => f.confidence !== 'sure');
const NOTE_WORDS = ['à vérifier', 'selon', 'indicati', 'non confirmé', 'pas confirmé', 'probable', 'sources secondaires', 'non lu'];

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

/** Fields of `files` that quote a phrasing of a likely/unsure fact without any note word. */
function unhedged(files: { file: string; data: unknown }[]): string[] {
	const found: string[] = [];
	for (const { file, data } of files) {
		for (const { path, text } of strings(data, '')) {
			const norm = normalizeText(text);
			if (NOTE_WORDS.some((w) => norm.includes(normalizeText(w)))) continue;
			for (const fact of hedged) {
				for (const phrasing of fact.phrasings ?? []) {
					if (norm.includes(normalizeText(phrasing))) found.push(`${file} › ${path} : « ${phrasing} » (${fact.id}) sans sa note`);
				}
			}
		}
	}
	return found;
}

describe('likely and unsure facts quoted in content data carry their note', () => {
	test.each(['content/questions', 'content/evaluation', 'content/exercises', 'content/glossary'])('%s', (dir) => {
		expect(unhedged(read(dir))).toEqual([]);
	});

	test('the check finds a restatement planted in a question', () => {
		const fact = hedged.find((f) => (f.phrasings ?? []).length > 0) as Fact;
		const planted = [{ file: 'content/questions/plante.json', data: [{ explanation: `Retenez : ${fact.phrasings?.[0]}.` }] }];

		expect(unhedged(planted)).toHaveLength(1);
	});
});
