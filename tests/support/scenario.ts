import { StructureScenarioSchema, type StructureScenario } from '../../src/schemas/structure-scenario';

/** A small structure-builder case where every kind of mistake can happen. */
export const scenario: StructureScenario = StructureScenarioSchema.parse({
	context: 'Cas fictif : la société Bâtir Ensemble a deux établissements sur Chorus Pro et trois collègues.',
	structures: [
		{ id: 'siege', name: 'Bâtir Ensemble — siège', siret: '48163925000010' },
		{ id: 'agence', name: 'Bâtir Ensemble — agence', siret: '48163925000028' },
	],
	services: [
		{ id: 'compta', structure: 'siege', code: 'COMPTA', label: 'Comptabilité' },
		{ id: 'travaux', structure: 'siege', code: 'TRAV', label: 'Travaux' },
	],
	profiles: [
		{ id: 'orga-modif', label: 'Organisation modification', description: 'Modifier la structure et gérer les utilisateurs.', indicative: false },
		{ id: 'fe-modif', label: 'Factures émises modification', description: 'Saisir, déposer et suivre les factures.', indicative: true, deposits: true },
		{ id: 'fe-consult', label: 'Factures émises consultation', description: 'Consulter les factures sans les modifier.', indicative: true },
	],
	people: [
		{ id: 'claire', name: 'Claire Martin', role: 'comptable, dépose les factures', activeAccount: true },
		{ id: 'paul', name: 'Paul Durand', role: 'assistant, consulte les factures', activeAccount: true },
		{ id: 'inconnu', name: 'J. Dupont', role: 'inconnu de l’entreprise', activeAccount: true },
	],
	requests: [
		{ id: 'r-paul', person: 'paul', structure: 'siege', services: ['compta'], message: 'Je suis le nouvel assistant.', expected: 'accepter', why: 'Paul travaille dans l’entreprise.' },
		{ id: 'r-inconnu', person: 'inconnu', structure: 'siege', message: 'Merci de valider.', expected: 'refuser', why: 'Personne ne le connaît.' },
	],
	users: [
		{ person: 'claire', structure: 'siege', required: ['fe-modif'], forbidden: ['orga-modif'], services: ['compta'], why: 'Claire dépose les factures.' },
		{ person: 'paul', structure: 'siege', required: ['fe-consult'], forbidden: ['orga-modif', 'fe-modif'], services: ['compta'], why: 'Paul consulte seulement.' },
	],
	decision: {
		question: 'Le gestionnaire principal est parti. Que faites-vous ?',
		options: [
			{ id: 'support', text: 'Demander au support de désigner un nouveau GP', correct: true, why: 'Seul le support peut le faire.' },
			{ id: 'soi-meme', text: 'Transférer le rôle soi-même', correct: false, why: 'Seul le GP en place peut transférer son rôle.' },
		],
	},
});
