/**
 * The shape of a question once it reaches the browser: what the quiz island needs to ask,
 * check and explain, and nothing else (no sources, no author fields).
 */
interface ItemBase {
	id: string;
	prompt: string;
	explanation: string;
	objectives: string[];
	/** Link to the lesson section the question checks, already through the URL helper. */
	sectionHref: string;
	sectionTitle: string;
}

export interface ChoiceOption {
	id: string;
	text: string;
	correct: boolean;
}

export type QuizItem =
	| (ItemBase & { type: 'single' | 'multiple'; options: ChoiceOption[] })
	| (ItemBase & { type: 'truefalse'; answer: boolean })
	| (ItemBase & { type: 'ordering'; items: { id: string; text: string }[] })
	| (ItemBase & {
			type: 'matching';
			items: { id: string; text: string; target: string }[];
			targets: { id: string; text: string }[];
	  });

/** A learner's answer, by question type. */
export type Answer =
	| { type: 'single'; selected: string | null }
	| { type: 'multiple'; selected: string[] }
	| { type: 'truefalse'; value: boolean | null }
	| { type: 'ordering'; order: string[] }
	| { type: 'matching'; pairs: Record<string, string> };
