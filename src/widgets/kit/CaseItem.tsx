import type { ComponentChildren } from 'preact';

interface Props {
	/** Prefix of the case's ids: `${exerciseId}-${caseId}`. */
	name: string;
	/** « Cas 1 », « Entreprise 2 ». */
	title: string;
	text: string;
	children: ComponentChildren;
}

/** One case of a cases exercise (useCases): a group named by its title, described by its text. */
export default function CaseItem({ name, title, text, children }: Props) {
	return (
		<li>
			<fieldset class="question" aria-describedby={`${name}-texte`}>
				<legend>{title}</legend>
				<p id={`${name}-texte`}>{text}</p>
				{children}
			</fieldset>
		</li>
	);
}
