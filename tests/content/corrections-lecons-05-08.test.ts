import { describe, expect, test } from 'vitest';
import { luhnValid } from '../../src/lib/identifiers';
import { everyText, fact, flat, json, question, questionText, section, text, typedProse } from './content-text';

/**
 * Issue 9, lessons 5 to 8: one text check per correction of the fact sheet's §11 that applies to
 * them (lessons, questions, exercise data, glossary). Each check reads the files as written, so a
 * later edit that brings a wrong claim back fails here. Their readability (« L’essentiel », main
 * path within the limit, no typed duration) is checked for every lesson in readability.test.ts.
 */

const LESSONS = {
	'05': 'content/lessons/05-activites-gestionnaire.mdx',
	'06': 'content/lessons/06-coordonnees-bancaires.mdx',
	'07': 'content/lessons/07-cadres-facturation.mdx',
	'08': 'content/lessons/08-champs-a-remplir.mdx',
} as const;
const QUESTIONS = ['05-activites-gestionnaire', '06-coordonnees-bancaires', '07-cadres-facturation', '08-champs-a-remplir'].map(
	(id) => `content/questions/${id}.json`,
);
const EXERCISES = ['structure-gp-parti', 'verif-iban-rib', 'pratique-coordonnees-bancaires', 'choix-cadre', 'pratique-cadres', 'pratique-champs', 'saisie-facture'].map(
	(id) => `content/exercises/${id}.json`,
);
const GLOSSARY = ['lecon-06', 'lecon-08', 'lecons-07-11'].map((id) => `content/glossary/${id}.json`);

interface InvoiceScenario {
	id: string;
	supplier: { name: string; siret: string };
	purchaseOrder: { buyerSiret: string; mentions: string[] };
	invoice: { mentions: string[] };
	annuaire: { siret: string; name: string }[];
	expected: { siretDestinataire: string; siretValideur: string | null };
}

/** Every file of the group a learner can read. */
const GROUP_FILES = [...Object.values(LESSONS), ...QUESTIONS, ...EXERCISES, ...GLOSSARY];
const scenarios = () => json<{ scenarios: InvoiceScenario[] }>('content/exercises/saisie-facture.json').scenarios;

describe('11.3 — who can modify a structure, said once, as the fact modification-structure says', () => {
	test('the fact exists and is marked unsure (the circumstances of « Organisation modification » are not confirmed)', () => {
		expect(fact('modification-structure').confidence).toBe('unsure');
	});

	test('lesson 5 states the rule through the fact, in full, and lesson 6 cites it where it says who enters bank details', () => {
		expect(section('05', 'domaine-organisation')).toContain('<Fait id="modification-structure" affichage="phrase" />');
		expect(section('06', 'saisir-coordonnees')).toContain('<Fait id="modification-structure"');
	});

	test('lesson 5 no longer lets any « suppléant » or « seconde personne de confiance » hold « Organisation modification »', () => {
		const prose = typedProse('05');
		expect(prose).not.toMatch(/ou son suppléant/);
		expect(prose).not.toMatch(/seconde personne de confiance peut l’avoir/);
		expect(prose).not.toMatch(/utilisateurs à qui on l’a donné/);
		// The safe way to hand over management is named instead.
		expect(section('05', 'profils-habilitations')).toMatch(/voie sûre est le transfert du rôle de gestionnaire principal/);
		expect(section('05', 'transfert-role-gp')).toMatch(/voie sûre/);
	});

	test('lesson 6 no longer reserves the structure to the principal manager and former secondary managers only', () => {
		expect(typedProse('06')).not.toMatch(/un simple utilisateur ne modifie pas la structure, sauf les anciens gestionnaires secondaires/);
		expect(section('06', 'affacturage')).not.toMatch(/le gestionnaire principal ajoute le compte du factor/);
	});

	test('the questions say the same: profile « Organisation modification » included, the unconfirmed part marked « à vérifier »', () => {
		const quiSaisit = question('l06-qui-saisit');
		expect(questionText(quiSaisit)).toMatch(/« Organisation modification »/);
		expect(questionText(quiSaisit)).toMatch(/à vérifier/);
		expect(quiSaisit.explanation).not.toMatch(/sauf les anciens gestionnaires secondaires qui ont gardé ce droit/);
		expect(quiSaisit.basis?.facts).toContain('modification-structure');
		expect(question('l05-acces-organisation').explanation).toMatch(/à vérifier/);
		expect(questionText(question('l06-affacturage-ordre'))).not.toMatch(/le gestionnaire principal enregistre le compte du factor/);
	});

	test('the « gestionnaire parti » exercise does not imply « Organisation modification » can be handed to anyone at will', () => {
		const why = flat(text('content/exercises/structure-gp-parti.json'));
		expect(why).not.toMatch(/Lui donner « Organisation modification »/);
		expect(why).toMatch(/ne sont pas confirmés \(à vérifier\)/);
	});

	test('no file of lessons 5–8 restates the fact’s plain phrasings outside the fact display', () => {
		const phrasings = fact('modification-structure').phrasings ?? [];
		expect(phrasings.length).toBeGreaterThan(0);
		for (const { file, body } of everyText(GROUP_FILES)) {
			const prose = body.replace(/<Fait [^>]*\/>/g, ' ').toLowerCase();
			for (const p of phrasings) expect(prose, `${file} : « ${p} »`).not.toContain(flat(p).toLowerCase());
		}
	});
});

describe('11.7 — a sub-contractor’s payment request: R. 2193-12, 15 days, silence is agreement; no deadline for the mandataire', () => {
	test('lesson 7 names R. 2193-12 and the titulaire’s silence as agreement, and keeps the buyer’s acceptance apart', () => {
		const a9 = section('07', 'a9-sous-traitant');
		expect(a9).toContain('R. 2193-12');
		expect(a9).toMatch(/silence du titulaire vaut accord/);
		expect(a9).toContain('<Fait id="sous-traitant-acceptation-acheteur"');
	});

	test('lesson 7 implies no deadline for the mandataire of a cotraitant (A12): it cites the fact that none was found', () => {
		const a12 = section('07', 'a12-cotraitant');
		expect(a12).toContain('<Fait id="sous-co-delai-mandataire"');
		expect(a12).not.toMatch(/15 jours/);
	});

	test('the question and the cadre chooser say it firmly: R. 2193-12, silence vaut accord', () => {
		const delai = question('l07-a9-delai');
		expect(delai.explanation).toContain('R. 2193-12');
		expect(delai.explanation).toMatch(/silence vaut accord/);
		const chooser = flat(text('content/exercises/choix-cadre.json'));
		expect(chooser).toMatch(/15 jours pour accepter ou refuser \(article R\. 2193-12 du code de la commande publique\) ; son silence vaut accord/);
	});
});

describe('11.8 — works: the maître d’œuvre’s identification is needed to deposit a projet de décompte', () => {
	test('lesson 7, where it speaks of works deposits, cites the fact travaux-identification-moe', () => {
		expect(section('07', 'cadres-travaux')).toContain('<Fait id="travaux-identification-moe" />');
		expect(fact('travaux-identification-moe').confidence).toBe('sure');
	});
});

describe('11.9 — after a rejection: the accounting caveat; the refusal of a number already deposited, cited from its source', () => {
	test('lesson 7 shows the accounting caveat through its fact where it sends the learner to a new invoice', () => {
		expect(section('07', 'verifier-le-cadre')).toContain('<Fait id="rejet-suite-comptable" affichage="phrase" />');
		expect(fact('rejet-suite-comptable').confidence).toBe('likely');
	});

	test('the cadre question no longer says a rejected invoice is « annulée », and carries the accounting caveat with its note', () => {
		const errone = question('l07-cadre-errone');
		expect(errone.explanation).not.toMatch(/est annulée/);
		expect(errone.explanation).toMatch(/comptable \(à confirmer/);
		expect(errone.basis?.facts).toContain('rejet-suite-comptable');
	});

	test('lesson 8 cites the portal’s refusal of a number already deposited through its sourced fact, without retyping it', () => {
		const refs = section('08', 'references-facture');
		expect(refs).toContain('<Fait id="numero-facture-deja-depose" />');
		expect(typedProse('08')).not.toContain('Vous avez déjà déposé une demande de paiement');
		const numero = question('l08-numero-facture');
		expect(numero.explanation).toContain('« Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure »');
		expect(numero.explanation).toMatch(/source : Communauté Chorus Pro/);
		expect(numero.basis?.facts).toContain('numero-facture-deja-depose');
	});
});

describe('11.11 — example identities: right key, never INSEE’s example, no company SIREN starting with 1 or 2, labelled « fictif »', () => {
	const identifiers = (body: string) => [...body.matchAll(/(?<![\dA-Z])\d(?:[\d\u00a0\u202f ]{7,20})\d(?!\d)/g)].map((m) => m[0].replace(/\D/g, '')).filter((d) => d.length === 9 || d.length === 14);

	test('no file of lessons 5–8 uses 732 829 320', () => {
		for (const { file, body } of everyText(GROUP_FILES)) expect(body.replace(/[\s\u00a0\u202f]/g, ''), file).not.toContain('732829320');
	});

	test('every SIREN or SIRET passes its key, except the purchase order’s deliberately wrong SIRET', () => {
		const wrong = new Set(scenarios().filter((s) => s.purchaseOrder.buyerSiret !== s.expected.siretDestinataire).map((s) => s.purchaseOrder.buyerSiret));
		expect(wrong.size).toBe(1);
		let checked = 0;
		for (const { file, body } of everyText(GROUP_FILES)) {
			for (const id of identifiers(body)) {
				if (wrong.has(id)) continue;
				checked += 1;
				expect(luhnValid(id.slice(0, 9)), `${file} : SIREN de ${id}`).toBe(true);
				expect(luhnValid(id), `${file} : ${id}`).toBe(true);
			}
		}
		// The six invoice scenarios alone hold dozens of SIRET: a regex that finds none would pass vacuously.
		expect(checked).toBeGreaterThan(30);
	});

	test('no fictional company has a SIREN starting with 1 or 2 (reserved for public bodies)', () => {
		const companies = [
			...scenarios().flatMap((s) => [s.supplier.siret, ...(s.expected.siretValideur ? [s.expected.siretValideur] : [])]),
			...json<{ scenario: { structures: { siret: string }[] } }>('content/exercises/structure-gp-parti.json').scenario.structures.map((s) => s.siret),
		];
		expect(companies.length).toBeGreaterThan(6);
		for (const siret of companies) expect(siret, siret).toMatch(/^[3-9]/);
	});

	test('where learners see them, the invoice form’s documents and annuaire and the structure exercise say « fictif »', () => {
		for (const s of scenarios()) {
			expect(s.purchaseOrder.mentions.join(' '), `${s.id} : bon de commande`).toMatch(/fictif/);
			expect(s.invoice.mentions.join(' '), `${s.id} : facture`).toMatch(/fictive/);
			for (const entry of s.annuaire) expect(entry.name, `${s.id} : annuaire`).toMatch(/fictive/);
		}
		const gp = json<{ scenario: { context: string; structures: { name: string }[] } }>('content/exercises/structure-gp-parti.json').scenario;
		expect(gp.context).toMatch(/fictif/);
		for (const st of gp.structures) expect(st.name).toMatch(/fictive/);
	});
});
