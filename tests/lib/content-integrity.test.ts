import { describe, expect, test } from 'vitest';
import { checkContentIntegrity, type ContentSnapshot } from '../../src/lib/content-integrity';
import { OBJECTIVE_IDS } from '../../src/schemas/common';
import type { Lesson } from '../../src/schemas/lesson';
import type { Question } from '../../src/schemas/question';

function lessonData(order: number, quiz: string, programme: Lesson['programme']): Lesson {
	return {
		title: `Leçon ${order}`,
		sequence: 1,
		order,
		objectives: ['cadre'],
		summary: 'Un résumé assez long pour le schéma.',
		sources: [{ label: 'AIFE', url: 'https://aife.economie.gouv.fr/' }],
		programme,
		quiz,
	};
}

function question(id: string, lesson: string, section: string, facts: string[] = ['fait-1']): ContentSnapshot['questions'][number] {
	const data: Question = {
		id,
		type: 'truefalse',
		answer: true,
		objectives: ['cadre'],
		lesson,
		section,
		prompt: 'Vrai ou faux ?',
		explanation: 'Parce que c’est écrit dans la leçon.',
		basis: { facts },
	};
	return { id, filePath: 'content/questions/banque.json', data };
}

/** A reserved evaluation question of `objective`, linked to lesson 01-a. */
function poolQuestion(objective: (typeof OBJECTIVE_IDS)[number], n: number): ContentSnapshot['pool'][number] {
	const id = `ev-${objective}-${n}`;
	const data: Question = {
		id,
		type: 'truefalse',
		answer: n % 2 === 0,
		objectives: [objective],
		lesson: '01-a',
		section: 'intro',
		prompt: `Situation ${n} pour l’objectif ${objective} : que faites-vous ?`,
		explanation: 'Parce que la leçon l’explique.',
		basis: { facts: ['fait-1'] },
	};
	return { id, filePath: `content/evaluation/${objective}.json`, data };
}

const bodyA = [
	'<Section id="intro" title="Introduction">',
	'Texte avec <Fait id="fait-1" /> et <Terme id="terme-1">un terme</Terme>.',
	'</Section>',
	'<Section id="detail" title="Détail">',
	'<Exercise id="ex-1" />',
	'Voir <LienLecon lesson="02-b" section="suite">la suite</LienLecon>.',
	'</Section>',
].join('\n');

const bodyB = '<Section id="suite" title="Suite">\nRetour à <LienLecon lesson="01-a">la leçon 1</LienLecon>.\n</Section>';

/** A small snapshot that passes every check: two written lessons, one bullet still pending. */
function snapshot(): ContentSnapshot {
	return {
		objectives: OBJECTIVE_IDS.map((id) => ({ id, data: {} })),
		lessons: [
			{
				id: '01-a',
				filePath: 'content/lessons/01-a.mdx',
				body: bodyA,
				data: lessonData(1, 'quiz-01', [
					{ bullet: 'b-a1', sections: ['intro'] },
					{ bullet: 'b-a2', sections: ['detail'] },
				]),
			},
			{
				id: '02-b',
				filePath: 'content/lessons/02-b.mdx',
				body: bodyB,
				data: lessonData(2, 'quiz-02', [{ bullet: 'b-b1', sections: ['suite'] }]),
			},
		],
		programme: [
			{ id: 'b-a1', data: { id: 'b-a1', sequence: 1, lessonNumber: 1, lesson: '01-a', text: 'Puce A1' } },
			{ id: 'b-a2', data: { id: 'b-a2', sequence: 1, lessonNumber: 1, lesson: '01-a', text: 'Puce A2' } },
			{ id: 'b-b1', data: { id: 'b-b1', sequence: 1, lessonNumber: 2, lesson: '02-b', text: 'Puce B1' } },
			{ id: 'b-c1', data: { id: 'b-c1', sequence: 2, lessonNumber: 3, lesson: '03-c', text: 'Puce C1' } },
		],
		facts: [
			{
				id: 'fait-1',
				data: { id: 'fait-1', statement: 'Un fait daté et sourcé.', value: '30 jours', numericValue: 30, source: { url: 'https://example.org', label: 'Source' }, confidence: 'sure', sheetRef: '6.2', checkedOn: '2026-11-28' },
			},
		],
		glossary: [
			{
				id: 'terme-1',
				filePath: 'content/glossary/*.json',
				data: { id: 'terme-1', term: 'Terme', aliases: [], definition: 'Une définition assez longue.', seeAlso: ['terme-2'], facts: ['fait-1'] },
			},
			{
				id: 'terme-2',
				filePath: 'content/glossary/*.json',
				data: { id: 'terme-2', term: 'Autre', aliases: [], definition: 'Une autre définition assez longue.', seeAlso: [], facts: [] },
			},
		],
		questions: [
			question('q-a1', '01-a', 'intro'),
			question('q-a2', '01-a', 'intro'),
			question('q-a3', '01-a', 'detail'),
			question('q-a4', '01-a', 'detail'),
			question('q-b1', '02-b', 'suite'),
			question('q-b2', '02-b', 'suite'),
		],
		quizzes: [
			{ id: 'quiz-01', filePath: 'content/quizzes/quiz-01.json', data: { title: 'Quiz 1', context: 'lesson', select: { by: 'lesson', lesson: '01-a' } } },
			{ id: 'quiz-02', filePath: 'content/quizzes/quiz-02.json', data: { title: 'Quiz 2', context: 'lesson', select: { by: 'ids', ids: ['q-b1', 'q-b2'] } } },
		],
		exercises: [
			{
				id: 'ex-1',
				filePath: 'content/exercises/ex-1.json',
				data: { kind: 'practice', title: 'Exercice', instructions: 'Répondez aux questions.', objectives: ['cadre'], minutes: 3, questions: ['q-a1'] },
			},
		],
		pool: OBJECTIVE_IDS.flatMap((o) => Array.from({ length: 8 }, (_, n) => poolQuestion(o, n + 1))),
		evaluations: [
			{ id: 'positionnement', data: { id: 'positionnement', title: 'Test de positionnement', intro: 'Pour savoir d’où vous partez.', perObjective: 2 } },
			{ id: 'finale', data: { id: 'finale', title: 'Évaluation finale', intro: 'Pour mesurer vos acquis.', perObjective: 3 } },
		],
		evaluationRule: { id: 'regle-evaluation', passMark: 0.8, validatedRight: 2 },
	};
}

const lessonA = (c: ContentSnapshot) => c.lessons[0]!;
const lessonB = (c: ContentSnapshot) => c.lessons[1]!;

describe('checkContentIntegrity', () => {
	test('finds no error in a consistent snapshot', () => {
		const content = snapshot();

		const report = checkContentIntegrity(content);

		expect(report.errors).toEqual([]);
	});

	test('lists as pending the bullets whose lesson is not written', () => {
		const content = snapshot();

		const report = checkContentIntegrity(content);

		expect(report.pending).toEqual([content.programme[3]!.data]);
	});

	test('lists no pending bullet once every lesson is written', () => {
		const content = snapshot();
		content.programme.pop();

		const report = checkContentIntegrity(content);

		expect(report.pending).toEqual([]);
		expect(report.errors).toEqual([]);
	});

	test('reports a missing objective in content/objectives.json', () => {
		const content = snapshot();
		content.objectives = content.objectives.filter((o) => o.id !== 'banque');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(["content/objectives.json › id : l'objectif « banque » manque"]);
	});

	test('reports two lessons with the same order, in both files', () => {
		const content = snapshot();
		lessonB(content).data.order = 1;

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			'content/lessons/01-a.mdx › order : numéro 1 déjà pris par 02-b',
			'content/lessons/02-b.mdx › order : numéro 1 déjà pris par 01-a',
		]);
	});

	test('reports a lesson whose quiz does not exist', () => {
		const content = snapshot();
		lessonA(content).data.quiz = 'quiz-absent';

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/lessons/01-a.mdx › quiz : quiz « quiz-absent » inconnu']);
	});

	test('names the entry id when the entry has no file path', () => {
		const content = snapshot();
		delete lessonA(content).filePath;
		lessonA(content).data.quiz = 'quiz-absent';

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['01-a › quiz : quiz « quiz-absent » inconnu']);
	});

	test('reports a lesson that no programme bullet points to', () => {
		const content = snapshot();
		content.programme = content.programme.filter((b) => b.data.lesson !== '02-b');
		lessonB(content).data.programme = [{ bullet: 'b-a1', sections: ['suite'] }];
		content.questions.push(question('q-b3', '02-b', 'suite'));

		const { errors } = checkContentIntegrity(content);

		expect(errors).toContain(
			'content/lessons/02-b.mdx › id : aucune puce du programme (content/programme.json) ne désigne cette leçon'
		);
	});

	test('reports a covered bullet that does not exist', () => {
		const content = snapshot();
		lessonA(content).data.programme.push({ bullet: 'b-inconnue', sections: ['intro'] });

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/lessons/01-a.mdx › programme[2].bullet : puce « b-inconnue » inconnue']);
	});

	test('reports a covered bullet that belongs to another lesson', () => {
		const content = snapshot();
		lessonB(content).data.programme.push({ bullet: 'b-a1', sections: ['suite'] });

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/lessons/02-b.mdx › programme[1].bullet : la puce « b-a1 » revient à la leçon 01-a']);
	});

	test('reports a covering section that the body does not contain', () => {
		const content = snapshot();
		lessonA(content).data.programme[0]!.sections.push('absente');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/lessons/01-a.mdx › programme[0].sections : pas de <Section id="absente">']);
	});

	test('reports a bullet with fewer than two bank questions', () => {
		const content = snapshot();
		content.questions = content.questions.filter((q) => q.id !== 'q-a4');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			"content/lessons/01-a.mdx › programme[1] : la puce « b-a2 » n'a que 1 question(s) dans la banque (2 au moins)",
		]);
	});

	test('does not count questions on the right section of another lesson', () => {
		const content = snapshot();
		content.questions = content.questions.filter((q) => !['q-a3', 'q-a4'].includes(q.id));
		lessonB(content).body += '\n<Section id="detail" title="Homonyme">\n</Section>';
		content.questions.push(question('q-b3', '02-b', 'detail'), question('q-b4', '02-b', 'detail'));

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			"content/lessons/01-a.mdx › programme[1] : la puce « b-a2 » n'a que 0 question(s) dans la banque (2 au moins)",
		]);
	});

	test('reports a bullet of the lesson that no section covers', () => {
		const content = snapshot();
		lessonA(content).data.programme.pop();

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(["content/lessons/01-a.mdx › programme : la puce « b-a2 » n'est couverte par aucune section"]);
	});

	test('reports a bullet of another sequence than its lesson', () => {
		const content = snapshot();
		content.programme[2]!.data.sequence = 2;

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/lessons/02-b.mdx › sequence : la puce « b-b1 » est de la séquence 2']);
	});

	test.each([
		['<Fait id="fait-absent" />', 'content/lessons/01-a.mdx › <Fait id="fait-absent"> : fait inconnu'],
		['<Terme id="terme-absent">x</Terme>', 'content/lessons/01-a.mdx › <Terme id="terme-absent"> : terme inconnu'],
		['<Exercise id="ex-absent" />', 'content/lessons/01-a.mdx › <Exercise id="ex-absent"> : exercice inconnu'],
		['<LienLecon lesson="09-z">x</LienLecon>', 'content/lessons/01-a.mdx › <LienLecon lesson="09-z"> : leçon inconnue'],
		[
			'<LienLecon lesson="02-b" section="nulle-part">x</LienLecon>',
			'content/lessons/01-a.mdx › <LienLecon section="nulle-part"> : ancre absente de 02-b',
		],
		['<Section id="intro" title="Encore">', 'content/lessons/01-a.mdx › Section id="intro" : ancre en double'],
	])('reports %s in a lesson body', (tag, expected) => {
		const content = snapshot();
		lessonA(content).body += `\n${tag}\n`;

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([expected]);
	});

	test('accepts a link to a section of the same lesson', () => {
		const content = snapshot();
		lessonA(content).body += '\n<LienLecon lesson="01-a" section="intro">plus haut</LienLecon>\n';

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([]);
	});

	test('reports a question about an unknown lesson', () => {
		const content = snapshot();
		content.questions.push(question('q-x', '09-z', 'intro'));

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/questions/banque.json › lesson : leçon « 09-z » inconnue']);
	});

	test('reports a question about a section the lesson does not have', () => {
		const content = snapshot();
		content.questions.push(question('q-x', '02-b', 'intro'));

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/questions/banque.json › section : pas de <Section id="intro"> dans 02-b']);
	});

	test('reports a question resting on an unknown fact', () => {
		const content = snapshot();
		content.questions.push(question('q-x', '02-b', 'suite', ['fait-1', 'fait-absent']));

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/questions/banque.json › basis.facts : fait « fait-absent » inconnu']);
	});

	test('reports a quiz selecting an unknown lesson', () => {
		const content = snapshot();
		content.quizzes[0]!.data.select = { by: 'lesson', lesson: '09-z' };

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/quizzes/quiz-01.json › select.lesson : leçon « 09-z » inconnue']);
	});

	test('reports each unknown question id a quiz selects', () => {
		const content = snapshot();
		content.quizzes[1]!.data.select = { by: 'ids', ids: ['q-b1', 'q-absente', 'q-autre'] };

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			'content/quizzes/quiz-02.json › select.ids : question « q-absente » inconnue',
			'content/quizzes/quiz-02.json › select.ids : question « q-autre » inconnue',
		]);
	});

	test('reports an exercise asking an unknown question', () => {
		const content = snapshot();
		const exercise = content.exercises[0]!.data;
		if (exercise.kind === 'practice') exercise.questions.push('q-absente');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/exercises/ex-1.json › questions : question « q-absente » inconnue']);
	});

	test('reports an exercise announcing an objective none of its questions carries', () => {
		const content = snapshot();
		content.exercises[0]!.data.objectives.push('banque');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/exercises/ex-1.json › objectives : aucune de ses questions ne porte l\'objectif « banque »']);
	});

	test('reports a password exercise whose rule fact is unknown', () => {
		const content = snapshot();
		content.exercises.push({
			id: 'mdp',
			filePath: 'content/exercises/mdp.json',
			data: { kind: 'password', title: 'Mot de passe', instructions: 'Composez un mot de passe.', objectives: ['compte'], minutes: 2, minLength: 12, minCharacterTypes: 3, ruleFact: 'regle-absente' },
		});

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/exercises/mdp.json › ruleFact : fait « regle-absente » inconnu']);
	});

	test('reports a structure scenario whose SIRET fails the Luhn key: the case must be realistic', () => {
		const content = snapshot();
		const structure = { id: 'siege', name: 'Siège (entreprise fictive)', siret: '12345678912345' };
		content.exercises.push({
			id: 'structure',
			filePath: 'content/exercises/structure.json',
			data: { kind: 'structure', title: 'Structure', instructions: 'Administrez la structure.', objectives: ['compte'], minutes: 10, scenario: { structures: [structure] } } as never,
		});

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/exercises/structure.json › scenario.structures[0].siret : SIRET 12345678912345 invalide (clé de Luhn)']);
	});

	test('reports a payment-delay exercise whose facts are unknown or have no number', () => {
		const content = snapshot();
		content.facts.push({ id: 'sans-nombre', data: { ...content.facts[0]!.data, id: 'sans-nombre', numericValue: undefined } });
		content.exercises.push({
			id: 'delai',
			filePath: 'content/exercises/delai.json',
			data: {
				kind: 'payment-delay',
				title: 'Délai de paiement',
				instructions: 'Calculez le délai.',
				objectives: ['suivi'],
				minutes: 8,
				data: {
					buyerTypes: [
						{ id: 'etat', label: 'État', delayFact: 'fait-1' },
						{ id: 'sante', label: 'Santé', delayFact: 'fait-absent' },
						{ id: 'epic', label: 'Entreprise publique', delayFact: 'sans-nombre' },
					],
					rateFacts: ['fait-1'],
					indemnityFact: 'fait-1',
					interruptionFact: 'fait-1',
					cases: [
						{ id: 'c1', text: 'Un cas à calculer.', buyerType: 'etat', receiptDate: '2026-01-05', paymentDate: '2026-02-10', amountTTC: 100 },
						{ id: 'c2', text: 'Un autre cas.', buyerType: 'mairie', receiptDate: '2026-01-05', paymentDate: '2026-02-10', amountTTC: 100 },
					],
				},
			},
		});

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			'content/exercises/delai.json › data.buyerTypes.delayFact : fait « fait-absent » inconnu',
			'content/exercises/delai.json › data.buyerTypes.delayFact : le fait « sans-nombre » n\'a pas de numericValue',
			'content/exercises/delai.json › data.rateFacts : le taux « fait-1 » n\'a pas de date (effectiveDate)',
			'content/exercises/delai.json › data.cases[1].buyerType : type d\'acheteur « mairie » inconnu',
		]);
	});

	test('reports a cadre guide with a loop, and a works pointer to a lesson that is neither written nor planned', () => {
		const content = snapshot();
		content.exercises.push({
			id: 'guide',
			filePath: 'content/exercises/guide.json',
			data: {
				kind: 'cadre-chooser',
				title: 'Choisir le cadre',
				instructions: 'Répondez aux questions.',
				objectives: ['depot'],
				minutes: 10,
				data: {
					start: 'q1',
					nodes: [
						{ id: 'q1', question: 'Qui êtes-vous ?', options: [{ text: 'Fournisseur', result: { code: 'A1', label: 'Dépôt par un fournisseur d’une facture' } }, { text: 'Autre', next: 'q2' }] },
						{ id: 'q2', question: 'Et encore ?', options: [{ text: 'Retour', next: 'q1' }, { text: 'Travaux', result: { code: 'A4', label: 'Projet de décompte mensuel', seeLesson: { lesson: '99-inconnue' } } }] },
					],
					situations: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: 'Une situation à classer.', expected: 'A1', why: 'Parce que c’est ainsi.' })),
				},
			},
		});

		const { errors } = checkContentIntegrity(content);

		expect(errors.some((e) => e.startsWith('content/exercises/guide.json › data.nodes (') && /boucle|cycle/i.test(e))).toBe(true);
		expect(errors).toContain('content/exercises/guide.json › data.nodes : leçon « 99-inconnue » ni écrite ni prévue au programme');
	});

	test('reports a glossary seeAlso to an unknown term', () => {
		const content = snapshot();
		content.glossary[1]!.data.seeAlso.push('terme-absent');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/glossary/*.json › seeAlso : terme « terme-absent » inconnu']);
	});

	test('reports a glossary term resting on an unknown fact', () => {
		const content = snapshot();
		content.glossary[1]!.data.facts.push('fait-absent');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual(['content/glossary/*.json › facts : fait « fait-absent » inconnu']);
	});
});

describe('the reserved evaluation pool', () => {
	test('an objective with fewer than eight questions fails the build, naming the objective', () => {
		const content = snapshot();
		content.pool = content.pool.filter((q) => q.id !== 'ev-banque-1');

		const { errors } = checkContentIntegrity(content);

		expect(errors).toContain('content/evaluation : l’objectif « banque » a 7 question(s), il en faut au moins 8');
	});

	test('a pool question shown in a lesson, a quiz or an exercise is refused, by id or by prompt', () => {
		const content = snapshot();
		content.pool[0]!.id = 'q-a1';
		content.pool[1]!.data.prompt = 'Vrai ou faux ?';
		lessonA(content).body += `\n${content.pool[2]!.data.prompt.replace('’', "'")}`;

		const { errors } = checkContentIntegrity(content);

		expect(errors).toContain('content/evaluation/cadre.json › q-a1 › id : déjà utilisé par une question ou un exercice des leçons');
		expect(errors).toContain('content/evaluation/cadre.json › ev-cadre-2 › prompt : ce texte figure déjà dans une leçon, un quiz ou un exercice');
		expect(errors).toContain('content/evaluation/cadre.json › ev-cadre-3 › prompt : ce texte figure déjà dans une leçon, un quiz ou un exercice');
	});

	test('a missing section, an unknown fact, two objectives and an impossible threshold are named', () => {
		const content = snapshot();
		content.pool[0]!.data.section = 'absente';
		content.pool[1]!.data.basis.facts = ['fait-absent'];
		content.pool[2]!.data.objectives = ['cadre', 'banque'];
		content.evaluationRule = { id: 'regle-evaluation', passMark: 0.8, validatedRight: 4 };

		const { errors } = checkContentIntegrity(content);

		expect(errors).toEqual([
			'content/evaluation/cadre.json › ev-cadre-1 › section : pas de <Section id="absente"> dans 01-a',
			'content/evaluation/cadre.json › ev-cadre-2 › basis.facts : fait « fait-absent » inconnu',
			'content/evaluation/cadre.json › ev-cadre-3 › objectives : une question d’évaluation porte un seul objectif',
			'content/mastery.json › regle-evaluation › validatedRight : 4 bonnes réponses exigées pour 3 questions par objectif',
		]);
	});

	test('a draw the pool cannot supply fails: a final of 7 per objective after a positioning of 2', () => {
		const content = snapshot();
		content.evaluations[1]!.data.perObjective = 7;

		const { errors } = checkContentIntegrity(content);

		expect(errors).toContain('content/evaluation : l’objectif « cadre » a 8 question(s), il en faut au moins 9');
		expect(errors).toContain('content/evaluation : l’objectif «\u00a0cadre\u00a0» n’a que 6 question(s) disponible(s) dans la banque d’évaluation, il en faut 7');
	});
});
