/**
 * The organisers' public keys the /verifier/ page trusts (issue 14), built into the page so that
 * verification works offline. Read from content/cles-publiques.json, or — for the browser tests
 * only — from the JSON file named by the COURSE_PUBLIC_KEYS environment variable.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PublicKeysFileSchema, type PublicKeyEntry } from '../schemas/public-keys';

/** The file read when COURSE_PUBLIC_KEYS is not set. */
export const DEFAULT_PUBLIC_KEYS_FILE = 'content/cles-publiques.json';

/**
 * Checks the text of a public keys file; throws a French error naming the file and each faulty
 * field, so a bad paste into content/cles-publiques.json stops the build with a readable reason.
 */
export function parsePublicKeys(text: string, fileName: string): PublicKeyEntry[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${fileName} invalide : JSON illisible (${(error as Error).message})`);
	}
	const result = PublicKeysFileSchema.safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`);
		throw new Error(`${fileName} invalide :\n- ${issues.join('\n- ')}`);
	}
	return result.data;
}

/** The public keys of this build (COURSE_PUBLIC_KEYS, else content/cles-publiques.json), validated. */
export function getPublicKeys(env: Record<string, string | undefined> = process.env): PublicKeyEntry[] {
	const fileName = env.COURSE_PUBLIC_KEYS || DEFAULT_PUBLIC_KEYS_FILE;
	let text: string;
	try {
		text = readFileSync(resolve(fileName), 'utf8');
	} catch (error) {
		throw new Error(`${fileName} introuvable : ${(error as Error).message}`);
	}
	return parsePublicKeys(text, fileName);
}
