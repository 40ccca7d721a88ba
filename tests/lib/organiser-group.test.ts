import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { groupSummary, learnerRow, mergeLearners, progressFingerprint, toMinutes, type LoadedFile, type Rejected } from '../../src/lib/organiser-group';
import { parseImport } from '../../src/lib/progress-file';
import { alice, anonymous, bruno, chloe, COURSE, ctx, day, facts, load, loadFixture, NOW, objectives } from '../fixtures/organiser/group';

/** The group of the fixtures: three named learners with runs, one anonymous file without any. */
async function group(): Promise<LoadedFile[]> {
	return [
		await load('progression-alice-martin-lefevre-2026-12-05.json', alice(), day(5, 8)),
		await load('progression-bruno-n-diaye-2026-12-02.json', bruno(), day(2)),
		await load('progression-chloe-dubois-2026-12-05.json', chloe(), day(5, 10)),
		await load('progression-2026-12-03.json', anonymous(), day(3)),
	];
}

/** A notice as written with French typography: no-break spaces before « : » and inside guillemets. */
const typo = (text: string) => text.replace(/ :/g, '\u00a0:').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

const cell = (row: ReturnType<typeof learnerRow>, id: string) => row.objectives.find((c) => c.id === id)!;

describe('mergeLearners', () => {
	test('keeps one learner per file when every learner is different, in load order, with no notice', async () => {
		const { learners, notices } = mergeLearners(await group());

		expect(learners.map((l) => [l.name, l.fileName, l.exportedAt])).toEqual([
			['Alice Martin-Lefèvre', 'progression-alice-martin-lefevre-2026-12-05.json', '2026-12-05T08:00:00.000Z'],
			['Bruno N’Diaye', 'progression-bruno-n-diaye-2026-12-02.json', '2026-12-02T09:00:00.000Z'],
			['Chloé Dubois', 'progression-chloe-dubois-2026-12-05.json', '2026-12-05T10:00:00.000Z'],
			['Apprenant sans nom (fichier progression-2026-12-03.json)', 'progression-2026-12-03.json', '2026-12-03T09:00:00.000Z'],
		]);
		expect(learners[0]!.key).toBe('graine:a11ce0000000beef');
		expect(learners[3]!.key).toMatch(/^contenu:[0-9a-f]{16}$/);
		expect(notices).toEqual([]);
	});

	test('an empty group has no learner and no notice', () => {
		expect(mergeLearners([])).toEqual({ learners: [], notices: [] });
	});

	test('two files of one learner (same seed), older loaded first: the newer is kept, and the notice names both', async () => {
		const older = await load('alice-lundi.json', alice(), day(4, 17));
		const later = alice();
		later.lessons = {};
		const newer = await load('alice-mardi.json', later, day(5, 8, 30));

		const { learners, notices } = mergeLearners([older, newer, await load('bruno.json', bruno(), day(2))]);

		expect(learners.map((l) => l.fileName)).toEqual(['alice-mardi.json', 'bruno.json']);
		expect(learners[0]!.progress.lessons).toEqual({});
		// French typography: never a plain space before the colon or inside the guillemets.
		expect(notices[0]).not.toMatch(/ :|« | »/);
		expect(notices).toEqual([
			typo('Deux fichiers de la même personne (Alice Martin-Lefèvre)\u00a0: «\u00a0alice-lundi.json\u00a0» (exporté le 04/12/2026 à 18:00) et «\u00a0alice-mardi.json\u00a0» (exporté le 05/12/2026 à 09:30). Le plus récent est gardé\u00a0: «\u00a0alice-mardi.json\u00a0». L’autre n’est pas compté.'),
		]);
	});

	test('newer loaded first: it stays, in its place, and the older one is left out', async () => {
		const newer = await load('alice-mardi.json', alice(), day(5, 8, 30));
		const older = await load('alice-lundi.json', { ...alice(), learnerName: 'Alice Martin' }, day(4, 17));

		const { learners, notices } = mergeLearners([await load('bruno.json', bruno(), day(2)), newer, older]);

		expect(learners.map((l) => [l.fileName, l.name])).toEqual([
			['bruno.json', 'Bruno N’Diaye'],
			['alice-mardi.json', 'Alice Martin-Lefèvre'],
		]);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(typo('«\u00a0alice-mardi.json\u00a0» (exporté le 05/12/2026 à 09:30) et «\u00a0alice-lundi.json\u00a0» (exporté le 04/12/2026 à 18:00)'));
		expect(notices[0]).toContain(typo('Le plus récent est gardé\u00a0: «\u00a0alice-mardi.json\u00a0»'));
	});

	test('equal export dates: the file loaded first is kept, and the notice says why', async () => {
		const a = await load('copie-1.json', alice(), day(5, 8));
		const b = await load('copie-2.json', alice(), day(5, 8));

		const { learners, notices } = mergeLearners([a, b]);

		expect(learners.map((l) => l.fileName)).toEqual(['copie-1.json']);
		expect(notices).toEqual([
			typo('Deux fichiers de la même personne (Alice Martin-Lefèvre)\u00a0: «\u00a0copie-1.json\u00a0» (exporté le 05/12/2026 à 09:00) et «\u00a0copie-2.json\u00a0» (exporté le 05/12/2026 à 09:00). Ils ont la même date d’export\u00a0: le premier chargé est gardé\u00a0: «\u00a0copie-1.json\u00a0». L’autre n’est pas compté.'),
		]);
	});

	test('three files of one learner give two notices and keep the newest', async () => {
		const files = [await load('a.json', alice(), day(3)), await load('c.json', alice(), day(6)), await load('b.json', alice(), day(5))];

		const { learners, notices } = mergeLearners(files);

		expect(learners.map((l) => l.fileName)).toEqual(['c.json']);
		expect(notices).toHaveLength(2);
		expect(notices[1]).toContain(typo('Le plus récent est gardé\u00a0: «\u00a0c.json\u00a0»'));
	});

	test('a file without an export date counts as older than a dated one', async () => {
		const dated = await load('date.json', alice(), day(3));
		const undated: LoadedFile = { name: 'sans-date.json', file: { ...dated.file, exportedAt: null } };

		for (const order of [[undated, dated], [dated, undated]]) {
			const { learners, notices } = mergeLearners(order);
			expect(learners.map((l) => l.fileName)).toEqual(['date.json']);
			expect(notices[0]).toContain(typo('«\u00a0sans-date.json\u00a0» (sans date d’export)'));
		}
	});

	test('two files of one learner without an export date: the first loaded is kept, and the notice says so', async () => {
		const dated = await load('date.json', alice(), day(3));
		const a: LoadedFile = { name: 'a.json', file: { ...dated.file, exportedAt: null } };
		const b: LoadedFile = { name: 'b.json', file: { ...dated.file, exportedAt: null } };

		const { learners, notices } = mergeLearners([a, b]);

		expect(learners.map((l) => l.fileName)).toEqual(['a.json']);
		expect(notices[0]).toContain(typo('Aucun n’a de date d’export\u00a0: le premier chargé est gardé\u00a0: «\u00a0a.json\u00a0»'));
	});

	test('real version 1 exports (no seed) never merge with each other, though they come from one browser', async () => {
		const files = [await loadFixture('v1-2026-12-04-export.json'), await loadFixture('v1-avant-kit-export.json')];

		const { learners, notices } = mergeLearners(files);

		expect(learners.map((l) => l.name)).toEqual(['Apprenant sans nom (fichier v1-2026-12-04-export.json)', 'Apprenant sans nom (fichier v1-avant-kit-export.json)']);
		expect(learners[0]!.key).not.toBe(learners[1]!.key);
		expect(notices).toEqual([]);
	});

	test('the same file without a seed loaded twice counts once', async () => {
		const file = await loadFixture('v1-2026-12-04-export.json');

		const { learners, notices } = mergeLearners([file, { ...file, name: 'copie.json' }]);

		expect(learners).toHaveLength(1);
		expect(notices[0]).toContain(typo('le premier chargé est gardé\u00a0: «\u00a0v1-2026-12-04-export.json\u00a0»'));
	});

	test('a file without a seed does not merge with a seeded file of the same name', async () => {
		const { learners } = mergeLearners([await load('x.json', { ...anonymous(), learnerName: 'Alice Martin-Lefèvre' }, day(3)), await load('y.json', alice(), day(5))]);

		expect(learners).toHaveLength(2);
	});
});

describe('a batch of files, as the organiser space reads them', () => {
	test('good files load, each bad one is refused with its own French message, and the group is built from the good ones', async () => {
		const names = ['progression-marie-dupont-2026-12-04.json', 'progression-tronquee.json', 'progression-marie-dupont-modifiee.json'];
		const loaded: LoadedFile[] = [];
		const rejected: Rejected[] = [];
		for (const name of names) {
			const result = await parseImport(readFileSync(`tests/fixtures/organiser/${name}`, 'utf-8'), COURSE, 2, facts, NOW);
			if (result.ok) loaded.push({ name, file: result.file });
			else rejected.push({ name, message: result.message });
		}

		expect(rejected).toEqual([
			{ name: 'progression-tronquee.json', message: expect.stringContaining('Ce fichier n’est pas un fichier JSON lisible.') },
			{ name: 'progression-marie-dupont-modifiee.json', message: expect.stringContaining('sa somme de contrôle ne correspond plus à son contenu') },
		]);
		const [row] = mergeLearners(loaded).learners.map((l) => learnerRow(l, ctx));
		expect(row).toMatchObject({ name: 'Marie Dupont', exportedAt: '2026-12-04T08:30:00.000Z', lessonsCompleted: 1, minutesSpent: 25, runs: [] });
		expect(row!.key).toMatch(/^contenu:/);
	});
});

describe('progressFingerprint', () => {
	test('is stable for equal records and changes with one character', () => {
		const a = anonymous();
		const b = anonymous();
		b.lessons[Object.keys(b.lessons)[0]!]!.timeSpentMs = 90_001;

		expect(progressFingerprint(a)).toBe(progressFingerprint(anonymous()));
		expect(progressFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
		expect(progressFingerprint(a)).not.toBe(progressFingerprint(b));
	});
});

describe('learnerRow', () => {
	test('Alice: « avant » from the positioning run, « après » from the latest completed final, verdicts, practice, lessons, time, runs', async () => {
		const [learner] = mergeLearners([await load('alice.json', alice(), day(5))]).learners;

		const row = learnerRow(learner!, ctx);

		expect(row.objectives.map((c) => c.id)).toEqual(objectives.map((o) => o.id));
		expect(cell(row, 'cadre')).toEqual({
			id: 'cadre',
			label: 'Cadre et vocabulaire',
			avant: { right: 2, total: 2, ratio: 1 },
			apres: { right: 3, total: 3, ratio: 1 },
			verdict: 'valide',
			practice: { status: 'acquis', score: 1 },
		});
		// The first final had « depot » right; the second, later one counts, as on « Mon parcours ».
		expect(cell(row, 'depot')).toMatchObject({ avant: { right: 0, total: 2, ratio: 0 }, apres: { right: 0, total: 3, ratio: 0 }, verdict: 'non-valide' });
		expect(cell(row, 'compte').practice).toEqual({ status: 'en-cours', score: 0 });
		expect(cell(row, 'banque').practice).toEqual({ status: 'non-commence', score: null });
		expect(row.finalPassed).toBe(true); // 27 right out of 30 = 0.9 ≥ 0.8

		expect(row.lessons.map((l) => [l.visited, l.completed, l.minutesSpent, l.estimatedMinutes])).toEqual([
			[true, true, 20.5, 25],
			[true, false, 5, 20],
			[false, false, null, 30],
		]);
		expect(row.lessons[0]!.completedAt).toBe(day(2, 10).toISOString());
		expect(row.lessons[0]!.title).toBe('Chorus Pro : vocabulaire, généralités, échéancier et modes d’accès');
		expect([row.lessonsVisited, row.lessonsCompleted, row.minutesSpent, row.estimatedMinutes]).toEqual([2, 1, 25.5, 75]);

		expect(row.runs).toEqual([
			{ id: 'positionnement-1', kind: 'positionnement', number: 1, role: 'avant', startedAt: day(1).toISOString(), completedAt: day(1, 9, 30).toISOString(), right: 2, total: 20, passed: false },
			{ id: 'finale-1', kind: 'finale', number: 1, role: 'finale-precedente', startedAt: day(3).toISOString(), completedAt: day(3, 9, 30).toISOString(), right: 30, total: 30, passed: true },
			{ id: 'finale-2', kind: 'finale', number: 2, role: 'apres', startedAt: day(4).toISOString(), completedAt: day(4, 9, 30).toISOString(), right: 27, total: 30, passed: true },
		]);
	});

	test('a learner with a positioning run only: « avant » per objective, nothing « après », every objective « non évalué »', async () => {
		const row = learnerRow(mergeLearners([await load('bruno.json', bruno(), day(2))]).learners[0]!, ctx);

		expect(cell(row, 'compte')).toMatchObject({ avant: { right: 2, total: 2, ratio: 1 }, apres: null, verdict: 'non-evalue' });
		expect(cell(row, 'suivi')).toMatchObject({ avant: { right: 0, total: 2, ratio: 0 }, apres: null, verdict: 'non-evalue' });
		expect(row.finalPassed).toBeNull();
		expect(row.runs.map((r) => r.role)).toEqual(['avant']);
		expect([row.lessonsVisited, row.lessonsCompleted, row.minutesSpent]).toEqual([0, 0, 0]);
	});

	test('a final run in progress is listed, unscored, and validates nothing', async () => {
		const row = learnerRow(mergeLearners([await load('chloe.json', chloe(), day(5, 10))]).learners[0]!, ctx);

		expect(row.objectives.every((c) => c.verdict === 'non-evalue' && c.apres === null)).toBe(true);
		expect(cell(row, 'cadre').avant).toEqual({ right: 0, total: 2, ratio: 0 });
		expect(row.runs[1]).toEqual({ id: 'finale-1', kind: 'finale', number: 1, role: 'en-cours', startedAt: day(5).toISOString(), completedAt: null, right: null, total: 30, passed: null });
		expect(row.finalPassed).toBeNull();
	});

	test('a file without runs: no « avant », no « après », practice still read', async () => {
		const row = learnerRow(mergeLearners([await loadFixture('v1-avant-kit-export.json')]).learners[0]!, ctx);

		expect(row.runs).toEqual([]);
		expect(row.objectives.every((c) => c.avant === null && c.apres === null && c.verdict === 'non-evalue')).toBe(true);
		// l01-gestionnaire-secondaire (cadre, compte): 0, then 1 the same day after its correction; the
		// migration turns the second into practice, so the counted check is the 0, as « Mon parcours » shows.
		expect(cell(row, 'cadre').practice).toEqual({ status: 'en-cours', score: 0 });
		expect(cell(row, 'compte').practice).toEqual({ status: 'en-cours', score: 0 });
		// Version 1 answers to the old evaluation are kept in the file and counted nowhere.
		expect(cell(row, 'reforme').practice).toEqual({ status: 'non-commence', score: null });
		expect(row.lessons[0]).toMatchObject({ visited: true, completed: false, minutesSpent: 0 });
		expect(row.minutesSpent).toBe(0);
	});

	test('time counts every lesson the file records, even one outside the listed lessons', async () => {
		const p = alice();
		p.lessons['15-reforme-b2b'] = { firstVisitAt: day(2).toISOString(), lastVisitAt: day(2).toISOString(), timeSpentMs: 600_000 };

		const row = learnerRow(mergeLearners([await load('alice.json', p, day(5))]).learners[0]!, ctx);

		expect(row.minutesSpent).toBe(35.5);
		expect(row.lessonsVisited).toBe(2);
	});
});

describe('the learner’s employer', () => {
	test('the row carries the employer the file holds, trimmed', async () => {
		const [learner] = mergeLearners([await load('alice.json', { ...alice(), learnerEmployer: '  Dupont & Fils (SARL) ' }, day(5))]).learners;

		const row = learnerRow(learner!, ctx);

		expect(learner!.employer).toBe('Dupont & Fils (SARL)');
		expect(row.employer).toBe('Dupont & Fils (SARL)');
	});

	test('absent when the file has none, or only spaces', async () => {
		const [without, blank] = mergeLearners([await load('alice.json', alice(), day(5)), await load('bruno.json', { ...bruno(), learnerEmployer: '   ' }, day(2))]).learners;

		expect('employer' in learnerRow(without!, ctx)).toBe(false);
		expect('employer' in learnerRow(blank!, ctx)).toBe(false);
	});
});

describe('toMinutes', () => {
	test('rounds to a tenth of a minute', () => {
		expect([toMinutes(0), toMinutes(976), toMinutes(3_000), toMinutes(1_230_000), toMinutes(3_600_000)]).toEqual([0, 0, 0.1, 20.5, 60]);
	});
});

describe('groupSummary', () => {
	test('per objective: validated, evaluated, means over the learners who have them, progression over those with both', async () => {
		const rows = mergeLearners(await group()).learners.map((l) => learnerRow(l, ctx));

		const summary = groupSummary(rows, objectives);
		const of = (id: string) => summary.find((s) => s.id === id)!;

		expect(summary.map((s) => s.id)).toEqual(objectives.map((o) => o.id));
		// avant: Alice 2/2, Bruno 2/2, Chloé 0/2, the anonymous file none; après: Alice only.
		expect(of('cadre')).toEqual({ id: 'cadre', label: 'Cadre et vocabulaire', learners: 4, validated: 1, evaluated: 1, meanAvant: 2 / 3, meanApres: 1, progression: 0, withAvant: 3, withApres: 1, withBoth: 1 });
		// Progression is Alice's own gain (0 → 1), not mean(après) − mean(avant) over everyone (1 − 1/3).
		expect(of('compte')).toMatchObject({ meanAvant: 1 / 3, meanApres: 1, progression: 1, validated: 1 });
		expect(of('depot')).toMatchObject({ meanAvant: 0, meanApres: 0, progression: 0, validated: 0, evaluated: 1 });
	});

	test('no learner with an evaluation: means and progression are null', async () => {
		const rows = mergeLearners([await load('anonyme.json', anonymous(), day(3))]).learners.map((l) => learnerRow(l, ctx));

		expect(groupSummary(rows, objectives)[0]).toEqual({ id: 'cadre', label: 'Cadre et vocabulaire', learners: 1, validated: 0, evaluated: 0, meanAvant: null, meanApres: null, progression: null, withAvant: 0, withApres: 0, withBoth: 0 });
	});

	test('an empty group gives every objective with zero learners', () => {
		const summary = groupSummary([], objectives);

		expect(summary).toHaveLength(objectives.length);
		expect(summary.every((s) => s.learners === 0 && s.validated === 0 && s.meanAvant === null && s.progression === null)).toBe(true);
	});
});
