import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContent } from './harness';

/** The lesson the platform tests walk through, and its end-of-lesson quiz. */
export const LESSON = '01-vocabulaire-generalites';
const QUIZ = 'quiz-lecon-01';

interface BankQuestion {
	id: string;
	type: string;
	lesson: string;
	options?: { id: string; text: string; correct: boolean }[];
}

function read<T>(path: string): T {
	return readContent<T>(path);
}

/** The first single-choice question of lesson 1's quiz, with a right and a wrong option. */
export function firstSingleQuestion(): { id: string; right: string; wrong: string } {
	const bank = read<BankQuestion[]>(`content/questions/${LESSON}.json`);
	const quiz = read<{ select: { by: string; ids?: string[] } }>(`content/quizzes/${QUIZ}.json`);
	const inQuiz = quiz.select.by === 'ids' ? (quiz.select.ids ?? []).map((id) => bank.find((q) => q.id === id)) : bank;
	const q = inQuiz.find((x) => x?.type === 'single');
	if (!q?.options) throw new Error(`Aucune question à choix unique dans ${QUIZ}`);
	return {
		id: q.id,
		right: q.options.find((o) => o.correct)?.text as string,
		wrong: q.options.find((o) => !o.correct)?.text as string,
	};
}
