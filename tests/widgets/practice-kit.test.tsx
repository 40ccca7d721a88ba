// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { h, hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage';
import { $progress, connectStorage } from '../../src/stores/progress';
import { setDemoMode } from '../../src/stores/session';
import Quiz from '../../src/widgets/quiz/Quiz';
import { FakeStorage } from '../support/fake-storage';
import { multiple, single } from './fixtures';

// The practice kit, driven through the quiz (every widget uses the same hook and action bar).
const attemptsOf = (id: string) => $progress.get().attempts[id] ?? [];
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
	connectStorage(createSafeStorage(() => new FakeStorage()));
	setDemoMode(false);
});
afterEach(() => cleanup());

describe('practice kit', () => {
	test('« Vérifier » twice on the same answer (Enter twice, a double click) records once', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		fireEvent.click(screen.getByLabelText('Deux'));

		fireEvent.click(button('Vérifier'));
		await screen.findByText('✗ À revoir');
		fireEvent.click(button('Vérifier'));

		expect(attemptsOf('q-single')).toHaveLength(1);
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Réponse déjà vérifiée'));
	});

	test('« Voir la solution » then « Réessayer » then a check: revealed, then practice, never counted', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		fireEvent.click(button('Voir la solution'));
		await screen.findByText('Solution');
		expect(screen.queryByRole('button', { name: 'Vérifier' })).toBeNull();
		fireEvent.click(button('Réessayer'));
		fireEvent.click(await screen.findByLabelText('Trois'));
		fireEvent.click(button('Vérifier'));

		expect(await screen.findByText(/Essai d’entraînement : vous avez déjà vu la correction aujourd’hui/)).toBeTruthy();
		expect(attemptsOf('q-single').map((a) => [a.outcome, a.score])).toEqual([
			['revealed', 0],
			['practice', 1],
		]);
	});

	test('a second « Voir la solution » request records nothing more', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);

		fireEvent.click(button('Voir la solution'));
		await screen.findByText('Solution');

		expect(screen.queryByRole('button', { name: 'Voir la solution' })).toBeNull();
		expect(attemptsOf('q-single')).toHaveLength(1);
	});

	test('focus goes to « Réessayer » when the solution replaces the buttons, then to the first answer after « Réessayer »', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		const reveal = button('Voir la solution');
		reveal.focus();

		fireEvent.click(reveal);
		await waitFor(() => expect(document.activeElement?.textContent).toBe('Réessayer'));
		fireEvent.click(document.activeElement as HTMLElement);

		await waitFor(() => expect(document.activeElement?.getAttribute('type')).toBe('radio'));
		const first = within(screen.getByRole('group', { name: /^Question 1/ })).getAllByRole('radio')[0];
		expect(document.activeElement).toBe(first);
	});

	test('« Réessayer » pressed before the solution render’s effects have run still moves focus to the first answer', async () => {
		render(<Quiz quizId="t" items={[single]} context="lesson" />);
		// Plain DOM clicks, not fireEvent (whose act() runs effects at once): as in a browser, the
		// solution's render is on screen while its effects still wait for the next frame.
		button('Voir la solution').click();
		await Promise.resolve();
		button('Réessayer').click();

		const first = () => within(screen.getByRole('group', { name: /^Question 1/ })).getAllByRole('radio')[0];
		await waitFor(() => expect(document.activeElement).toBe(first()));
	});

	test('answers clicked before hydration are kept and checked', async () => {
		const container = document.createElement('div');
		document.body.append(container);
		container.innerHTML = renderToString(h(Quiz, { quizId: 't', items: [multiple], context: 'lesson' }));
		// The learner ticks two boxes while the island is still static HTML.
		const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
		const right = boxes.filter((b) => ['portail', 'edi'].includes(b.value));
		right.forEach((b) => (b.checked = true));

		hydrate(h(Quiz, { quizId: 't', items: [multiple], context: 'lesson' }), container);
		await new Promise((resolve) => setTimeout(resolve, 50));
		fireEvent.click(within(container).getByRole('button', { name: 'Vérifier' }));

		await waitFor(() => expect(attemptsOf('q-multiple')).toHaveLength(1));
		expect(right.every((b) => b.checked)).toBe(true);
		expect(attemptsOf('q-multiple')[0]).toMatchObject({ outcome: 'scored', score: 1, max: 1 });
		container.remove();
	});
});
