import { getCollection } from 'astro:content';
import { factNote } from '../lib/fact-note';
import { checkedFacts, findRestatements } from '../lib/fact-restatements';

/**
 * The notes of the likely or unsure facts a text restates (a quiz explanation, a widget's
 * feedback), for the printed handout: on screen such a text appears only after an answer, on
 * paper it is printed, so it travels with the notes, in an element marked `data-fact-note`
 * (the build's restatement check, src/lib/fact-restatements.ts).
 */
export async function notesOfRestatedFacts(text: string): Promise<string[]> {
	const facts = (await getCollection('facts')).map((f) => ({ ...f.data, id: f.id }));
	const ids = new Set(findRestatements(text, checkedFacts(facts)).map((r) => r.factId));
	return facts.filter((f) => ids.has(f.id)).flatMap((f) => factNote(f)?.sentence ?? []);
}
