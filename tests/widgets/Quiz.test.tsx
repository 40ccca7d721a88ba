// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import { requestReveal, setDemoMode } from '../../src/stores/session';
import Quiz from '../../src/widgets/quiz/Quiz';
import { FakeStorage } from '../support/fake-storage';
import { matching, multiple, ordering, single, truefalse } from './fixtures';

const attemptsOf = (id: string) => $progress.get().attempts[id] ?? [];
const question = (n: number) => screen.getByRole('group', { name: new RegExp(`^Question ${n} sur`) });
const status = () => screen.getByRole('status');

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
});
afterEach(() => cleanup());

describe('Quiz', () => {
	test('single choice: a wrong answer is announced « À revoir » with the explanation and recorded 0/1', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		const q = question(1);

		fireEvent.click(within(q).getByLabelText('Deux'));
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✗ À revoir')).toBeTruthy();
		expect(status().textContent).toContain('Question 1\u00a0: À revoir. Portail, EDI et API : trois modes.');
		expect(within(q).getByRole('link', { name: /Revoir la leçon/ }).getAttribute('href')).toBe('/lecons/01-test/#modes');
		expect(attemptsOf('q-single')).toMatchObject([{ score: 0, max: 1, outcome: 'scored', context: 'lesson', objectives: ['cadre'] }]);
	});

	test('single choice: changing to the right answer and checking again records 1/1 as practice (the correction was shown)', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		const q = question(1);
		fireEvent.click(within(q).getByLabelText('Deux'));
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(within(q).getByLabelText('Trois'));
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✓ Correct')).toBeTruthy();
		expect(attemptsOf('q-single').map((a) => [a.score, a.outcome])).toEqual([
			[0, 'scored'],
			[1, 'practice'],
		]);
		expect(screen.getByText(/Réponses justes : 1 sur 1/)).toBeTruthy();
	});

	test('checking with no answer asks for one and records nothing', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Choisissez une réponse avant de vérifier.')).toBeTruthy();
		expect(attemptsOf('q-single')).toEqual([]);
	});

	test('multiple choice: right only with all the right options and none of the others', async () => {
		render(<Quiz quizId="t" items={[multiple]} context="lesson" />);
		const q = question(1);
		fireEvent.click(within(q).getByLabelText('Le portail'));
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));
		expect(await within(q).findByText('✗ À revoir')).toBeTruthy();

		fireEvent.click(within(q).getByLabelText('L’EDI'));
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		expect(await within(q).findByText('✓ Correct')).toBeTruthy();
		expect(attemptsOf('q-multiple').map((a) => [a.score, a.context])).toEqual([
			[0, 'lesson'],
			[1, 'lesson'],
		]);
	});

	test('true/false: « Faux » on a true statement is wrong', async () => {
		render(<Quiz quizId="t" items={[truefalse]} context="lesson" />);

		fireEvent.click(screen.getByLabelText('Faux'));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✗ À revoir')).toBeTruthy();
		expect(attemptsOf('q-vf')[0]?.score).toBe(0);
	});

	test('ordering: steps move with « Monter » / « Descendre », the move is announced, the order scored', async () => {
		render(<Quiz quizId="t" items={[ordering]} context="lesson" />);
		const q = question(1);
		const stepTexts = () => within(q).getAllByRole('listitem').map((li) => li.querySelector('.ordering-text')?.textContent);
		expect(stepTexts()).not.toEqual(['Grandes entreprises', 'ETI', 'PME']);

		// Bubble each step into place using only the buttons, as a keyboard user would.
		for (const [target, text] of ['Grandes entreprises', 'ETI', 'PME'].entries()) {
			while (stepTexts().indexOf(text) > target) {
				const row = within(q).getAllByRole('listitem')[stepTexts().indexOf(text)] as HTMLElement;
				fireEvent.click(within(row).getByRole('button', { name: 'Monter' }));
			}
		}
		expect(status().textContent).toMatch(/déplacée en position \d sur 3\./);
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		expect(await within(q).findByText('✓ Correct')).toBeTruthy();
		expect(attemptsOf('q-ordre')[0]).toMatchObject({ score: 3, max: 3 });
	});

	test('ordering: « Monter » on the first step does nothing', async () => {
		render(<Quiz quizId="t" items={[ordering]} context="lesson" />);
		const q = question(1);
		const first = within(q).getAllByRole('listitem')[0] as HTMLElement;
		const before = first.textContent;

		const up = within(first).getByRole('button', { name: 'Monter' });
		fireEvent.click(up);

		expect(up.getAttribute('aria-disabled')).toBe('true');
		expect((within(q).getAllByRole('listitem')[0] as HTMLElement).textContent).toBe(before);
	});

	test('matching: each item has a labelled select; feedback is per pair with a partial score', async () => {
		render(<Quiz quizId="t" items={[matching]} context="lesson" />);
		const q = question(1);

		fireEvent.change(within(q).getByLabelText('Mode portail'), { target: { value: 'saisie' } });
		fireEvent.change(within(q).getByLabelText('Mode EDI'), { target: { value: 'saisie' } });
		fireEvent.click(within(q).getByRole('button', { name: 'Vérifier' }));

		expect(await within(q).findByText('✗ À revoir — 1 sur 2')).toBeTruthy();
		expect(within(q).getAllByText('✓ juste')).toHaveLength(1);
		expect(within(q).getAllByText('✗ à revoir')).toHaveLength(1);
		expect(attemptsOf('q-assoc')[0]).toMatchObject({ score: 1, max: 2 });
	});

	test('matching: an unanswered select blocks checking', async () => {
		render(<Quiz quizId="t" items={[matching]} context="lesson" />);

		fireEvent.change(screen.getByLabelText('Mode portail'), { target: { value: 'saisie' } });
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('Choisissez une réponse pour chaque élément avant de vérifier.')).toBeTruthy();
		expect(attemptsOf('q-assoc')).toEqual([]);
	});

	test('« Voir la solution » shows the answer and records the attempt as revealed, not scored', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		fireEvent.click(screen.getByRole('button', { name: 'Voir la solution' }));

		expect(await screen.findByText('Solution')).toBeTruthy();
		expect((screen.getByLabelText('Trois') as HTMLInputElement).checked).toBe(true);
		expect(attemptsOf('q-single')).toMatchObject([{ outcome: 'revealed', score: 0 }]);
	});

	test('« Réessayer » clears the answer and the feedback', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		fireEvent.click(screen.getByLabelText('Deux'));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		fireEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));

		expect(screen.queryByText('✗ À revoir')).toBeNull();
		expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		expect(status().textContent).toContain('nouvel essai');
	});

	test('demo mode: the quiz works but nothing is recorded', async () => {
		setDemoMode(true);
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		fireEvent.click(screen.getByLabelText('Trois'));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(await screen.findByText('✓ Correct')).toBeTruthy();
		expect(attemptsOf('q-single')).toEqual([]);
	});

	test('a reveal request from outside (projection mode) shows every solution', async () => {
		render(<Quiz quizId="t" items={[single, truefalse]} context="lesson" />);

		requestReveal('all');

		expect(await screen.findAllByText('Solution')).toHaveLength(2);
		expect((screen.getByLabelText('Vrai') as HTMLInputElement).checked).toBe(true);
	});

	test('a reveal requested before a quiz appears does not open that quiz', async () => {
		requestReveal('all');

		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		await new Promise((resolve) => setTimeout(resolve, 20));

		expect(screen.queryByText('Solution')).toBeNull();
		expect(attemptsOf('q-single')).toEqual([]);
	});
});

describe('Quiz after a reload', () => {
	test('each question shows the learner’s latest recorded answer', async () => {
		const stored = new FakeStorage();
		connectStorage(createSafeStorage(() => stored));
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		fireEvent.click(screen.getByLabelText('Trois'));
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		await screen.findByText('✓ Correct');
		cleanup();

		connectStorage(createSafeStorage(() => stored));
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		expect(await screen.findByText(/^Votre dernière réponse : juste/)).toBeTruthy();
	});
});
