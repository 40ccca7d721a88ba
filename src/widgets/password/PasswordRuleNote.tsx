import type { PasswordRule } from '../../lib/password';

interface Props {
	rule: PasswordRule;
	unsure: boolean;
	source: { url: string; label: string };
	note?: string;
}

/** The rule taught by the training, with its source and, when unsure, why it is « à vérifier ». */
export default function PasswordRuleNote({ rule, unsure, source, note }: Props) {
	return (
		<p class="rule" data-fact-note={note ? '' : undefined}>
			Règle enseignée par la formation&nbsp;: au moins {rule.minLength} caractères, dont au moins {rule.minCharacterTypes} des 4 types
			(minuscules, majuscules, chiffres, caractères spéciaux).
			{unsure ? (
				<>
					{' '}
					<strong class="fact-warning">À vérifier&nbsp;:</strong> aucun texte officiel lisible ne la donne&#8239;; au moment de choisir votre mot
					de passe, suivez le message affiché par le portail.
					{note ? <> ({note})</> : null}
				</>
			) : null}{' '}
			<a href={source.url} rel="external noreferrer">
				Source&nbsp;: {source.label}
			</a>
		</p>
	);
}
