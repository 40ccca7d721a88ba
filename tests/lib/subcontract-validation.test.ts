import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	agoText,
	answerProblem,
	BLANK_ANSWER,
	caseStatus,
	dateProblems,
	daysBetween,
	evidenceText,
	isDecision,
	readAnswer,
	RECEPTION_LABEL,
	scoreCase,
	scoreCases,
	solutionAnswer,
	solutionAnswers,
	STATUS_LABEL,
	verdictText,
} from '../../src/lib/subcontract-validation';
import { ExerciseSchema } from '../../src/schemas/exercise';
import { RECEPTION_LABEL as SCHEMA_RECEPTION_LABEL, SubcontractValidationSchema, type SubcontractValidationData } from '../../src/schemas/subcontract-validation';

/** The exercise as lesson 12 places it: the real cases are the test cases. */
const file = JSON.parse(readFileSync('content/exercises/factures-a-valider.json', 'utf-8'));
const data: SubcontractValidationData = SubcontractValidationSchema.parse(file.data);
const byId = (id: string) => {
	const found = data.cases.find((c) => c.id === id);
	if (!found) throw new Error(`cas ${id} absent de factures-a-valider.json`);
	return found;
};
const plafond = byId('espaces-verts-plafond');
const conforme = byId('vitres-novembre');
const tacite = byId('espaces-verts-tacite');
const mandataire = byId('formations-alpha-a12');

describe('the exercise’s data', () => {
	test('is a valid « subcontract-validation » exercise on the sub-contracting objective', () => {
		const parsed = ExerciseSchema.parse(file);

		expect(parsed.kind).toBe('subcontract-validation');
		expect(parsed.objectives).toEqual(['sous-co']);
	});

	test('has at least 5 cases, some to refuse, some to validate, one tacit validation and one A12 for the mandataire', () => {
		expect(data.cases.length).toBeGreaterThanOrEqual(5);
		expect(data.cases.filter((c) => c.decision === 'refuser').length).toBeGreaterThanOrEqual(2);
		expect(data.cases.filter((c) => c.decision === 'valider').length).toBeGreaterThanOrEqual(2);
		expect(data.cases.some((c) => c.decision === 'tacite')).toBe(true);
		expect(data.cases.some((c) => c.cadre === 'A12' && c.validator === 'mandataire')).toBe(true);
	});

	test('each case’s reception date fits its decision: the titulaire’s 15 days, no delay for the mandataire', () => {
		expect(dateProblems(data)).toEqual([]);
	});

	test('a tacit validation dated within the 15 days, or one for the mandataire, is reported', () => {
		const early = { ...data, cases: [{ ...tacite, receivedOn: '2026-11-25' }, { ...mandataire, decision: 'tacite' as const }] };

		expect(dateProblems(early)).toEqual([
			'espaces-verts-tacite\u00a0: reçue il y a 9\u00a0jours, le délai du titulaire court encore',
			'formations-alpha-a12\u00a0: aucune validation tacite n’est connue pour le mandataire',
		]);
	});
});

describe('SubcontractValidationSchema', () => {
	const clone = (): any => structuredClone(file.data);

	test('a refusal needs a reason from the list; a validation takes none', () => {
		const d = clone();
		delete d.cases[1].reason;
		d.cases[0].reason = 'plafond';
		d.cases[3].reason = 'inconnu';
		const paths = SubcontractValidationSchema.safeParse(d).error?.issues.map((i) => i.path.join('.'));

		expect(paths).toEqual(expect.arrayContaining(['cases.1.reason', 'cases.0.reason', 'cases.3.reason']));
	});

	test('evidence must point to a field of a document of the case (or the first document’s reception day)', () => {
		const d = clone();
		d.cases[0].evidence = [{ document: 'acte', field: 'Montant minimal HT' }, { document: 'ailleurs', field: 'Objet' }, { document: 'demande', field: SCHEMA_RECEPTION_LABEL }];
		const paths = SubcontractValidationSchema.safeParse(d).error?.issues.map((i) => i.path.join('.'));

		expect(paths).toEqual(['cases.0.evidence.0.field', 'cases.0.evidence.1.document']);
	});

	test('an A12 is validated by the mandataire, an A9 by the titulaire', () => {
		const d = clone();
		d.cases[0].validator = 'mandataire';

		expect(SubcontractValidationSchema.safeParse(d).error?.issues.map((i) => i.path.join('.'))).toEqual(['cases.0.validator']);
	});

	test('the widget’s reception label is the schema’s', () => {
		expect(RECEPTION_LABEL).toBe(SCHEMA_RECEPTION_LABEL);
	});
});

describe('scoreCase', () => {
	test('the right decision, with the right reason for a refusal, scores 1 out of 1', () => {
		expect(scoreCase(plafond, { decision: 'refuser', reason: 'plafond' })).toEqual({ caseId: plafond.id, decisionOk: true, reasonOk: true, score: 1, max: 1 });
		expect(scoreCase(conforme, { decision: 'valider', reason: '', confirmed: true, comment: 'Conforme.' })).toEqual({ caseId: conforme.id, decisionOk: true, reasonOk: null, score: 1, max: 1 });
		expect(scoreCase(tacite, { decision: 'tacite', reason: '' }).score).toBe(1);
	});

	test('a wrong decision scores 0, whatever the reason', () => {
		expect(scoreCase(plafond, { decision: 'valider', reason: '' })).toMatchObject({ decisionOk: false, reasonOk: null, score: 0 });
		expect(scoreCase(conforme, { decision: 'refuser', reason: 'plafond' })).toMatchObject({ decisionOk: false, reasonOk: null, score: 0 });
		// Too late to refuse: the request was tacitly validated.
		expect(scoreCase(tacite, { decision: 'refuser', reason: 'plafond' }).score).toBe(0);
		// No delay is known for the mandataire: « tacite » is wrong there.
		expect(scoreCase(mandataire, { decision: 'tacite', reason: '' }).score).toBe(0);
	});

	test('a refusal with the wrong reason scores 0, the decision judged right', () => {
		const verdict = scoreCase(plafond, { decision: 'refuser', reason: 'hors-part' });

		expect(verdict).toMatchObject({ decisionOk: true, reasonOk: false, score: 0 });
		expect(verdictText(verdict)).toBe('✗ À revoir (décision juste, motif à revoir).');
	});

	test('an empty or unreadable answer scores 0 and never throws', () => {
		for (const raw of [undefined, null, 42, 'valider', [], { decision: 7 }, { decision: 'valider ', reason: null }, BLANK_ANSWER]) {
			expect(scoreCase(conforme, raw)).toMatchObject({ decisionOk: false, score: 0 });
		}
	});

	test('the verdict is said in words, never by colour alone', () => {
		expect(verdictText(scoreCase(conforme, { decision: 'valider', confirmed: true }))).toBe('✓ Juste.');
		expect(verdictText(scoreCase(conforme, { decision: 'tacite', reason: '' }))).toBe('✗ À revoir (décision à revoir).');
	});
});

describe('answerProblem and readAnswer', () => {
	test('no decision, an unknown decision, a refusal without reason or a validation without the role box cannot be checked', () => {
		expect(answerProblem(BLANK_ANSWER)).toBe('Choisissez une décision.');
		expect(answerProblem({ decision: 'accepter', reason: '' })).toBe('Choisissez une décision.');
		expect(answerProblem(null)).toBe('Choisissez une décision.');
		expect(answerProblem({ decision: 'refuser', reason: '' })).toBe('Choisissez le motif du refus.');
		expect(answerProblem({ decision: 'valider' })).toBe('Cochez «\u00a0vous êtes titulaire\u00a0» pour enregistrer la validation.');
		expect(answerProblem({ decision: 'valider', confirmed: 'oui' }, 'mandataire')).toBe('Cochez «\u00a0vous êtes mandataire\u00a0» pour enregistrer la validation.');
		expect(answerProblem({ decision: 'valider', confirmed: true })).toBeNull();
		expect(answerProblem({ decision: 'refuser', reason: 'plafond' })).toBeNull();
		// « Ne rien faire » asks for nothing more: the portal has nothing left to save.
		expect(answerProblem({ decision: 'tacite' })).toBeNull();
	});

	test('readAnswer keeps strings and a true box only; isDecision knows the three decisions and nothing inherited', () => {
		expect(readAnswer({ decision: 'valider', reason: 3, confirmed: 1, comment: ['x'] })).toEqual({ decision: 'valider', reason: '', confirmed: false, comment: '' });
		expect(readAnswer({ decision: 'valider', confirmed: true, comment: 'RAS' })).toEqual({ decision: 'valider', reason: '', confirmed: true, comment: 'RAS' });
		expect(readAnswer('valider')).toEqual(BLANK_ANSWER);
		expect(['valider', 'refuser', 'tacite'].every(isDecision)).toBe(true);
		expect(['toString', 'constructor', '', 'Valider'].some(isDecision)).toBe(false);
	});
});

describe('scoreCases and solutionAnswers', () => {
	test('the solution ticks the role box of every validation and scores every case; answers for unknown cases are ignored', () => {
		expect(Object.values(solutionAnswers(data)).every((a) => answerProblem(a) === null)).toBe(true);
		const answers = { ...solutionAnswers(data), inconnu: { decision: 'valider', reason: '' } };

		expect(scoreCases(data, answers)).toMatchObject({ score: data.cases.length, max: data.cases.length });
	});

	test('nothing answered scores 0 out of the number of cases', () => {
		expect(scoreCases(data, {})).toMatchObject({ score: 0, max: data.cases.length });
	});

	test('one wrong reason costs exactly its case', () => {
		const answers = { ...solutionAnswers(data), [plafond.id]: { decision: 'refuser', reason: 'non-accepte' } };
		const result = scoreCases(data, answers);

		expect(result.score).toBe(data.cases.length - 1);
		expect(result.cases.filter((v) => v.score === 0).map((v) => v.caseId)).toEqual([plafond.id]);
	});
});

describe('solutionAnswer and caseStatus (the list of cases)', () => {
	test('one case’s solution is right, complete, and ticks the role box only for a validation', () => {
		for (const c of data.cases) {
			expect(scoreCase(c, solutionAnswer(c)).score, c.id).toBe(1);
			expect(answerProblem(solutionAnswer(c), c.validator), c.id).toBeNull();
		}
		expect(solutionAnswer(plafond)).toEqual({ decision: 'refuser', reason: plafond.reason, confirmed: false, comment: '' });
		expect(solutionAnswer(conforme).confirmed).toBe(true);
	});

	test('a case is « non fait » until anything is answered, « à vérifier » once begun, judged once checked, « solution vue » once revealed', () => {
		expect(caseStatus('answering', null, BLANK_ANSWER)).toBe('non-fait');
		expect(caseStatus('answering', null, { ...BLANK_ANSWER, comment: '   ' })).toBe('non-fait');
		expect(caseStatus('answering', null, { ...BLANK_ANSWER, decision: 'refuser' })).toBe('commence');
		expect(caseStatus('checked', scoreCase(plafond, solutionAnswer(plafond)), solutionAnswer(plafond))).toBe('juste');
		expect(caseStatus('checked', scoreCase(plafond, { decision: 'refuser', reason: 'non-accepte' }), {})).toBe('revoir');
		expect(caseStatus('revealed', null, solutionAnswer(plafond))).toBe('solution');
	});

	test('bad input never throws: an unreadable answer is « non fait »', () => {
		for (const raw of [null, undefined, 42, 'valider', { decision: 7 }]) expect(caseStatus('answering', null, raw)).toBe('non-fait');
	});

	test('every status is said in words, the judged ones with a sign as well as colour', () => {
		expect(Object.values(STATUS_LABEL).every((t) => t.trim().length > 0)).toBe(true);
		expect(STATUS_LABEL.juste.startsWith('✓')).toBe(true);
		expect(STATUS_LABEL.revoir.startsWith('✗')).toBe(true);
	});
});

describe('dates and evidence', () => {
	test('daysBetween counts calendar days, across months', () => {
		expect(daysBetween('2026-11-10', '2026-12-04')).toBe(24);
		expect(daysBetween('2026-12-04', '2026-12-04')).toBe(0);
		expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
	});

	test('agoText says it in French', () => {
		expect([agoText(0), agoText(1), agoText(24)]).toEqual(['aujourd’hui', 'hier', 'il y a 24\u00a0jours']);
	});

	test('evidenceText names each document and field', () => {
		expect(evidenceText(plafond)).toBe(
			'Acte spécial de sous-traitance n° 2 et votre suivi (vos dossiers) › Montant maximal HT\u202f; Acte spécial de sous-traitance n° 2 et votre suivi (vos dossiers) › Déjà validé avant cette demande (HT)\u202f; Demande de paiement (écran de la facture) › Montant HT'
		);
		expect(evidenceText(tacite)).toBe(`Demande de paiement (écran de la facture) › ${RECEPTION_LABEL}`);
	});
});
