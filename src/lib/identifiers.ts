/**
 * French identifier checks (fact sheet §9 and 10.15): SIREN, SIRET (with La Poste's
 * exception), IBAN and the RIB key. Each check says, in French, why a number is wrong.
 */

export type IdentifierProblem = 'vide' | 'caracteres' | 'longueur' | 'cle' | 'pays';

/** Result of a check: the cleaned number, its verdict, and what the learner should know. */
export interface IdentifierCheck {
	valid: boolean;
	/** The number without spaces (and in capitals for an IBAN). */
	normalized: string;
	/** Why it is wrong (empty when valid). */
	problems: { code: IdentifierProblem; message: string }[];
	/** Remarks that do not make it wrong (spaces removed, La Poste rule applied…). */
	notes: string[];
}

const LA_POSTE_SIREN = '356000000';

/** Luhn checksum over a string of digits (fact 9.2). */
export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i += 1) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return digits.length > 0 && sum % 10 === 0;
}

function digitsCheck(raw: string, expected: number, name: string): IdentifierCheck & { digits: string } {
	const notes: string[] = [];
	const trimmed = raw.trim();
	if (trimmed === '') {
		return { valid: false, normalized: '', digits: '', notes, problems: [{ code: 'vide', message: `Saisissez le ${name}.` }] };
	}
	const compact = trimmed.replace(/[\s.\u00a0\u202f]/g, '');
	if (compact !== trimmed) notes.push(`Les espaces ont été retirés\u00a0: dans Chorus Pro, saisissez les ${expected} chiffres sans espace.`);
	const problems: IdentifierCheck['problems'] = [];
	const intruders = [...new Set(compact.replace(/\d/g, ''))];
	if (intruders.length > 0) {
		const letterO = intruders.some((c) => c === 'O' || c === 'o');
		problems.push({
			code: 'caracteres',
			message:
				`Le ${name} ne contient que des chiffres\u202f; celui-ci contient «\u00a0${intruders.join(' ')}\u00a0».` +
				(letterO ? ' La lettre O a sans doute été tapée à la place du chiffre 0.' : ''),
		});
	}
	const digits = compact.replace(/\D/g, '');
	if (compact.length !== expected) {
		problems.push({
			code: 'longueur',
			message: `Le ${name} doit comporter ${expected} chiffres\u202f; vous en avez saisi ${compact.length}.`,
		});
	}
	return { valid: problems.length === 0, normalized: compact, digits, notes, problems };
}

/** SIREN: 9 digits, Luhn key. */
export function checkSiren(raw: string): IdentifierCheck {
	const { digits, ...result } = digitsCheck(raw, 9, 'SIREN');
	if (!result.valid) return result;
	if (!luhnValid(digits)) {
		return { ...result, valid: false, problems: [{ code: 'cle', message: 'La clé de contrôle (algorithme de Luhn) est fausse\u00a0: un chiffre est erroné ou deux chiffres sont inversés.' }] };
	}
	return result;
}

/**
 * SIRET: 14 digits = SIREN (9) + NIC (5), Luhn key; La Poste's SIRET (SIREN 356000000, and
 * only those) are also valid when the sum of their digits is a multiple of 5 (fact 10.15).
 */
export function checkSiret(raw: string): IdentifierCheck {
	const { digits, ...result } = digitsCheck(raw, 14, 'SIRET');
	if (!result.valid) return result;
	if (luhnValid(digits)) return result;
	const digitSum = [...digits].reduce((s, d) => s + Number(d), 0);
	if (digits.startsWith(LA_POSTE_SIREN) && digitSum % 5 === 0) {
		return {
			...result,
			notes: [...result.notes, 'Valide par la règle propre à La Poste (SIREN 356000000)\u00a0: la somme des chiffres est un multiple de 5.'],
		};
	}
	return {
		...result,
		valid: false,
		problems: [{ code: 'cle', message: 'La clé de contrôle (algorithme de Luhn) est fausse\u00a0: un chiffre est erroné ou deux chiffres sont inversés.' }],
	};
}

/** Remainder modulo 97 of a long string of digits, computed piece by piece. */
function mod97(digits: string): number {
	let rest = 0;
	for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
	return rest;
}

/** Letters become numbers for IBAN checks: A = 10 … Z = 35. */
function lettersToDigits(s: string): string {
	return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

/** « FR76 3000 6000 0112 3456 7890 189 »: an IBAN in groups of 4, as printed. */
export function formatIban(iban: string): string {
	return iban.replace(/\s/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

/** French IBAN: 27 characters, « FR », mod 97 = 1 (fact 9.4). */
export function checkIban(raw: string): IdentifierCheck {
	const notes: string[] = [];
	const trimmed = raw.trim();
	if (trimmed === '') return { valid: false, normalized: '', notes, problems: [{ code: 'vide', message: 'Saisissez l’IBAN.' }] };
	const compact = trimmed.replace(/[\s\u00a0\u202f-]/g, '');
	const upper = compact.toUpperCase();
	if (compact !== trimmed) notes.push('Les espaces ont été retirés\u00a0: l’IBAN s’affiche par groupes de 4, mais ce sont 27 caractères collés.');
	if (upper !== compact) notes.push('Les minuscules ont été mises en majuscules.');
	const problems: IdentifierCheck['problems'] = [];
	if (!upper.startsWith('FR')) {
		problems.push({ code: 'pays', message: `Un IBAN français commence par «\u00a0FR\u00a0»\u202f; celui-ci commence par «\u00a0${upper.slice(0, 2)}\u00a0».` });
	}
	const bad = [...new Set(upper.replace(/[A-Z0-9]/g, ''))];
	if (bad.length > 0) problems.push({ code: 'caracteres', message: `Un IBAN ne contient que des lettres et des chiffres\u202f; celui-ci contient «\u00a0${bad.join(' ')}\u00a0».` });
	const checkDigits = upper.slice(2, 4);
	if (upper.length >= 4 && !/^\d{2}$/.test(checkDigits)) {
		problems.push({ code: 'caracteres', message: `Après «\u00a0FR\u00a0» viennent 2 chiffres de contrôle\u202f; ici «\u00a0${checkDigits}\u00a0».` });
	}
	if (upper.length !== 27) {
		problems.push({ code: 'longueur', message: `Un IBAN français compte 27 caractères\u202f; vous en avez saisi ${upper.length}.` });
	}
	if (problems.length > 0) return { valid: false, normalized: upper, notes, problems };
	const rearranged = lettersToDigits(upper.slice(4) + upper.slice(0, 4));
	if (mod97(rearranged) !== 1) {
		return {
			valid: false,
			normalized: upper,
			notes,
			problems: [{ code: 'cle', message: 'Le contrôle «\u00a0modulo 97\u00a0» échoue\u00a0: un caractère est erroné ou deux caractères sont inversés.' }],
		};
	}
	return { valid: true, normalized: upper, notes, problems };
}

/** RIB letters to digits (A, J → 1; B, K, S → 2; …), as banks convert them (fact 9.5). */
function ribLetter(c: string): string {
	const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const values = '12345678912345678923456789';
	const i = table.indexOf(c);
	return i < 0 ? c : (values[i] as string);
}

/** The RIB key of a bank code, branch code and account number (fact 9.5). */
export function ribKey(bank: string, branch: string, account: string): number {
	const n = (s: string) => Number([...s.toUpperCase()].map(ribLetter).join(''));
	return 97 - ((89 * n(bank) + 15 * n(branch) + 3 * n(account)) % 97);
}

/** A RIB written « banque guichet compte clé » (5 + 5 + 11 + 2 characters). */
export function checkRib(raw: string): IdentifierCheck {
	const notes: string[] = [];
	const trimmed = raw.trim();
	if (trimmed === '') return { valid: false, normalized: '', notes, problems: [{ code: 'vide', message: 'Saisissez le RIB\u00a0: code banque, code guichet, numéro de compte et clé.' }] };
	const parts = trimmed.split(/[\s\u00a0\u202f]+/);
	const compact = parts.join('').toUpperCase();
	const problems: IdentifierCheck['problems'] = [];
	if (compact.length !== 23) {
		problems.push({ code: 'longueur', message: `Un RIB compte 23 caractères (banque 5, guichet 5, compte 11, clé 2)\u202f; vous en avez saisi ${compact.length}.` });
		return { valid: false, normalized: compact, notes, problems };
	}
	const bank = compact.slice(0, 5);
	const branch = compact.slice(5, 10);
	const account = compact.slice(10, 21);
	const key = compact.slice(21);
	if (!/^\d{10}$/.test(bank + branch)) problems.push({ code: 'caracteres', message: 'Les codes banque et guichet ne contiennent que des chiffres.' });
	if (!/^[0-9A-Z]{11}$/.test(account)) problems.push({ code: 'caracteres', message: 'Le numéro de compte ne contient que des chiffres et des lettres.' });
	if (!/^\d{2}$/.test(key)) problems.push({ code: 'caracteres', message: 'La clé RIB est faite de 2 chiffres.' });
	if (problems.length > 0) return { valid: false, normalized: compact, notes, problems };
	const expected = ribKey(bank, branch, account);
	if (expected !== Number(key)) {
		problems.push({ code: 'cle', message: `La clé RIB ne correspond pas\u00a0: avec ces codes et ce numéro de compte, elle devrait être ${String(expected).padStart(2, '0')}, pas ${key}.` });
		return { valid: false, normalized: compact, notes, problems };
	}
	return { valid: true, normalized: compact, notes, problems };
}

/** The check for each identifier kind. */
export const CHECKS = { siret: checkSiret, siren: checkSiren, iban: checkIban, rib: checkRib } as const;

/** The kinds of number the widgets check (the exercise schema's kinds, one check each). */
export type IdentifierKind = keyof typeof CHECKS;

/** How each kind is named to learners. */
export const KIND_LABEL: Record<IdentifierKind, string> = { siret: 'SIRET', siren: 'SIREN', iban: 'IBAN', rib: 'RIB' };

/** A number to judge in the identifier exercise, with its verdict computed at build time by `CHECKS`. */
export interface JudgedItem {
	id: string;
	type: IdentifierKind;
	value: string;
	context: string;
	valid: boolean;
	/** Why it is wrong, or what to know although it is valid. */
	explanation: string;
}
