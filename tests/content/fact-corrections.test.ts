import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FactSchema, type Fact } from '../../src/schemas/fact';

// The facts after the fact sheet's §11 (second review, 4 December 2026): one text check per item.
const facts = new Map<string, Fact>(
	readdirSync(join('content', 'facts'))
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => (JSON.parse(readFileSync(join('content', 'facts', f), 'utf-8')) as unknown[]).map((raw) => FactSchema.parse(raw)))
		.map((f) => [f.id, f])
);
function fact(id: string): Fact {
	const found = facts.get(id);
	if (!found) throw new Error(`fait « ${id} » introuvable`);
	return found;
}
const all = [...facts.values()];
const text = (f: Fact) => `${f.statement} ${f.value}`;

describe('facts corrected after the fact sheet’s §11', () => {
	test('11.1 — B2B penalties: BCE + 10 points à défaut de taux contractuel, a contractual rate at least 3 × the legal interest rate, never « au minimum »', () => {
		const b2b = fact('b2b-plus-10-points');

		expect(b2b.statement).toMatch(/à défaut de taux fixé au contrat/);
		expect(b2b.statement).toMatch(/au moins égal à trois fois le taux d’intérêt légal/);
		expect(b2b.statement).toMatch(/L\. 441-10/);
		expect(b2b.value).toMatch(/à défaut de taux contractuel/);
		expect(b2b.sheetRef).toBe('11.1');
		expect(all.filter((f) => /au minimum (le taux )?BCE/i.test(text(f))).map((f) => f.id)).toEqual([]);
	});

	test('11.2 — no « tolérance » announced at the start of the reform; the first-offence relief instead', () => {
		const tolerance = fact('reforme-tolerance');

		expect(tolerance.statement).toMatch(/^Aucune tolérance légale/);
		expect(tolerance.statement).toMatch(/première infraction/);
		expect(all.filter((f) => /a annoncé une tolérance/i.test(text(f))).map((f) => f.id)).toEqual([]);
	});

	test('11.3 — one fact says who can modify a structure, its unconfirmed part marked, the transfer of the role as the safe way', () => {
		const modification = fact('modification-structure');

		expect(modification.sheetRef).toBe('11.3');
		expect(modification.confidence).toBe('unsure');
		expect(modification.statement).toMatch(/sauf la modification de la structure/);
		expect(modification.statement).toMatch(/anciens gestionnaires secondaires ont gardé leurs droits, dont la modification de la structure/);
		expect(modification.statement).toMatch(/ne sont pas confirmées/);
		expect(modification.statement).toMatch(/transfert du rôle de gestionnaire principal/);
	});

	test('11.4 — the postponement was removed in session on 11 April 2025', () => {
		const april = fact('reforme-maintien-avril-2025');

		expect(april.value).toBe('11 avril 2025');
		expect(april.effectiveDate).toBe('2025-04-11');
	});

	test('11.5 — size at the legal unit (SIREN) first, citing the administration’s FAQ, then the group caveat of décret 2008-1354', () => {
		const size = fact('taille-notion-entreprise');

		expect(size.statement.indexOf('unité légale (SIREN)')).toBeGreaterThan(-1);
		expect(size.statement.indexOf('unité légale (SIREN)')).toBeLessThan(size.statement.indexOf('notion de groupe'));
		expect(size.source.label).toMatch(/FAQ .*DGFiP/);
	});

	test('11.6 — size bands without a gap: « moins de 250 », « de 250 à 4 999 », « 5 000 ou plus »', () => {
		const bands = fact('categories-ordres-de-grandeur').value;

		expect(bands).toMatch(/5 000 ou plus/);
		expect(bands).toMatch(/de 250 à 4 999/);
		expect(bands).toMatch(/moins de 250/);
		expect(all.filter((f) => /plus de 5 000/.test(text(f))).map((f) => f.id)).toEqual([]);
	});

	test('11.7 — R. 2193-12 stated firmly: 15 days from reception, the titulaire’s silence is agreement; no deadline implied for the mandataire', () => {
		const article = fact('sous-co-articles-ccp');

		expect(article.confidence).toBe('sure');
		expect(article.statement).toMatch(/R\. 2193-12/);
		expect(article.statement).toMatch(/15 jours à compter de la réception/);
		expect(article.statement).toMatch(/son silence vaut accord/);
		expect(fact('sous-traitant-paiement-direct').statement).toMatch(/silence vaut accord/);
		expect(fact('sous-co-delai-mandataire').statement).toMatch(/aucun délai/);
		expect(all.filter((f) => /vraisemblablement aux articles R\. 2193/.test(text(f))).map((f) => f.id)).toEqual([]);
	});

	test('11.8 — the fiche identité du marché names the maître d’œuvre, needed to deposit', () => {
		expect(fact('fiche-identite-marche').statement).toMatch(/identification du maître d’œuvre/);
	});

	test('11.10 — « Encaissée » called mandatory only with its 2026 finance-law condition, in the same place', () => {
		for (const id of ['statuts-obligatoires-b2b', 'statut-encaissee-tva-encaissements']) {
			const f = fact(id);
			expect(f.statement, id).toMatch(/obligatoire/);
			expect(f.statement, id).toMatch(/loi de finances pour 2026/);
			expect(f.statement, id).toMatch(/TVA est exigible à l’encaissement/);
		}
	});

	test('11.12 — moratory rates cited as « calcul du cours : BCE + 8 points (R. 2192-31 CCP) », 10,40 % « à vérifier »', () => {
		const rates = all.filter((f) => /^taux-interets-\d{4}-s[12]$/.test(f.id));

		expect(rates.length).toBeGreaterThanOrEqual(5);
		for (const rate of rates) expect(rate.source.label, rate.id).toBe('calcul du cours : BCE + 8 points (R. 2192-31 CCP)');
		expect(fact('taux-interets-2026-s2').value).toBe('10,40 %');
		expect(fact('taux-interets-2026-s2').note).toMatch(/^à vérifier/);
	});

	test('11.13 — B2B invoices do not go through Chorus Pro', () => {
		expect(fact('factures-b2b-hors-chorus-pro').statement).toMatch(/ne se déposent pas dans Chorus Pro/);
	});

	test('every fact of the original files touched by the review says so: sheet reference and date of check', () => {
		// The lessons helpers' own s11-*.json files are theirs to date.
		const original = new Set(
			readdirSync(join('content', 'facts'))
				.filter((f) => f.endsWith('.json') && !f.startsWith('s11-'))
				.flatMap((f) => (JSON.parse(readFileSync(join('content', 'facts', f), 'utf-8')) as { id: string }[]).map((x) => x.id))
		);
		const reviewed = all.filter((f) => original.has(f.id) && f.sheetRef.startsWith('11.'));

		expect(reviewed.length).toBeGreaterThan(10);
		for (const f of reviewed) expect(f.checkedOn, f.id).toBe('2026-12-04');
	});
});
