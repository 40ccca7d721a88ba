import type { CharacterType, PasswordCheck, PasswordRule } from '../../lib/password';

const TYPE_LABEL: Record<CharacterType, string> = {
	minuscule: 'minuscules',
	majuscule: 'majuscules',
	chiffre: 'chiffres',
	special: 'caractères spéciaux',
};

interface Props {
	id: string;
	rule: PasswordRule;
	check: PasswordCheck;
}

/** The two conditions of the rule, met or not, in words as well as marks (tied to the field). */
export default function PasswordCriteria({ id, rule, check }: Props) {
	const present = (Object.keys(check.types) as CharacterType[]).filter((t) => check.types[t]).map((t) => TYPE_LABEL[t]);
	return (
		<ul id={id} class="criteria">
			<li class={check.lengthOk ? 'ok' : 'ko'}>
				{check.lengthOk ? '✓' : '✗'} Au moins {rule.minLength} caractères&nbsp;: vous en avez {check.length}.
			</li>
			<li class={check.typesOk ? 'ok' : 'ko'}>
				{check.typesOk ? '✓' : '✗'} Au moins {rule.minCharacterTypes} types de caractères&nbsp;: vous en avez {check.typeCount}
				{present.length > 0 ? ` (${present.join(', ')})` : ''}.
			</li>
		</ul>
	);
}
