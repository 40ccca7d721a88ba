/** The four character types of the training's password rule. */
export type CharacterType = 'minuscule' | 'majuscule' | 'chiffre' | 'special';

export interface PasswordRule {
	minLength: number;
	minCharacterTypes: number;
}

/** What a password meets of the rule; the password itself is never kept. */
export interface PasswordCheck {
	length: number;
	lengthOk: boolean;
	types: Record<CharacterType, boolean>;
	typeCount: number;
	typesOk: boolean;
	valid: boolean;
}

/** The type of one character (letters with accents count as letters). */
export function characterType(c: string): CharacterType {
	if (/\p{Ll}/u.test(c)) return 'minuscule';
	if (/\p{Lu}/u.test(c)) return 'majuscule';
	if (/\p{Nd}/u.test(c)) return 'chiffre';
	return 'special';
}

/** Checks a password against the rule (length in characters, not bytes). */
export function checkPassword(password: string, rule: PasswordRule): PasswordCheck {
	const chars = [...password];
	const types: Record<CharacterType, boolean> = { minuscule: false, majuscule: false, chiffre: false, special: false };
	for (const c of chars) types[characterType(c)] = true;
	const typeCount = Object.values(types).filter(Boolean).length;
	const lengthOk = chars.length >= rule.minLength;
	const typesOk = typeCount >= rule.minCharacterTypes;
	return { length: chars.length, lengthOk, types, typeCount, typesOk, valid: lengthOk && typesOk };
}
