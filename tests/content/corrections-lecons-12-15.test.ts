import { describe, expect, test } from 'vitest';
import { countMainPathWords, essentielItems, mainPathSource } from '../../src/lib/lesson-words';
import { everyText as readAll, fact, factText, flat, json, question, questionText, section, term as glossaryTerm, text } from './content-text';

/**
 * Issue 9, lessons 12 to 15: one text check per correction of the fact sheet's §11 applied to
 * them (lessons, questions, exercise data, glossary, programme), plus the main-path margins these
 * lessons keep. Each check reads the files as written, so a later edit that brings the wrong claim
 * back fails. Their readability (« L’essentiel », main path within 1,500 words, sections, exercises
 * and trainer notes kept) is checked for every lesson in readability.test.ts.
 */

const LESSONS = {
	'12': 'content/lessons/12-cotraitance-sous-traitance.mdx',
	'13': 'content/lessons/13-factures-travaux.mdx',
	'14': 'content/lessons/14-support.mdx',
	'15': 'content/lessons/15-reforme-b2b.mdx',
} as const;
type LessonNumber = keyof typeof LESSONS;
const QUESTIONS = [
	'content/questions/12-cotraitance-sous-traitance.json',
	'content/questions/13-factures-travaux.json',
	'content/questions/14-support.json',
	'content/questions/15-reforme-b2b.json',
];
const EXERCISE_IDS = [
	'pratique-sous-co',
	'pratique-travaux',
	'circuit-travaux-mensuel',
	'circuit-travaux-fin-marche',
	'pratique-support',
	'choix-canal-support',
	'calendrier-reforme',
	'pratique-reforme',
];
const EXERCISES = EXERCISE_IDS.map((id) => `content/exercises/${id}.json`);
const GLOSSARIES = ['content/glossary/lecons-12-14.json', 'content/glossary/lecon-13.json', 'content/glossary/lecon-15.json'];

/** Flat text without Markdown bold, so « la **tolérance** annoncée » reads as the learner reads it. */
const plain = (s: string) => flat(s).replace(/\*\*/g, '');
/** What the learner's page shows of a lesson: trainer notes out. */
const learnerText = (n: LessonNumber) => plain(text(LESSONS[n])).replace(/<NoteFormateur>[\s\S]*?<\/NoteFormateur>/g, ' ');
/** A glossary definition, flattened: these checks read the definition only. */
const term = (id: string) => flat(glossaryTerm(id).definition);
/** Every text of these lessons a learner can read, from any file of the group (trainer notes out). */
const everyText = () => [
	...(Object.keys(LESSONS) as LessonNumber[]).map((n) => ({ file: LESSONS[n], body: learnerText(n) })),
	...readAll([...QUESTIONS, ...EXERCISES, ...GLOSSARIES]),
];

describe('11.2 — no start-up « tolérance »; the first-offence relief instead', () => {
	test('no learner text of the group teaches an announced tolerance', () => {
		for (const { file, body } of everyText()) {
			expect(body, file).not.toMatch(/tolérance annoncée|tolérance envers les entreprises de bonne foi|la tolérance couvre/i);
		}
	});

	test('lesson 15 teaches the first-offence relief on its main path, and answers the « tolérance » rumour in a disclosure', () => {
		const sanctions = section('15', 'sanctions-tolerance');
		const main = flat(mainPathSource(text(LESSONS['15'])));

		expect(main).toContain('**La première infraction :** <Fait id="sanction-premiere-infraction" affichage="phrase" />');
		expect(sanctions).toMatch(/<PlusLoin titre="[^"]*« tolérance »[^"]*">[\s\S]*<Fait id="reforme-tolerance" affichage="phrase" \/>[\s\S]*<\/PlusLoin>/);
		expect(sanctions).not.toMatch(/<Section id="sanctions-tolerance" title="[^"]*tolérance/);
	});

	test('the tolerance question is answered « faux » with the first offence, and the fact it rests on says no legal tolerance, likely, with a note', () => {
		const q = question('l15-tolerance');
		expect(q.answer).toBe(false);
		expect(q.explanation).toMatch(/première infraction/);
		expect(q.basis?.facts).toEqual(expect.arrayContaining(['reforme-tolerance', 'sanction-premiere-infraction']));

		// The fact, corrected by the facts group, now says no legal tolerance was found, with its note.
		const f = fact('reforme-tolerance');
		expect(f.confidence).toBe('likely');
		expect(f.note).toBeTruthy();
		expect(f.statement).toMatch(/^Aucune tolérance légale/);
		expect(f.statement).toMatch(/première infraction réparée spontanément ou dans les 30 jours/);
	});
});

describe('11.4 — the calendar kept on 11 April 2025', () => {
	test('the history question and the reform exercise give the day, not a bare « avril 2025 »', () => {
		expect(question('l15-historique-ordre').explanation).toContain('le 11 avril 2025');
		for (const { file, body } of everyText()) expect(body, file).not.toMatch(/(?<!11 )avril 2025/);
	});

	test('lesson 15 and the reform exercise show the episode through its dated fact rather than typing the date', () => {
		expect(section('15', 'historique-calendrier')).toMatch(/<Chronologie [^>]*"reforme-maintien-avril-2025"/);
		const exercise = json<{ data: { history: { id: string; facts: string[] }[] } }>('content/exercises/calendrier-reforme.json');
		expect(exercise.data.history.find((h) => h.id === 'maintien-2025')?.facts).toContain('reforme-maintien-avril-2025');
		expect(fact('reforme-maintien-avril-2025').value).toBe('11 avril 2025');
	});
});

describe('11.5 — company size at the legal-unit level first, the group caveat second', () => {
	test('lesson 15 has the learner take the unit’s (SIREN) figures before showing the group caveat', () => {
		const size = section('15', 'categorie-entreprise');
		const unit = size.indexOf('unité légale (votre SIREN)');
		const caveat = size.indexOf('<Fait id="taille-notion-entreprise" affichage="phrase" />');

		expect(unit).toBeGreaterThan(-1);
		expect(caveat).toBeGreaterThan(unit);
	});

	test('the glossary and the date question name the unit first, then the group', () => {
		const definition = term('categorie-entreprise');
		expect(definition.indexOf('unité légale')).toBeGreaterThan(-1);
		expect(definition.indexOf('groupe')).toBeGreaterThan(definition.indexOf('unité légale'));
		expect(definition).toMatch(/FAQ de l’administration/);

		const explanation = question('l15-date-appreciation').explanation;
		expect(explanation.indexOf('groupe')).toBeGreaterThan(explanation.indexOf('unité légale (SIREN)'));
		expect(flat(text('content/exercises/calendrier-reforme.json'))).toMatch(/son unité légale, son SIREN/);
	});
});

describe('11.6 — headcount bands without a gap, « 5 000 ou plus »', () => {
	test('lesson 15 writes the bands « moins de 250 », « de 250 à 4 999 », « 5 000 ou plus »', () => {
		const size = section('15', 'categorie-entreprise');
		expect(size).toContain('moins de 250, de 250 à 4 999, 5 000 ou plus');
		expect(size).toContain('| grande entreprise | 5 000 personnes ou plus');
	});

	test('no text of the group leaves a gap (« plus de 5 000 ») and the glossary and the ETI question use the same bands', () => {
		for (const { file, body } of everyText()) expect(body, file).not.toMatch(/plus de 5 000/);
		expect(term('categorie-entreprise')).toContain('de 250 à 4 999, 5 000 ou plus');
		expect(question('l15-effectif-seul').explanation).toContain('de 250 à 4 999 personnes');
	});
});

describe('11.7 — R. 2193-12: the titulaire’s 15 days, silence is agreement; the buyer’s acceptance apart; no deadline for A12', () => {
	test('lesson 12 states the rule with its article fact and keeps the buyer’s acceptance in its own disclosure', () => {
		const silence = section('12', 'refuser-ou-silence');
		expect(silence).toContain('<Fait id="sous-co-articles-ccp" affichage="phrase" />');
		expect(silence).toMatch(/<PlusLoin titre="à ne pas confondre : l’acceptation du sous-traitant par l’acheteur">[\s\S]*<Fait id="sous-traitant-acceptation-acheteur" affichage="phrase" \/>/);
		expect(learnerText('12')).toMatch(/à compter de la réception de la demande pour l’accepter ou la refuser : son silence vaut accord/);
	});

	test('the buyer’s 21 days are a likely fact with a note, and give no article number', () => {
		const f = fact('sous-traitant-acceptation-acheteur');
		expect(f.confidence).toBe('likely');
		expect(f.value).toBe('21 jours');
		expect(f.note).toMatch(/à vérifier/);
		expect(f.statement).not.toMatch(/R\. ?\d/);
	});

	test('the silence questions, the glossary and the works exercise give R. 2193-12, the reception as starting point and « silence vaut accord »', () => {
		for (const id of ['l12-silence-titulaire', 'l13-sous-traitant-validation']) {
			const q = questionText(question(id));
			expect(q, id).toContain('R. 2193-12');
			expect(q, id).toMatch(/réception de la demande/);
			expect(q, id).toMatch(/silence vaut accord/);
		}
		expect(term('validation-tacite')).toMatch(/R\. 2193-12[\s\S]*acceptation du sous-traitant par l’acheteur/);
		expect(flat(text('content/glossary/base.json'))).toMatch(/dans les 15 jours qui suivent la réception de la demande \(art\. R\. 2193-12/);
		expect(flat(text('content/exercises/circuit-travaux-mensuel.json'))).toMatch(/R\. 2193-12[^"]*son silence vaut accord/);
	});

	test('no text of the group gives the mandataire a deadline or a tacit validation for A12 invoices', () => {
		for (const { file, body } of everyText()) {
			expect(body, file).not.toMatch(/mandataire (a|dispose de) \d+ jours/);
			expect(body, file).not.toMatch(/A12[^.]{0,80}validation (est )?tacite/);
		}
		expect(section('12', 'deposer-a12')).toContain('<Fait id="sous-co-delai-mandataire" affichage="phrase" />');
	});
});

describe('11.8 — works: the maître d’œuvre’s identification is needed to deposit', () => {
	test('lesson 13 says it where it prepares the first deposit, and its fiche identité lists the maître d’œuvre’s SIRET', () => {
		const fiche = section('13', 'fiche-identite-marche');
		expect(fiche).toContain('Titulaire, notez-y bien le maître d’œuvre : <Fait id="fiche-identite-marche" affichage="phrase" />');
		// The fact shown there (completed by the facts group) says the deposit needs it.
		expect(fact('fiche-identite-marche').statement).toMatch(/identification du maître d’œuvre[^.]*: sans elle, il ne peut pas déposer/);
		expect(fiche).toMatch(/\| Bâtisud, titulaire \|[^\n]*SIRET du cabinet d’architecte \(maître d’œuvre\)/);
		expect(essentielItems(text(LESSONS['13'])).join(' ')).toMatch(/identification \(SIRET\) du maître d’œuvre/);
	});

	test('the fact is sure, from 11.8; the fiche question counts the maître d’œuvre as a right answer; the glossary says it', () => {
		const f = fact('travaux-identification-moe');
		expect(f.confidence).toBe('sure');
		expect(f.sheetRef).toBe('11.8');

		const moe = question('l13-fiche-identite').options?.find((o) => o.id === 'moe');
		expect(moe?.correct).toBe(true);
		expect(moe?.text).toMatch(/maître d’œuvre/);
		expect(term('fiche-identite-du-marche')).toMatch(/identification \(SIRET\) du maître d’œuvre/);
	});
});

describe('11.9 — after a rejection, the accounting caveat shown through its fact', () => {
	test('lesson 12 cites the fact and does not restate it as its own prose', () => {
		expect(section('12', 'erreurs-frequentes')).toContain('<Fait id="rejet-suite-comptable" affichage="phrase" />');
		const typed = learnerText('12').replace(/<Fait [^>]*\/>/g, ' ');
		expect(typed).not.toMatch(/ne disparaît pas de votre comptabilité|traitement comptable de la facture rejetée/);
	});
});

describe('11.10 — « Encaissée »: mandatory, and due only when VAT is payable on receipt, said together', () => {
	test('lesson 15 shows the mandatory statuses and the 2026 condition in the same paragraph', () => {
		const paragraph = section('15', 'statuts-e-reporting')
			.split('\n\n')
			.find((p) => p.includes('<Fait id="statuts-obligatoires-b2b"'));
		expect(paragraph).toMatch(/condition pour « Encaissée »/);
		// The fact shown there (corrected by the facts group) carries the condition itself.
		expect(fact('statuts-obligatoires-b2b').statement).toMatch(/Encaissée[^.]*\. Depuis la loi de finances pour 2026, « Encaissée » n’est toutefois à transmettre que lorsque la TVA est exigible à l’encaissement/);
	});

	test('the glossary and the status question say the condition where they call « Encaissée » mandatory or paid', () => {
		expect(term('cycle-de-vie-b2b')).toMatch(/Quatre sont obligatoires : [^.]*Encaissée[^.]*; [^.]*TVA est due à l’encaissement/);
		expect(term('cycle-de-vie-b2b')).toContain('de « Déposée » (200) à « Rejetée » (213)');
		expect(question('l15-rejetee-refusee').explanation).toMatch(/statut obligatoire, mais, depuis la loi de finances pour 2026 et selon la presse spécialisée, on ne le transmet que pour les opérations dont la TVA est exigible à l’encaissement/);
	});
});

describe('11.11 — example identities', () => {
	test('no text of the group carries a SIREN or SIRET: the companies of lessons 12–15 are named, never numbered, and said fictitious', () => {
		for (const { file, body } of everyText()) {
			expect(body, file).not.toMatch(/732 ?829 ?320/);
			expect(body, file).not.toMatch(/(?<![\d,])\d{3} ?\d{3} ?\d{3}(?: ?\d{5})?(?![\d,])/);
		}
		for (const id of ['circuit-travaux-mensuel', 'circuit-travaux-fin-marche', 'choix-canal-support', 'calendrier-reforme']) {
			expect(text(`content/exercises/${id}.json`), id).toMatch(/fictif|fictive/);
		}
	});
});

describe('11.13 — « inter-entreprises » invoices do not go through Chorus Pro', () => {
	test('the programme bullet that names them says so', () => {
		const programme = json<{ id: string; text: string }[]>('content/programme.json');
		const bullet = programme.find((b) => b.id === 's2-reforme-objectifs-entreprises');
		expect(bullet?.text).toMatch(/« inter-entreprises »[^)]*ne se déposent pas dans Chorus Pro/);
	});

	test('lesson 15 says it in « L’essentiel » and in its first section; the glossary term says it', () => {
		expect(essentielItems(text(LESSONS['15']))[0]).toMatch(/« inter-entreprises », B2B\) ne se déposent pas dans Chorus Pro/);
		expect(section('15', 'objectifs-reforme')).toContain('**Ces factures « inter-entreprises » (B2B) ne se déposent pas dans Chorus Pro**');
		expect(term('facturation-electronique-b2b')).toMatch(/« inter-entreprises » ne se déposent pas dans Chorus Pro/);
	});
});

describe('11.3 — who can modify a structure is not restated in lessons 12–15', () => {
	test('no text of the group says who may modify a structure (lessons 1, 2, 4, 5, 6 and the fact say it once)', () => {
		for (const { file, body } of everyText()) expect(body, file).not.toMatch(/modifi\w* (de )?la structure/i);
	});
});

describe('readability of lessons 12–15', () => {
	// « L’essentiel », the 1,500-word limit, sections, exercises and trainer notes are checked for
	// every lesson in readability.test.ts; these lessons keep a tighter margin of their own.
	test.each(Object.keys(LESSONS) as LessonNumber[])('lesson %s keeps its main path well within 1,500 words (1,450 at most)', (n) => {
		expect(countMainPathWords(text(LESSONS[n]), factText)).toBeLessThanOrEqual(1450);
	});

	test('lesson 13, the longest page, has markedly fewer main-path words than its 2,145 before issue 9', () => {
		expect(countMainPathWords(text(LESSONS['13']), factText)).toBeLessThan(1400);
	});
});
