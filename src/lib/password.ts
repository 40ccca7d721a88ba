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

/** Where a password stands against the rule, as one sentence (announced while typing). */
export function passwordSummary(check: PasswordCheck, rule: PasswordRule): string {
	const s = (n: number) => (n > 1 ? 's' : '');
	return `${check.length} caractère${s(check.length)} sur ${rule.minLength} au moins\u202f; ${check.typeCount} type${s(check.typeCount)} de caractères sur ${rule.minCharacterTypes} au moins.`;
}

/** The verdict of « Vérifier »: right with the summary, or what is missing. */
export function passwordVerdict(check: PasswordCheck, rule: PasswordRule): string {
	if (check.valid) return `Correct\u00a0: ce mot de passe respecte la règle de la formation (${passwordSummary(check, rule)})`;
	const length = check.lengthOk ? '' : `il faut au moins ${rule.minLength} caractères. `;
	const types = check.typesOk ? '' : `il faut au moins ${rule.minCharacterTypes} types de caractères parmi minuscules, majuscules, chiffres et caractères spéciaux. `;
	return `À revoir\u00a0: ${length}${types}`;
}
