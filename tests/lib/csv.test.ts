import { describe, expect, test } from 'vitest';
import { frenchNumber, groupCsv, parisDay, parseFrenchCsv, toFrenchCsv } from '../../src/lib/csv';
import { learnerRow, mergeLearners } from '../../src/lib/organiser-group';
import { alice, anonymous, bruno, chloe, ctx, day, load, objectives } from '../fixtures/organiser/group';

const BOM = '\uFEFF';

describe('toFrenchCsv: the text a French spreadsheet opens right', () => {
	test('starts with the BOM, separates with « ; » and ends every line with CRLF', () => {
		const csv = toFrenchCsv(['Nom', 'Score'], [['Alice', 1], ['Bruno', 0.5]]);

		expect(csv).toBe(`${BOM}Nom;Score\r\nAlice;1\r\nBruno;0,5\r\n`);
	});

	test('an empty table is the header line only', () => {
		expect(toFrenchCsv(['Apprenant'], [])).toBe(`${BOM}Apprenant\r\n`);
	});

	test('numbers take a decimal comma and no thousands separator; NaN and infinity are empty', () => {
		expect(toFrenchCsv(['n'], [[0.8], [1234567.25], [-0.25], [0], [-0], [Number.NaN], [Number.POSITIVE_INFINITY]]).split('\r\n').slice(1, -1)).toEqual([
			'0,8',
			'1234567,25',
			'-0,25', // a number, not text: no apostrophe
			'0',
			'0',
			'',
			'',
		]);
		expect(frenchNumber(2 / 3)).toBe('0,6666666666666666');
	});

	test('ISO timestamps and Dates become dd/mm/yyyy in Paris time, across midnight and daylight saving', () => {
		const cells = [
			'2026-12-03T23:30:00.000Z', // 00:30 on the 4th in Paris (UTC+1)
			'2026-07-01T22:30:00Z', // 00:30 on the 2nd in Paris (UTC+2)
			new Date('2026-12-04T10:15:00.000Z'),
			'2026-02-09', // a calendar day stays that day
			new Date('pas une date'),
			null,
		];

		expect(parseFrenchCsv(toFrenchCsv(['a', 'b', 'c', 'd', 'e', 'f'], [cells]))[1]).toEqual(['04/12/2026', '02/07/2026', '04/12/2026', '09/02/2026', '', '']);
		expect(parisDay(new Date('2026-03-29T22:59:59.000Z'))).toBe('30/03/2026');
	});

	test('text that looks almost like a date is left as text', () => {
		expect(toFrenchCsv(['a'], [['2026-12-04 10:15'], ['04/12/2026']]).split('\r\n').slice(1, -1)).toEqual(['2026-12-04 10:15', '04/12/2026']);
	});

	test('quotes a cell with a semicolon, a quote or a line break, and doubles inner quotes', () => {
		const csv = toFrenchCsv(['Texte'], [['Dupont; Marie'], ['Le « bon » "cadre"'], ['ligne 1\r\nligne 2'], ['ligne\nseule'], ['sans rien']]);

		expect(csv).toBe(`${BOM}Texte\r\n"Dupont; Marie"\r\n"Le « bon » ""cadre"""\r\n"ligne 1\r\nligne 2"\r\n"ligne\nseule"\r\nsans rien\r\n`);
	});

	test('formula injection: text starting with = + - @ (or tab, CR) gets a leading apostrophe', () => {
		const rows = [['=1+1'], ['+33 6 12 34 56 78'], ['-Marie'], ['@SUM(A1)'], ['\tcaché'], ['=HYPERLINK("http://exemple.invalid";"clic")'], ['Marie=Claire'], ['a-b']];

		const lines = parseFrenchCsv(toFrenchCsv(['t'], rows)).slice(1).map((r) => r[0]);

		expect(lines).toEqual(["'=1+1", "'+33 6 12 34 56 78", "'-Marie", "'@SUM(A1)", "'\tcaché", '\'=HYPERLINK("http://exemple.invalid";"clic")', 'Marie=Claire', 'a-b']);
		expect(toFrenchCsv(['t'], [['=HYPERLINK("x";"y")']])).toContain('"\'=HYPERLINK(""x"";""y"")"');
	});

	test('a hard table (accents, quotes, separators, line breaks, empty cells) reads back cell for cell', () => {
		const header = ['Apprenant', 'Commentaire', 'Score', 'Exporté le'];
		const rows = [
			['Ève d’Arçon-Lefèvre', 'a dit « c’est "clair" » ; puis\r\nest partie', 0.75, '2026-12-04T09:12:01.318Z'],
			['Zoë Ñúñez', '', null, null],
			['', ';', 12, new Date('2026-12-31T23:30:00.000Z')],
		];

		expect(parseFrenchCsv(toFrenchCsv(header, rows))).toEqual([
			header,
			['Ève d’Arçon-Lefèvre', 'a dit « c’est "clair" » ; puis\r\nest partie', '0,75', '04/12/2026'],
			['Zoë Ñúñez', '', '', ''],
			['', ';', '12', '01/01/2027'],
		]);
	});
});

describe('parseFrenchCsv', () => {
	test('strips the BOM, accepts LF or CRLF, and keeps quoted line breaks and doubled quotes', () => {
		expect(parseFrenchCsv(`${BOM}a;b\nc;"d""e"\r\n"f\ng";`)).toEqual([
			['a', 'b'],
			['c', 'd"e'],
			['f\ng', ''],
		]);
	});

	test('a text without a final line end still gives its last row; an empty text gives none', () => {
		expect(parseFrenchCsv('x;y')).toEqual([['x', 'y']]);
		expect(parseFrenchCsv('')).toEqual([]);
		expect(parseFrenchCsv(BOM)).toEqual([]);
	});

	test('an empty line is a row with one empty cell', () => {
		expect(parseFrenchCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
	});
});

describe('groupCsv', () => {
	test('the organiser’s table: French header, one line per learner, read back cell for cell', async () => {
		const files = [
			await load('progression-alice-martin-lefevre-2026-12-05.json', alice(), day(5, 8)),
			await load('progression-bruno-n-diaye-2026-12-02.json', bruno(), day(2)),
			await load('progression-chloe-dubois-2026-12-05.json', chloe(), day(4, 23, 30)),
			await load('progression-2026-12-03.json', anonymous(), day(3)),
		];
		const rows = mergeLearners(files).learners.map((l) => learnerRow(l, ctx));
		const two = objectives.slice(0, 2);

		const table = parseFrenchCsv(groupCsv(rows, two));

		expect(table).toEqual([
			[
				'Apprenant',
				'Fichier',
				'Exporté le',
				'Cadre et vocabulaire — avant',
				'Cadre et vocabulaire — après',
				'Cadre et vocabulaire — résultat',
				'Cadre et vocabulaire — entraînement',
				'Compte et structure — avant',
				'Compte et structure — après',
				'Compte et structure — résultat',
				'Compte et structure — entraînement',
				'Temps passé (min)',
				'Leçons terminées',
			],
			['Alice Martin-Lefèvre', 'progression-alice-martin-lefevre-2026-12-05.json', '05/12/2026', '1', '1', 'validé', 'acquis', '0', '1', 'validé', 'en cours', '25,5', '1'],
			['Bruno N’Diaye', 'progression-bruno-n-diaye-2026-12-02.json', '02/12/2026', '1', '', 'non évalué', 'non commencé', '1', '', 'non évalué', 'non commencé', '0', '0'],
			// Exported at 23:30 UTC on the 4th: 00:30 on the 5th in Paris.
			['Chloé Dubois', 'progression-chloe-dubois-2026-12-05.json', '05/12/2026', '0', '', 'non évalué', 'non commencé', '0', '', 'non évalué', 'non commencé', '0', '0'],
			['Apprenant sans nom (fichier progression-2026-12-03.json)', 'progression-2026-12-03.json', '03/12/2026', '', '', 'non évalué', 'non commencé', '', '', 'non évalué', 'non commencé', '1,5', '0'],
		]);
	});

	test('ratios are rounded to two decimals, and the depot objective not validated reads « non validé »', async () => {
		const p = alice();
		// Two of the three « après » questions of « banque » right: 0,67 and still validated (2 needed).
		const finale = p.runs!.at(-1)!;
		const banque = finale.questions.filter((q) => q.objective === 'banque');
		finale.results![banque[0]!.id] = { score: 0, max: 1 };
		const rows = mergeLearners([await load('alice.json', p, day(5))]).learners.map((l) => learnerRow(l, ctx));
		const picked = objectives.filter((o) => o.id === 'banque' || o.id === 'depot');

		const [, line] = parseFrenchCsv(groupCsv(rows, picked));

		expect(line!.slice(3, 11)).toEqual(['0', '0,67', 'validé', 'non commencé', '0', '0', 'non validé', 'non commencé']);
	});

	test('a learner name that starts like a formula is guarded in the file', async () => {
		const rows = mergeLearners([await load('=cmd.json', { ...anonymous(), learnerName: '-Marie' }, day(3))]).learners.map((l) => learnerRow(l, ctx));

		const [, line] = parseFrenchCsv(groupCsv(rows, []));

		expect(line!.slice(0, 2)).toEqual(["'-Marie", "'=cmd.json"]);
	});

	test('an empty group is the header row alone', () => {
		expect(parseFrenchCsv(groupCsv([], objectives))).toHaveLength(1);
		expect(groupCsv([], [])).toBe(`${BOM}Apprenant;Fichier;Exporté le;Temps passé (min);Leçons terminées\r\n`);
	});
});
