import type { LoadedExercise } from '../../data/exercise-props';

/** Which part of an exercise a printed form renders: its data, or its solution (« Corrigé »). */
export type PrintedPart = 'donnees' | 'corrige';

/** The props of every printed form (src/components/print/Printed<Kind>.astro). */
export interface PrintedProps {
	loaded: LoadedExercise;
	part: PrintedPart;
}

/** « A », « B »…: the letters of targets to match or channels to choose, on paper. */
export const capitalLetter = (i: number) => String.fromCharCode(65 + i);

/** « a », « b »…: the letters of a question's choices, which the « Corrigé » names. */
export const smallLetter = (i: number) => String.fromCharCode(97 + i);
