import { describe, expect, test } from 'vitest';
import { everyText, fact, flat, json, lesson, question, questionText, section, text, typedProse, type Question } from './content-text';

/**
 * Issue 9, lessons 9 to 11: one text check per correction of the fact sheet's §11 that applies to
 * them (lessons, questions, exercise data, glossary). Each check reads the files as written, so a
 * later edit that brings the wrong claim back fails here. Their readability (« L’essentiel », main
 * path within the limit, the sections their programme bullets and questions link to) is checked
 * for every lesson in readability.test.ts.
 */

const LESSONS = {
	'09': 'content/lessons/09-deposer-factures.mdx',
	'10': 'content/lessons/10-tableau-de-bord-delais.mdx',
	'11': 'content/lessons/11-factures-retournees.mdx',
} as const;
const QUESTIONS = [
	'content/questions/09-deposer-factures.json',
	'content/questions/10-tableau-de-bord-delais.json',
	'content/questions/11-factures-retournees.json',
];
const EXERCISES = ['pratique-depot', 'simulateur-statuts', 'calcul-delai-paiement', 'pratique-retours', 'retours-causes-actions'].map(
	(id) => `content/exercises/${id}.json`,
);
const GLOSSARY = 'content/glossary/lecons-09-10.json';

/** The bank questions of these lessons, for checks that go through all of them. */
const allQuestions = () => QUESTIONS.flatMap((file) => json<Question[]>(file));
/** Every file of the group a learner can read. */
const GROUP_FILES = [...Object.values(LESSONS), ...QUESTIONS, ...EXERCISES, GLOSSARY];

describe('11.1 — B2B late-payment penalties: BCE + 10 points only « à défaut de taux contractuel »', () => {
	test('no text of lessons 9–11 says « au minimum » BCE + 10, and every « + 10 points » comes with « à défaut »', () => {
		for (const { file, body } of everyText(GROUP_FILES)) {
			expect(body, file).not.toMatch(/minimum[^.]{0,40}10 points/i);
		}
		// Lessons: each sentence typed with « 10 points » also says « à défaut ».
		for (const n of Object.keys(LESSONS) as (keyof typeof LESSONS)[]) {
			for (const sentence of typedProse(n).split(/(?<=[.!?])\s/)) {
				if (/10 points/.test(sentence)) expect(sentence, `leçon ${n}`).toMatch(/à défaut/);
			}
		}
		// Questions: a question that mentions « 10 points » also says « à défaut ».
		for (const q of allQuestions()) {
			if (/10 points/.test(questionText(q))) expect(questionText(q), q.id).toMatch(/à défaut/);
		}
	});

	test('the two lesson-10 questions on B2B penalties give both halves: « à défaut de taux » and at least 3 × the legal interest rate', () => {
		for (const id of ['l10-b2b-confusion', 'l10-ce-qui-est-du']) {
			const explanation = flat(question(id).explanation);

			expect(explanation, id).toMatch(/à défaut de taux/);
			expect(explanation, id).toMatch(/trois fois le taux d’intérêt légal/);
		}
		expect(flat(question('l10-b2b-confusion').explanation)).toMatch(/8 points \(R\. 2192-31 CCP\), sans option contractuelle/);
	});

	test('lesson 10 shows the B2B rule through its fact, in « L’indemnité forfaitaire… », not retyped as « pénalités : taux BCE + 10 points »', () => {
		expect(section('10', 'indemnite-reclamer')).toContain('<Fait id="b2b-plus-10-points" affichage="phrase" />');
		expect(lesson('10')).not.toContain('« pénalités : taux BCE + 10 points »');
	});

	test('the fact lesson 10 shows (corrected by the facts group) says « à défaut » and the 3 × floor', () => {
		const statement = flat(fact('b2b-plus-10-points').statement);

		expect(statement).toMatch(/à défaut/);
		expect(statement).toMatch(/trois fois le taux d’intérêt légal/);
	});
});

describe('11.12 — moratory rates cited as « calcul du cours : taux BCE + 8 points (R. 2192-31 CCP) », 10,40 % « à vérifier »', () => {
	test('lesson 10 gives the rates table that source, and marks the 2nd half of 2026 « à vérifier »', () => {
		const rates = section('10', 'interets-moratoires');

		expect(rates).toContain('« calcul du cours : taux BCE + 8 points (R. 2192-31 CCP) »');
		// The row shows the fact, whose note (« à vérifier ») <Fait> prints; the prose says it too.
		expect(rates).toMatch(/2e semestre 2026 \| <Fait id="taux-interets-2026-s2" \/>/);
		expect(rates).toMatch(/Le taux du 2e semestre 2026 est à vérifier/);
		expect(fact('taux-interets-2026-s2').confidence).not.toBe('sure');
		expect(fact('taux-interets-2026-s2').note).toMatch(/à vérifier/);
		expect(rates).not.toContain('Taux calculés pour ce cours à partir de l’historique');
	});

	test('the rate questions and the calculator say where the figure comes from, never the article alone', () => {
		for (const id of ['l10-taux-unique', 'l10-calcul-interets']) {
			const q = questionText(question(id));

			expect(q, id).toContain('calcul du cours : taux BCE + 8 points (R. 2192-31 CCP)');
			expect(q, id).not.toContain('taux calculé pour ce cours : 10,15 %');
		}
		const calculator = json<{ instructions: string }>('content/exercises/calcul-delai-paiement.json');

		expect(flat(calculator.instructions)).toMatch(/calcul du cours : taux BCE [^)]*\+ 8 points, R\. 2192-31 CCP/);
		expect(flat(calculator.instructions)).toMatch(/2e semestre 2026 est à vérifier/);
	});

	test('no text of the group types the 2nd-half-2026 rate as a bare figure', () => {
		for (const { file, body } of everyText(GROUP_FILES)) expect(body, file).not.toMatch(/10,40/);
	});
});

describe('11.9 — after a rejection: the accounting caveat; the refusal of an already deposited number, with its source', () => {
	test('lesson 11 shows both facts where it teaches the rejection, and no longer types the refusal without a source', () => {
		const rejection = section('11', 'rejetee');

		expect(rejection).toContain('<Fait id="numero-facture-deja-depose" affichage="phrase" />');
		expect(rejection).toContain('<Fait id="rejet-suite-comptable" affichage="phrase" />');
		expect(lesson('11')).not.toContain('Le portail refuse d’ailleurs un numéro de facture déjà déposé pour la même structure.');
	});

	test('lesson 9 cites the same sourced fact instead of « un message du type »', () => {
		expect(section('09', 'verifier-envoi')).toContain('<Fait id="numero-facture-deja-depose" affichage="phrase" />');
		expect(lesson('09')).not.toContain('avec un message du type');
	});

	test('the status simulator and the lesson-11 question that mention the refusal quote its message and name its source', () => {
		const refusal = '« Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure »';
		const simulator = flat(text('content/exercises/simulateur-statuts.json'));

		expect(simulator).not.toContain('serait refusé comme doublon');
		expect(simulator).toContain(`${refusal}, selon les bonnes pratiques de la Communauté Chorus Pro`);
		expect(flat(question('l11-rejet-nouveau-numero').explanation)).toContain(`${refusal} (Communauté Chorus Pro, bonnes pratiques)`);
		// The accounting side is left to the learner's accountant, never stated as the course's own rule.
		expect(simulator).toContain('Comment traiter la facture rejetée dans votre comptabilité : à voir avec votre comptable.');
	});

	test('the refusal is sure and sourced (Communauté, « Numéro de facture » [S17]); the accounting caveat is likely, with its note', () => {
		const refusal = fact('numero-facture-deja-depose');
		const accounting = fact('rejet-suite-comptable');

		expect(refusal.confidence).toBe('sure');
		expect(refusal.statement).toContain('« Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure »');
		expect(refusal.source.url).toBe('https://communaute.chorus-pro.gouv.fr/category/good-practices/?lang=en');
		expect(accounting.confidence).toBe('likely');
		expect(accounting.statement).toMatch(/avoir, continuité de la numérotation/);
		expect(accounting.note).toMatch(/comptable/);
		expect(accounting.phrasings?.length).toBeGreaterThan(0);
	});

	test('no lesson of the group restates the accounting caveat as its own prose (only through the fact, which carries the note)', () => {
		for (const n of Object.keys(LESSONS) as (keyof typeof LESSONS)[]) {
			const prose = typedProse(n).replace(/<NoteFormateur>[\s\S]*?<\/NoteFormateur>/g, ' ');
			for (const phrasing of fact('rejet-suite-comptable').phrasings ?? []) expect(prose, `leçon ${n}`).not.toContain(phrasing);
		}
	});
});

describe('11.10 — « Encaissée » is never called mandatory without the 2026 finance-law condition', () => {
	test('any text of the group that names « Encaissée » also says it is due only when VAT is payable on receipt', () => {
		for (const { file, body } of everyText(GROUP_FILES)) {
			if (/Encaissée/.test(body)) expect(body, file).toMatch(/exigible à l’encaissement/);
		}
	});
});

describe('11.11 — example identities', () => {
	/** Luhn check, as INSEE validates a SIREN or a SIRET. */
	const luhn = (digits: string) =>
		[...digits].reverse().reduce((sum, d, i) => {
			const n = Number(d) * (i % 2 ? 2 : 1);
			return sum + (n > 9 ? n - 9 : n);
		}, 0) % 10 === 0;

	test('no SIREN or SIRET of the group is INSEE’s example, starts with 1 or 2, fails its check digit, or goes without « fictif »', () => {
		for (const { file, body } of everyText(GROUP_FILES)) {
			expect(body, file).not.toMatch(/732 ?829 ?320/);
			for (const match of body.matchAll(/(?<![\d ])(\d{3} ?\d{3} ?\d{3}(?: ?\d{5})?)(?![\d])/g)) {
				const digits = match[1].replace(/ /g, '');
				if (digits.length !== 9 && digits.length !== 14) continue;

				expect(luhn(digits), `${file} : ${digits}`).toBe(true);
				expect(digits, file).not.toMatch(/^[12]/);
				expect(body, file).toMatch(/fictif|fictive/);
			}
		}
	});

	test('the exercises of the group say their companies and buyers are fictitious', () => {
		for (const id of ['simulateur-statuts', 'calcul-delai-paiement', 'retours-causes-actions']) {
			expect(text(`content/exercises/${id}.json`), id).toMatch(/fictif|fictive/);
		}
	});
});
