import { describe, expect, test } from 'vitest';
import { checkSiren, checkSiret, luhnValid } from '../../src/lib/identifiers';
import { everyText, fact, flat, json, question, questionText, section, term, text, typedProse } from './content-text';

/**
 * Issue 9, lessons 1 to 4: one text check per correction of the fact sheet's §11 applied to them
 * (11.3 who can modify a structure, 11.11 example identities, 11.13 invoices between companies),
 * in lessons, questions, exercise data, glossary and test fixtures. Each check reads the files as
 * written, so a later edit that brings a wrong claim back fails here. Their readability (« L’essentiel »,
 * main path, no typed duration) is checked for every lesson in readability.test.ts.
 */

const LESSONS = {
	'01': 'content/lessons/01-vocabulaire-generalites.mdx',
	'02': 'content/lessons/02-gestionnaire-utilisateurs.mdx',
	'03': 'content/lessons/03-creer-compte-structure.mdx',
	'04': 'content/lessons/04-rattachements-multi-structures.mdx',
} as const;
const QUESTIONS = ['01-vocabulaire-generalites', '02-gestionnaire-utilisateurs', '03-creer-compte-structure', '04-rattachements-multi-structures'].map(
	(id) => `content/questions/${id}.json`,
);
const EXERCISES = [
	'pratique-modes-acces',
	'pratique-roles',
	'parcours-creation-compte',
	'mot-de-passe',
	'verif-siret-structure',
	'pratique-rattachements',
	'structure-deux-etablissements',
].map((id) => `content/exercises/${id}.json`);
const GLOSSARY = ['base', 'lecons-02-03', 'lecons-04-05'].map((id) => `content/glossary/${id}.json`);
/** Test files and fixtures that held INSEE's example SIREN or La Poste's real SIRET (11.11). */
const TEST_FILES = [
	'tests/support/scenario.ts',
	'tests/support/invoice-scenario.ts',
	'tests/lib/identifiers.test.ts',
	'tests/lib/invoice-form.test.ts',
	'tests/schemas/exercise-kinds.test.ts',
	'tests/widgets/IdentifierExercise.test.tsx',
	'tests/widgets/InvoiceFormExercise.test.tsx',
];

interface IdentifierItem {
	id: string;
	type: string;
	value: string;
	context: string;
}
interface StructureExercise {
	scenario: {
		context: string;
		structures: { name: string; siret: string }[];
		profiles: { id: string; description: string }[];
		users: { person: string; why: string }[];
	};
}

/** Every file of the group a learner can read. */
const GROUP_FILES = [...Object.values(LESSONS), ...QUESTIONS, ...EXERCISES, ...GLOSSARY];
const identifierItems = () => json<{ items: IdentifierItem[] }>('content/exercises/verif-siret-structure.json').items;
const twoEstablishments = () => json<StructureExercise>('content/exercises/structure-deux-etablissements.json').scenario;

describe('11.3 — who can modify a structure, said once, as the fact modification-structure says', () => {
	test('the fact exists and is marked unsure (the circumstances of « Organisation modification » are not confirmed)', () => {
		expect(fact('modification-structure').confidence).toBe('unsure');
	});

	test('lessons 1, 2 and 4 state the rule through the fact, in full, where they talk about it', () => {
		const cite = '<Fait id="modification-structure" affichage="phrase" />';
		expect(section('01', 'vocabulaire-comptes-roles')).toContain(cite);
		expect(section('02', 'utilisateurs-et-profils')).toContain(cite);
		expect(section('04', 'cas-deux-etablissements')).toContain(cite);
	});

	test('the lessons no longer say that a user never modifies the structure, nor that the manager simply hands out the profile', () => {
		expect(typedProse('01')).not.toMatch(/mais ne modifie pas la structure/);
		expect(typedProse('02')).not.toMatch(/le gestionnaire principal lui attribue les profils nécessaires/);
		expect(typedProse('02')).not.toMatch(/celle-ci passe par le profil « Organisation modification »/);
		expect(typedProse('04')).not.toMatch(/a gardé ou reçu le droit/);
		// The safe way to hand over management is named instead.
		expect(section('02', 'gestionnaire-secondaire')).toMatch(/la voie sûre est de lui \*\*transférer le rôle\*\*/);
		expect(section('04', 'cas-deux-etablissements')).toMatch(/Donnez à chacun ce dont son travail a besoin, et rien de plus/);
	});

	test('the questions say the same: the transfer is the safe way, the unconfirmed part is said, the fact is their basis', () => {
		const pages = question('l02-pages-anciennes');
		expect(pages.explanation).not.toMatch(/on attribue des profils ou on transfère le rôle/);
		expect(pages.explanation).toMatch(/la voie sûre est le transfert du rôle de gestionnaire principal/);
		expect(pages.explanation).toMatch(/n’est pas confirmé/);
		const quiValide = question('l04-qui-valide');
		expect(questionText(quiValide)).not.toMatch(/qui en a reçu le droit/);
		for (const id of ['l01-gestionnaire-secondaire', 'l02-ex-secondaire', 'l02-pages-anciennes', 'l04-qui-valide']) {
			expect(question(id).basis?.facts, id).toContain('modification-structure');
		}
	});

	test('the glossary says it the same way: users, principal manager and profiles', () => {
		const utilisateur = term('utilisateur');
		expect(utilisateur.definition).not.toMatch(/mais ne modifie pas la structure/);
		expect(utilisateur.definition).toMatch(/sauf la modification de la structure/);
		expect(utilisateur.definition).toMatch(/n’est pas confirmé/);
		expect(utilisateur.definition).toMatch(/la voie sûre est le transfert du rôle de gestionnaire principal/);
		expect(term('gestionnaire-principal').definition).toMatch(/ajuste les droits de ceux qu’il habilite/);
		expect(term('gestionnaire-principal').definition).toMatch(/voie sûre/);
		expect(term('profil-habilitation').definition).toMatch(/n’est pas confirmé/);
		for (const id of ['utilisateur', 'gestionnaire-principal', 'profil-habilitation']) expect(term(id).facts, id).toContain('modification-structure');
	});

	test('the two-establishment exercise marks the unconfirmed part and names the safe way', () => {
		const s = twoEstablishments();
		expect(s.profiles.find((p) => p.id === 'organisation-modification')?.description).toMatch(/ne sont pas confirmés \(à vérifier\)/);
		expect(s.users.find((u) => u.person === 'sophie')?.why).toMatch(/la voie sûre est le transfert du rôle de gestionnaire principal/);
	});

	test('no file of lessons 1–4 restates the fact’s plain phrasings outside the fact display', () => {
		const phrasings = fact('modification-structure').phrasings ?? [];
		expect(phrasings.length).toBeGreaterThan(0);
		for (const { file, body } of everyText(GROUP_FILES)) {
			const prose = body.replace(/<Fait [^>]*\/>/g, ' ').toLowerCase();
			for (const p of phrasings) expect(prose, `${file} : « ${p} »`).not.toContain(flat(p).toLowerCase());
		}
	});
});

describe('11.11 — example identities: right key, never INSEE’s example, no company SIREN starting with 1 or 2, labelled « fictif »', () => {
	const compact = (s: string) => s.replace(/[\s\u00a0\u202f]/g, '');

	test('no lesson, question, exercise, glossary entry or test fixture of this group uses 732 829 320', () => {
		for (const { file, body } of everyText(GROUP_FILES)) expect(compact(body), file).not.toContain('732829320');
		for (const file of TEST_FILES) expect(compact(text(file)), file).not.toContain('732829320');
	});

	test('the SIRET exercise: the company’s numbers are valid, fictional, labelled « fictif », and do not start with 1 or 2', () => {
		const items = identifierItems();
		const byId = (id: string) => items.find((i) => i.id === id)!;
		expect(checkSiren(byId('siren-kbis').value).valid).toBe(true);
		expect(checkSiret(byId('siret-avis-situation').value).valid).toBe(true);
		expect(byId('siret-avis-situation').value.startsWith(byId('siren-kbis').value)).toBe(true);
		for (const id of ['siren-kbis', 'siret-avis-situation']) expect(byId(id).value, id).toMatch(/^[3-9]/);
		// Every number that is not La Poste's (a real, published exception) says it is fictional.
		for (const item of items.filter((i) => !i.value.startsWith('356000000'))) expect(item.context, item.id).toMatch(/fictif/);
	});

	test('the SIRET exercise keeps its traps: each wrong number is wrong for the reason the lesson teaches', () => {
		const items = identifierItems();
		const problems = (id: string) => checkSiret(items.find((i) => i.id === id)!.value).problems.map((p) => p.code);
		expect(problems('siret-bon-de-commande')).toEqual(['cle']);
		expect(problems('siret-treize-chiffres')).toEqual(['longueur']);
		expect(problems('siret-lettre-o')).toEqual(['caracteres']);
		expect(checkSiret(items.find((i) => i.id === 'siret-la-poste-etablissement')!.value).valid).toBe(true);
	});

	test('the two-establishment exercise: two valid SIRET of one fictional SIREN, named and labelled as fictional', () => {
		const s = twoEstablishments();
		const sirets = s.structures.map((st) => st.siret);
		expect(sirets).toHaveLength(2);
		for (const siret of sirets) {
			expect(luhnValid(siret), siret).toBe(true);
			expect(luhnValid(siret.slice(0, 9)), siret).toBe(true);
			expect(siret, siret).toMatch(/^[3-9]/);
		}
		expect(sirets[0]!.slice(0, 9)).toBe(sirets[1]!.slice(0, 9));
		expect(s.context).toContain(`SIREN fictif ${sirets[0]!.slice(0, 9)}`);
		for (const st of s.structures) expect(st.name).toMatch(/fictive/);
	});

	test('test fixtures give fictional companies and communes valid numbers, none of La Poste or starting with 1 or 2', () => {
		let checked = 0;
		for (const file of ['tests/support/scenario.ts', 'tests/support/invoice-scenario.ts']) {
			for (const [, siret] of text(file).matchAll(/siret: '(\d{14})'/gi)) {
				checked += 1;
				expect(luhnValid(siret!), `${file} : ${siret}`).toBe(true);
				expect(siret, `${file} : ${siret}`).toMatch(/^[3-9]/);
				expect(siret!.startsWith('356000000'), `${file} : ${siret}`).toBe(false);
			}
		}
		expect(checked).toBeGreaterThanOrEqual(5);
	});
});

describe('11.13 — invoices between companies do not go through Chorus Pro', () => {
	test('lesson 1 says so where it talks about the reform between companies', () => {
		const demain = section('01', 'et-demain');
		expect(demain).toMatch(/factures inter-entreprises/);
		expect(demain).toMatch(/\*\*ne se déposent pas\*\* dans Chorus Pro : elles passent par une plateforme agréée/);
	});

	test('the lesson-1 question on the reform has the trap and says it in its explanation', () => {
		const q = question('l01-apres-reforme');
		expect(q.options?.find((o) => o.id === 'b2b-chorus')).toMatchObject({ correct: false });
		expect(q.explanation).toMatch(/ne se déposent pas dans Chorus Pro/);
	});
});
