// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { QuizItem } from '../../src/lib/quiz-types';
import { createSafeStorage } from '../../src/lib/storage';
import { $runs } from '../../src/stores/evaluation';
import { connectStorage, resetProgress } from '../../src/stores/progress';
import EvaluationExam from '../../src/widgets/evaluation/EvaluationExam';
import { FakeStorage } from '../support/fake-storage';

const objectives = ['cadre', 'banque'];
/** Eight true/false questions per objective; the right answer is « Vrai » for even numbers. */
const items: QuizItem[] = objectives.flatMap((o) =>
	Array.from({ length: 8 }, (_, n) => ({
		id: `ev-${o}-${n}`,
		type: 'truefalse' as const,
		answer: n % 2 === 0,
		prompt: `Situation ${n} (${o}) : vrai ou faux ?`,
		explanation: `Explication ${o} ${n}.`,
		objectives: [o],
		sectionHref: '/lecons/01/#intro',
		sectionTitle: 'Leçon 1 — Intro',
	}))
);
const props = {
	kind: 'finale' as const,
	perObjective: 3,
	objectives,
	labels: { cadre: 'Cadre', banque: 'Banque' },
	rule: { passMark: 0.8, validatedRight: 2 },
	minutes: 6,
	poolUrl: '/evaluation/banque.json',
	correctionUrl: '/evaluation/correction/',
};

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	resetProgress();
	vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ version: 'v-test', items }))));
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const questions = () => [...document.querySelectorAll<HTMLFieldSetElement>('.exam [data-question]')];
const choose = (box: HTMLElement, label: 'Vrai' | 'Faux') => fireEvent.click(box.querySelector(`input[value="${label === 'Vrai' ? 'vrai' : 'faux'}"]`) as HTMLInputElement);
const rightLabel = (id: string) => (items.find((i) => i.id === id)?.type === 'truefalse' && (items.find((i) => i.id === id) as { answer: boolean }).answer ? 'Vrai' : 'Faux');

describe('EvaluationExam', () => {
	test('draws 3 per objective for this learner, shows no check, solution or feedback, and counts what is left', async () => {
		render(<EvaluationExam {...props} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Commencer l’évaluation finale' }));

		await waitFor(() => expect(questions()).toHaveLength(6));
		// The start button is gone: focus lands on the run's first line, not on the page.
		await waitFor(() => expect(document.activeElement?.classList.contains('exam-run')).toBe(true));
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Voir la solution' })).toBeNull();
		choose(questions()[0] as HTMLElement, 'Faux');
		await waitFor(() => expect(screen.getByText('Questions sans réponse : 5 sur 6.')).toBeTruthy());
		expect(document.querySelector('.feedback, .mark')).toBeNull();
		expect($runs.get()[0]?.answers).toEqual({ [questions()[0]?.dataset.question as string]: { type: 'truefalse', value: false } });
		expect($runs.get()[0]?.completedAt).toBeUndefined();
	});

	test('« Terminer » asks first, names the blanks, and « Continuer à répondre » changes nothing', async () => {
		render(<EvaluationExam {...props} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Commencer l’évaluation finale' }));
		await waitFor(() => expect(questions()).toHaveLength(6));

		fireEvent.click(screen.getByRole('button', { name: 'Terminer l’évaluation' }));
		expect(screen.getByText(/6 questions restent sans réponse et compteront comme fausses/)).toBeTruthy();
		expect(screen.getAllByRole('link', { name: /Aller à la question/ })).toHaveLength(6);
		fireEvent.click(screen.getByRole('button', { name: 'Continuer à répondre' }));

		expect($runs.get()[0]?.completedAt).toBeUndefined();
		await waitFor(() => expect(document.activeElement?.textContent).toBe('Terminer l’évaluation'));
	});

	test('once confirmed, the run is scored and the correction shows the score, each objective and the explanations', async () => {
		const replace = vi.spyOn(window.history, 'replaceState');
		render(<EvaluationExam {...props} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Commencer l’évaluation finale' }));
		await waitFor(() => expect(questions()).toHaveLength(6));
		for (const box of questions()) {
			const id = box.dataset.question as string;
			// Every « cadre » question right, every « banque » one wrong.
			const right = rightLabel(id);
			choose(box, id.startsWith('ev-cadre') ? right : right === 'Vrai' ? 'Faux' : 'Vrai');
		}

		fireEvent.click(screen.getByRole('button', { name: 'Terminer l’évaluation' }));
		fireEvent.click(screen.getByRole('button', { name: 'Oui, terminer et voir la correction' }));

		await waitFor(() => expect(document.querySelector('.correction-score')?.textContent).toContain('Bonnes réponses\u00a0: 3 sur 6 (50\u00a0%)'));
		expect(screen.getByText(/seuil de réussite 80 % : pas encore atteint/)).toBeTruthy();
		expect(document.querySelector('tr[data-objective="cadre"] [data-validated]')?.textContent).toBe('✓ Validé');
		expect(document.querySelector('tr[data-objective="banque"] [data-validated]')?.textContent).toBe('✗ Non validé');
		expect(screen.getAllByText(/^Explication /)).toHaveLength(6);
		expect(document.activeElement?.id).toBe('correction-titre');
		expect(replace).toHaveBeenCalledWith(null, '', '/evaluation/correction/?run=finale-1');
		expect($runs.get()[0]?.completedAt).toBeTruthy();
	});

	test('a pool that cannot load says so in French and keeps the run', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
		render(<EvaluationExam {...props} poolUrl="/ailleurs/banque.json" />);

		expect((await screen.findByRole('alert')).textContent).toContain('Les questions n’ont pas pu être chargées (réponse 404)');
	});

	test('a cut connection is said in French, not with the browser’s « Failed to fetch »', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
		render(<EvaluationExam {...props} poolUrl="/hors-ligne/banque.json" />);

		const alert = (await screen.findByRole('alert')).textContent ?? '';
		expect(alert).toContain('Les questions n’ont pas pu être chargées (connexion impossible)');
		expect(alert).not.toContain('Failed to fetch');
	});
});
