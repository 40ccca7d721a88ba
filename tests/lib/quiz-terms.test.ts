import { describe, expect, test } from 'vitest';
import { lessonFileOf, quizTermProblems, repeatedTipIds, termsInQuizzes } from '../../src/lib/quiz-terms';

// A tipped term as components/mdx/Terme.astro renders it, and a plain one.
const tipped = (id: string) =>
	`<a class="term term-with-tip" href="/glossaire/#${id}" interestfor="infobulle-${id}" aria-describedby="infobulle-${id}-definition">mot</a>` +
	`<span id="infobulle-${id}" class="term-tip" popover="hint" data-term-tip="${id}"><span class="term-tip-term">Mot</span> <span id="infobulle-${id}-definition">Définition.</span> <a class="term-tip-link" href="/glossaire/#${id}">Voir dans le glossaire</a></span>`;
const plain = (id: string) => `<a class="term" href="/glossaire/#${id}">mot</a>`;

describe('termsInQuizzes', () => {
	test('finds nothing when the terms are in the lesson text, before and after the quiz', () => {
		const html = `<p>Le ${tipped('siret')} puis ${plain('siret')}.</p><section class="quiz-block" id="quiz"><h2>Quiz</h2><div class="quiz" data-quiz="q"><ol class="quiz-questions"><li><p>Qu’est-ce que le SIRET ?</p></li></ol></div></section><p>${plain('service')}</p>`;

		expect(termsInQuizzes(html)).toEqual([]);
	});

	test('finds a toggletip in a quiz question, and a plain link in a printed answer', () => {
		const html =
			`<section class="quiz-block" id="quiz"><div class="quiz" data-quiz="q"><ol class="quiz-questions"><li><p>Le ${tipped('siret')} a combien de chiffres ?</p></li></ol></div></section>` +
			`<section class="printed printed-corrige"><ol class="printed-answers"><li>b. ${plain('code-service')}</li></ol></section>`;

		expect(termsInQuizzes(html)).toEqual([
			{ termId: 'siret', quizClass: 'quiz', tip: true },
			{ termId: 'code-service', quizClass: 'printed-answers', tip: false },
		]);
	});

	test('finds a term in a projected question, and not after the quiz element has closed', () => {
		const html = `<section class="slide slide-quiz" data-kind="quiz"><div class="slide-body"><p class="room-prompt">${plain('ej')}</p><br><img src="x.png" alt=""></div></section><section class="slide">${plain('siret')}</section>`;

		expect(termsInQuizzes(html)).toEqual([{ termId: 'ej', quizClass: 'slide-quiz', tip: false }]);
	});

	test('does not take a class that only contains « quiz » for a quiz', () => {
		const html = `<p class="quiz-score">${plain('a')}</p><ol class="quiz-questions">${plain('b')}</ol>`;

		expect(termsInQuizzes(html)).toEqual([]);
	});
});

describe('repeatedTipIds', () => {
	test('names a toggletip id given twice in a page', () => {
		expect(repeatedTipIds(`<p>${tipped('siret')}</p><p>${tipped('siret')} ${tipped('ej')}</p>`)).toEqual(['infobulle-siret']);
		expect(repeatedTipIds(`<p>${tipped('siret')} ${plain('siret')}</p>`)).toEqual([]);
	});
});

describe('quizTermProblems', () => {
	test('names the lesson file of a lesson, projection or presenter page, else the page', () => {
		expect(lessonFileOf('/lecons/14-support/')).toBe('content/lessons/14-support.mdx');
		expect(lessonFileOf('/presentateur/08-champs-a-remplir/')).toBe('content/lessons/08-champs-a-remplir.mdx');
		expect(lessonFileOf('/quiz/sequence-1/')).toBeUndefined();
	});

	test('fails a lesson whose quiz holds a toggletip, naming the lesson file, the term and the quiz', () => {
		const pages = [
			{ path: '/lecons/14-support/', html: `<p>${tipped('claudia')}</p><section class="quiz-block"><p>${tipped('ticket-support')}</p></section>` },
			{ path: '/quiz/sequence-2/', html: `<section class="quiz-block"><div class="quiz"><p>${plain('siret')}</p></div></section>` },
			{ path: '/glossaire/', html: `<p>${plain('siret')}</p>` },
		];

		const problems = quizTermProblems(pages);

		expect(problems).toEqual([
			'content/lessons/14-support.mdx (page /lecons/14-support/) : l’infobulle du terme « ticket-support » est dans un quiz (.quiz-block) ; questions, options et corrections n’ont ni infobulle ni lien de glossaire',
			'/quiz/sequence-2/ : le lien de glossaire « siret » est dans un quiz (.quiz) ; questions, options et corrections n’ont ni infobulle ni lien de glossaire',
		]);
	});

	test('passes pages whose terms are all outside quizzes', () => {
		expect(quizTermProblems([{ path: '/lecons/01-a/', html: `<p>${tipped('a')} ${plain('a')}</p><section class="quiz-block"><p>Question ?</p></section>` }])).toEqual([]);
	});
});
