import type { QuizItem } from '../../src/lib/quiz-types';

const base = {
	objectives: ['cadre'],
	sectionHref: '/lecons/01-test/#modes',
	sectionTitle: 'Leçon test — Modes',
};

/** One question of each type, written like the bank's. */
export const single: QuizItem = {
	...base,
	id: 'q-single',
	type: 'single',
	prompt: 'Combien de modes d’accès Chorus Pro propose-t-il ?',
	explanation: 'Portail, EDI et API : trois modes.',
	options: [
		{ id: 'deux', text: 'Deux', correct: false },
		{ id: 'trois', text: 'Trois', correct: true },
		{ id: 'quatre', text: 'Quatre', correct: false },
	],
};

export const multiple: QuizItem = {
	...base,
	id: 'q-multiple',
	type: 'multiple',
	prompt: 'Lesquels sont des modes d’accès ?',
	explanation: 'La qualification est un environnement de test, pas un mode.',
	options: [
		{ id: 'portail', text: 'Le portail', correct: true },
		{ id: 'edi', text: 'L’EDI', correct: true },
		{ id: 'qualif', text: 'La qualification', correct: false },
	],
};

export const truefalse: QuizItem = {
	...base,
	id: 'q-vf',
	type: 'truefalse',
	prompt: 'Chorus Pro est gratuit.',
	explanation: 'Son usage est gratuit.',
	answer: true,
};

export const ordering: QuizItem = {
	...base,
	id: 'q-ordre',
	type: 'ordering',
	prompt: 'Remettez le calendrier dans l’ordre.',
	explanation: 'Grandes entreprises, ETI, PME, micro-entreprises.',
	items: [
		{ id: 'ge', text: 'Grandes entreprises' },
		{ id: 'eti', text: 'ETI' },
		{ id: 'pme', text: 'PME' },
	],
};

export const matching: QuizItem = {
	...base,
	id: 'q-assoc',
	type: 'matching',
	prompt: 'Associez chaque mode à son usage.',
	explanation: 'Le portail pour saisir, l’EDI pour les gros volumes.',
	items: [
		{ id: 'portail', text: 'Mode portail', target: 'saisie' },
		{ id: 'edi', text: 'Mode EDI', target: 'volumes' },
	],
	targets: [
		{ id: 'saisie', text: 'Saisir ou déposer une facture' },
		{ id: 'volumes', text: 'Échanger des flux en gros volumes' },
	],
};
