import { describe, expect, test } from 'vitest';
import { FactSchema } from '../../src/schemas/fact';
import { issuesOf } from './issues';

const fact = {
	id: 'generalisation-2020',
	statement: 'L’obligation s’applique à toutes les entreprises depuis 2020.',
	value: '1er janvier 2020',
	effectiveDate: '2020-01-01',
	source: { url: 'https://www.legifrance.gouv.fr/', label: 'Légifrance' },
	confidence: 'sure',
	sheetRef: '10.12',
	checkedOn: '2026-11-28',
};

describe('FactSchema', () => {
	test('accepts a complete fact', () => {
		const result = FactSchema.safeParse(fact);

		expect(issuesOf(result)).toEqual([]);
	});

	test('accepts a fact without an effective date', () => {
		const { effectiveDate: _omitted, ...undated } = fact;

		const result = FactSchema.safeParse(undated);

		expect(result.success).toBe(true);
	});

	test.each(['2020-1-1', '01/01/2020', '2020-02-30', '2020-13-01'])(
		'rejects the effective date %s with the French message',
		(effectiveDate) => {
			const issues = issuesOf(FactSchema.safeParse({ ...fact, effectiveDate }));

			expect(issues).toEqual([{ path: ['effectiveDate'], message: 'date attendue au format AAAA-MM-JJ' }]);
		}
	);

	test('rejects a checkedOn date with a time', () => {
		const issues = issuesOf(FactSchema.safeParse({ ...fact, checkedOn: '2026-11-28T10:00:00Z' }));

		expect(issues).toEqual([{ path: ['checkedOn'], message: 'date attendue au format AAAA-MM-JJ' }]);
	});

	test.each(['ftp://exemple.fr/', 'javascript:alert(1)', 'pas une url'])(
		'rejects the source url %s',
		(url) => {
			const issues = issuesOf(FactSchema.safeParse({ ...fact, source: { ...fact.source, url } }));

			expect(issues).toEqual([{ path: ['source', 'url'], message: 'lien http(s) attendu' }]);
		}
	);

	test('accepts an http (not https) source url', () => {
		const result = FactSchema.safeParse({ ...fact, source: { ...fact.source, url: 'http://exemple.fr/' } });

		expect(result.success).toBe(true);
	});

	test('rejects an unknown confidence level', () => {
		const issues = issuesOf(FactSchema.safeParse({ ...fact, confidence: 'certain' }));

		expect(issues.map((i) => i.path)).toEqual([['confidence']]);
	});

	test.each(['1', '1.5', '10.12', '2.3.4'])('accepts the sheet reference %s', (sheetRef) => {
		const result = FactSchema.safeParse({ ...fact, sheetRef });

		expect(result.success).toBe(true);
	});

	test.each(['', '1.', '.5', '§1.5', '1,5'])('rejects the sheet reference "%s"', (sheetRef) => {
		const issues = issuesOf(FactSchema.safeParse({ ...fact, sheetRef }));

		expect(issues).toEqual([
			{ path: ['sheetRef'], message: 'référence de la fiche de faits attendue (ex. 10.12)' },
		]);
	});

	describe('note and phrasings of likely and unsure facts', () => {
		const noted = { note: 'à vérifier', phrasings: ['toutes les entreprises depuis 2020'] };

		test.each(['likely', 'unsure'])('accepts a %s fact with its note and phrasings', (confidence) => {
			const result = FactSchema.safeParse({ ...fact, ...noted, confidence });

			expect(issuesOf(result)).toEqual([]);
		});

		test.each(['likely', 'unsure'])('rejects a %s fact without a note, naming the field', (confidence) => {
			const issues = issuesOf(FactSchema.safeParse({ ...fact, phrasings: noted.phrasings, confidence }));

			expect(issues).toEqual([{ path: ['note'], message: `note obligatoire pour un fait ${confidence} : une courte note affichée avec le fait (« à vérifier », « selon … »)` }]);
		});

		test.each(['likely', 'unsure'])('rejects a %s fact without phrasings, naming the field', (confidence) => {
			const issues = issuesOf(FactSchema.safeParse({ ...fact, note: noted.note, confidence }));

			expect(issues).toEqual([{ path: ['phrasings'], message: `phrasings obligatoire pour un fait ${confidence} : au moins une formulation de l’affirmation, que le build cherche dans les pages` }]);
		});

		test('rejects an empty list of phrasings and a phrasing too short to be specific', () => {
			expect(issuesOf(FactSchema.safeParse({ ...fact, ...noted, confidence: 'likely', phrasings: [] })).map((i) => i.path)).toEqual([['phrasings']]);
			expect(issuesOf(FactSchema.safeParse({ ...fact, ...noted, confidence: 'likely', phrasings: ['2020'] })).map((i) => i.path)).toEqual([['phrasings', 0]]);
		});

		test('refuses a note or phrasings on a sure fact, which would be neither shown nor searched for', () => {
			const issues = issuesOf(FactSchema.safeParse({ ...fact, ...noted }));

			expect(issues.map((i) => i.path)).toEqual([['note'], ['phrasings']]);
		});
	});

	test('rejects a statement shorter than ten characters', () => {
		const issues = issuesOf(FactSchema.safeParse({ ...fact, statement: 'Trop cour' }));

		expect(issues.map((i) => i.path)).toEqual([['statement']]);
	});
});
