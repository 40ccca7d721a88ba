import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The lesson the platform tests walk through. */
export const LESSON = '01-vocabulaire-generalites';

interface SingleQuestion {
	id: string;
	type: 'single';
	prompt: string;
	options: { id: string; text: string; correct: boolean }[];
}

/** The first single-choice question of lesson 1's bank, with a right and a wrong option. */
export function firstSingleQuestion(): { id: string; right: string; wrong: string } {
	const bank = JSON.parse(readFileSync(resolve('content/questions', `${LESSON}.json`), 'utf-8')) as { type: string }[];
	const q = bank.find((x): x is SingleQuestion => x.type === 'single');
	if (!q) throw new Error(`Aucune question à choix unique dans la banque de ${LESSON}`);
	const right = q.options.find((o) => o.correct)?.text as string;
	const wrong = q.options.find((o) => !o.correct)?.text as string;
	return { id: q.id, right, wrong };
}
