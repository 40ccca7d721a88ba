import { describe, expect, test } from 'vitest';
import {
	canAdvance,
	checkStep,
	chooseOption,
	correctOption,
	currentStep,
	dayDuration,
	dayLabel,
	findScenario,
	nextStep,
	reachedSteps,
	scoreSimulation,
	startSimulation,
	stepAnnouncement,
	summaryText,
	type SimulationState,
	type StatusScenario,
} from '../../src/lib/status-simulator';
import { StatusSimulatorSchema } from '../../src/schemas/sequence-2-widgets';

const data = StatusSimulatorSchema.parse({
	scenarios: [
		{
			id: 'rejet',
			title: 'Une facture rejetée',
			intro: 'Vous déposez la facture F-2026-118 pour la mairie de Lons.',
			steps: [
				{
					status: 'DEPOSEE',
					label: 'Déposée',
					day: 0,
					event: 'Chorus Pro intègre votre facture.',
					question: {
						prompt: 'Que prouve ce statut ?',
						options: [
							{ id: 'date', text: 'La date de dépôt', correct: true, why: 'Le certificat de dépôt la rend opposable.' },
							{ id: 'paye', text: 'Le paiement', correct: false, why: 'Rien n’est encore payé.' },
						],
					},
				},
				{
					status: 'MISE_A_DISPOSITION',
					label: 'Mise à disposition',
					day: 1,
					event: 'La mairie a reçu la facture dans son espace.',
					question: {
						prompt: 'Que faites-vous ?',
						options: [
							{ id: 'attendre', text: 'Rien, j’attends', correct: true, why: 'Le destinataire la traite.' },
							{ id: 'relancer', text: 'Je la redépose', correct: false, why: 'Ce serait un doublon.' },
						],
					},
				},
				{
					status: 'REJETEE',
					label: 'Rejetée',
					day: 3,
					event: 'La mairie rejette la facture : « cadre de facturation erroné ».',
					popup: true,
					question: {
						prompt: 'Que faites-vous ?',
						options: [
							{ id: 'meme-numero', text: 'Je corrige et renvoie sous le même numéro', correct: false, why: 'Ça, c’est pour « À recycler ».' },
							{ id: 'nouvelle', text: 'J’acquitte, je traite le rejet et j’émets une nouvelle facture', correct: true, why: 'Un rejet annule la facture.' },
						],
					},
				},
			],
		},
	],
});
const scenario = data.scenarios[0] as StatusScenario;

/** Ticks `optionId`, checks, and returns the new state. */
const answer = (state: SimulationState, optionId: string) => checkStep(scenario, chooseOption(state, optionId)).state;

describe('status simulator', () => {
	test('a run starts on the first step, nothing answered, the popup defaulted to false', () => {
		const state = startSimulation(scenario);

		expect(state).toEqual({ index: 0, selected: null, shown: null, firstAnswers: [null, null, null], finished: false });
		expect(currentStep(scenario, state).status).toBe('DEPOSEE');
		expect(scenario.steps[0]?.popup).toBe(false);
		expect(scenario.steps[2]?.popup).toBe(true);
	});

	test('checking with nothing ticked, or an unknown option, keeps nothing', () => {
		const start = startSimulation(scenario);

		expect(checkStep(scenario, start)).toEqual({ state: start, verdict: { kind: 'missing' } });
		expect(checkStep(scenario, chooseOption(start, 'inconnue')).verdict).toEqual({ kind: 'missing' });
		expect(canAdvance(chooseOption(start, 'inconnue'))).toBe(false);
	});

	test('the first checked answer is kept; checking another one shows its explanation only', () => {
		const wrong = checkStep(scenario, chooseOption(startSimulation(scenario), 'paye'));
		const retried = checkStep(scenario, chooseOption(wrong.state, 'date'));

		expect(wrong.verdict).toMatchObject({ kind: 'answered', correct: false, first: true, option: { why: 'Rien n’est encore payé.' } });
		expect(retried.verdict).toMatchObject({ kind: 'answered', correct: true, first: false });
		expect(retried.state.firstAnswers).toEqual(['paye', null, null]);
		expect(retried.state.shown).toBe('date');
	});

	test('ticking another option hides the explanation that no longer applies', () => {
		const checked = answer(startSimulation(scenario), 'paye');

		expect(chooseOption(checked, 'date')).toMatchObject({ selected: 'date', shown: null, firstAnswers: ['paye', null, null] });
	});

	test('« Étape suivante » is refused before a check, then moves on and clears the ticks', () => {
		const start = chooseOption(startSimulation(scenario), 'date');

		expect(nextStep(scenario, start)).toBe(start);
		const moved = nextStep(scenario, checkStep(scenario, start).state);
		expect(moved).toMatchObject({ index: 1, selected: null, shown: null, finished: false });
	});

	test('the timeline grows one status at a time and shows them all at the end', () => {
		let state = startSimulation(scenario);
		expect(reachedSteps(scenario, state).map((s) => s.label)).toEqual(['Déposée']);

		state = nextStep(scenario, answer(state, 'date'));
		expect(reachedSteps(scenario, state).map((s) => s.label)).toEqual(['Déposée', 'Mise à disposition']);

		state = nextStep(scenario, answer(state, 'attendre'));
		state = nextStep(scenario, answer(state, 'nouvelle'));
		expect(state.finished).toBe(true);
		expect(reachedSteps(scenario, state)).toHaveLength(3);
	});

	test('a finished run: 2 right first answers out of 3, and nothing moves any more', () => {
		let state = startSimulation(scenario);
		state = nextStep(scenario, answer(answer(state, 'paye'), 'date'));
		state = nextStep(scenario, answer(state, 'attendre'));
		state = nextStep(scenario, answer(state, 'nouvelle'));

		expect(scoreSimulation(scenario, state.firstAnswers)).toEqual({ score: 2, max: 3 });
		expect(nextStep(scenario, state)).toBe(state);
		expect(chooseOption(state, 'date')).toBe(state);
		expect(checkStep(scenario, state).verdict).toEqual({ kind: 'missing' });
	});

	test('score ignores unanswered steps and unknown ids', () => {
		expect(scoreSimulation(scenario, [null, null, null])).toEqual({ score: 0, max: 3 });
		expect(scoreSimulation(scenario, ['date', 'inconnue'])).toEqual({ score: 1, max: 3 });
	});

	test('the summary agrees in number', () => {
		expect(summaryText({ score: 5, max: 7 })).toBe('5 bonnes réponses sur 7');
		expect(summaryText({ score: 1, max: 7 })).toBe('1 bonne réponse sur 7');
		expect(summaryText({ score: 0, max: 3 })).toBe('0 bonne réponse sur 3');
	});

	test('days read « J+3 » and carry an ISO duration', () => {
		expect(dayLabel(3)).toBe('J+3');
		expect(dayLabel(0)).toBe('J+0');
		expect(dayDuration(3)).toBe('P3D');
	});

	test('the live region announces the new status with its position', () => {
		const atSecond = nextStep(scenario, answer(startSimulation(scenario), 'date'));
		const atThird = nextStep(scenario, answer(atSecond, 'attendre'));

		expect(stepAnnouncement(scenario, atThird)).toBe('Étape 3 sur 3, J+3 — nouveau statut\u00a0: Rejetée.');
	});

	test('the right option, and a stale scenario id falling back to the first scenario', () => {
		expect(correctOption(scenario.steps[2]!).id).toBe('nouvelle');
		expect(findScenario(data, 'rejet')).toBe(scenario);
		expect(findScenario(data, 'disparu')).toBe(scenario);
		expect(findScenario(data, null)).toBe(scenario);
	});
});
