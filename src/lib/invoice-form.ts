import type { AnnuaireEntry, InvoiceFields, InvoiceScenario } from '../schemas/invoice-form';
import { parseEuros, formatEuros } from './euros';
import { formatDate } from './format';
import { checkSiret } from './identifiers';

/** The form as the learner fills it: text as typed. */
export interface InvoiceFormValues {
	cadre: string;
	siretDestinataire: string;
	codeService: string;
	engagement: string;
	marche: string;
	numeroFacture: string;
	dateFacture: string;
	montantHT: string;
	montantTVA: string;
	montantTTC: string;
	modePaiement: string;
	siretValideur: string;
	piecesJointes: string[];
}

export type FieldName = keyof InvoiceFormValues;

/** Where the learner is between filling the form and sending it: filling, a draft saved, or confirming. */
export type InvoiceStep = 'saisie' | 'brouillon' | 'confirmation';

/** Each field's name as the error summary and the result list say it. */
export const FIELD_LABELS: Record<FieldName, string> = {
	cadre: 'Cadre de facturation',
	siretValideur: 'SIRET de la structure valideuse',
	siretDestinataire: 'SIRET du destinataire',
	codeService: 'Code service',
	engagement: 'Numéro d’engagement',
	marche: 'Numéro de marché',
	numeroFacture: 'Numéro de facture',
	dateFacture: 'Date de facture',
	modePaiement: 'Mode de paiement',
	montantHT: 'Montant HT',
	montantTVA: 'Montant de TVA',
	montantTTC: 'Montant TTC',
	piecesJointes: 'Pièces jointes',
};

/** An empty form. */
export function emptyInvoiceForm(): InvoiceFormValues {
	return {
		cadre: '',
		siretDestinataire: '',
		codeService: '',
		engagement: '',
		marche: '',
		numeroFacture: '',
		dateFacture: '',
		montantHT: '',
		montantTVA: '',
		montantTTC: '',
		modePaiement: '',
		siretValideur: '',
		piecesJointes: [],
	};
}

/** Attachment names: 50 characters at most, extension included, and an extension (fact 3.4.1). */
export function attachmentProblem(name: string): string | null {
	const length = [...name].length;
	if (!/\.[A-Za-z0-9]{2,5}$/.test(name)) return `Le nom de la pièce jointe «\u00a0${name}\u00a0» n’a pas d’extension (.pdf, .jpg…)\u00a0: elle est obligatoire.`;
	if (length > 50) return `Le nom de la pièce jointe «\u00a0${name}\u00a0» fait ${length} caractères\u00a0: 50 au plus, extension comprise. Renommez le fichier.`;
	return null;
}

/** The annuaire entry of a SIRET, if any. */
export function findStructure(annuaire: AnnuaireEntry[], siret: string): AnnuaireEntry | undefined {
	return annuaire.find((a) => a.siret === siret.replace(/\s/g, ''));
}

/** What the recipient requires, in words (for the annuaire mock and the messages). */
export function requirements(entry: AnnuaireEntry, codeService: string) {
	const service = entry.services.find((s) => s.code === codeService.trim());
	return {
		codeService: entry.codeServiceDoitEtreRenseigne,
		engagement: entry.numeroEJDoitEtreRenseigne || Boolean(service?.ejRequired),
		oneOfTwo: entry.gestionNumeroEJOuCodeService,
		service,
	};
}

/**
 * The checks the portal makes when the learner clicks « Valider et envoyer »: formats, the
 * recipient's parameters read in the annuaire, the amounts. Returns one message per field.
 */
export function validateInvoiceForm(v: InvoiceFormValues, annuaire: AnnuaireEntry[]): Partial<Record<FieldName, string>> {
	const errors: Partial<Record<FieldName, string>> = {};
	if (!v.cadre) errors.cadre = 'Choisissez le cadre de facturation.';
	const siret = checkSiret(v.siretDestinataire);
	const entry = siret.valid ? findStructure(annuaire, siret.normalized) : undefined;
	if (!siret.valid) errors.siretDestinataire = siret.problems.map((p) => p.message).join(' ');
	else if (!entry || !entry.active) {
		errors.siretDestinataire = 'Aucune structure publique active ne porte ce SIRET dans l’annuaire\u00a0: vérifiez-le avec la recherche de structure.';
	}
	if (entry) {
		const need = requirements(entry, v.codeService);
		const code = v.codeService.trim();
		const ej = v.engagement.trim();
		if (code && (!need.service || !need.service.active)) {
			errors.codeService = `Le code service «\u00a0${code}\u00a0» n’existe pas (ou n’est plus actif) pour ${entry.name}\u00a0: reprenez celui du bon de commande ou de l’annuaire.`;
		} else if (need.codeService && !code) {
			errors.codeService = `${entry.name} exige un code service\u00a0: il figure en général sur le bon de commande.`;
		}
		if (need.engagement && !ej) {
			errors.engagement = need.service?.ejRequired && !entry.numeroEJDoitEtreRenseigne
				? `Le service ${need.service.label} exige un numéro d’engagement.`
				: `${entry.name} exige un numéro d’engagement\u00a0: il figure en général sur le bon de commande.`;
		}
		if (need.oneOfTwo && !code && !ej && !errors.codeService && !errors.engagement) {
			errors.engagement = `${entry.name} exige le code service ou le numéro d’engagement (l’un des deux au moins).`;
		}
	}
	if (!v.numeroFacture.trim()) errors.numeroFacture = 'Saisissez le numéro de la facture.';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v.dateFacture)) errors.dateFacture = 'Saisissez la date de la facture.';
	const amounts = { montantHT: parseEuros(v.montantHT), montantTVA: parseEuros(v.montantTVA), montantTTC: parseEuros(v.montantTTC) };
	for (const [field, value] of Object.entries(amounts) as [FieldName, number | null][]) {
		if (value === null || value < 0) errors[field] = 'Saisissez un montant en euros, par exemple 1\u202f234,56.';
	}
	const { montantHT: ht, montantTVA: tva, montantTTC: ttc } = amounts;
	if (ht !== null && tva !== null && ttc !== null && ht + tva !== ttc && !errors.montantTTC) {
		errors.montantTTC = `HT + TVA ne font pas le TTC\u00a0: ${formatEuros(ht)} + ${formatEuros(tva)} = ${formatEuros(ht + tva)}, pas ${formatEuros(ttc)}.`;
	}
	if (!v.modePaiement) errors.modePaiement = 'Choisissez le mode de paiement.';
	if (v.cadre === 'A9' || v.cadre === 'A12') {
		const who = v.cadre === 'A9' ? 'du titulaire' : 'du mandataire';
		const valideur = checkSiret(v.siretValideur);
		if (!valideur.valid) errors.siretValideur = `Saisissez le SIRET ${who}, qui validera la facture. ${valideur.problems.map((p) => p.message).join(' ')}`;
	}
	const bad = v.piecesJointes.map(attachmentProblem).filter((p): p is string => p !== null);
	if (bad.length > 0) errors.piecesJointes = bad.join(' ');
	return errors;
}

/** Fields compared with the documents once the invoice is sent. */
const COMPARED: (keyof InvoiceFields)[] = [
	'cadre',
	'siretDestinataire',
	'codeService',
	'engagement',
	'marche',
	'numeroFacture',
	'dateFacture',
	'montantHT',
	'montantTVA',
	'montantTTC',
	'modePaiement',
	'siretValideur',
	'piecesJointes',
];

/** The payment modes of the mock screen: the portal's codes and what the learner reads. */
export const PAYMENT_MODES = [
	['VIREMENT', 'Virement'],
	['CHEQUE', 'Chèque'],
	['PRELEVEMENT', 'Prélèvement'],
	['ESPECE', 'Espèces'],
	['AUTRE', 'Autre'],
	['REPORT', 'Report'],
] as const;

/** A field of the result summary: right or not, what was expected, where it comes from. */
export interface FieldResult {
	field: keyof InvoiceFields;
	ok: boolean;
	expected: string;
	explanation: string;
}

/** An expected value as a person reads it (issue 16): « 2 100,00 € », « 27 octobre 2026 », « Virement ». */
function shown(field: keyof InvoiceFields, value: InvoiceFields[keyof InvoiceFields]): string {
	if (value === null) return 'rien';
	if (Array.isArray(value)) return value.length ? value.join(', ') : 'aucune';
	if (typeof value === 'number') return formatEuros(Math.round(value * 100));
	if (field === 'dateFacture') return formatDate(String(value));
	if (field === 'modePaiement') return PAYMENT_MODES.find(([code]) => code === value)?.[1] ?? String(value);
	return String(value);
}

/**
 * Compares a sent invoice with what the documents say. The portal accepted it; a wrong code
 * service or engagement number still sends it to the wrong place (it would come back « À
 * recycler »), so each field is scored.
 */
export function compareWithExpected(v: InvoiceFormValues, s: InvoiceScenario): FieldResult[] {
	const e = s.expected;
	const text = (x: string) => x.trim().replace(/\s+/g, ' ').toUpperCase();
	const given: Record<keyof InvoiceFields, unknown> = {
		cadre: v.cadre,
		siretDestinataire: v.siretDestinataire.replace(/\s/g, ''),
		codeService: v.codeService.trim() ? text(v.codeService) : null,
		engagement: v.engagement.trim() ? text(v.engagement) : null,
		marche: v.marche.trim() ? text(v.marche) : null,
		numeroFacture: text(v.numeroFacture),
		dateFacture: v.dateFacture,
		montantHT: parseEuros(v.montantHT),
		montantTVA: parseEuros(v.montantTVA),
		montantTTC: parseEuros(v.montantTTC),
		modePaiement: v.modePaiement,
		siretValideur: v.siretValideur.trim() ? v.siretValideur.replace(/\s/g, '') : null,
		piecesJointes: [...v.piecesJointes].sort().join('|'),
	};
	const wanted: Record<keyof InvoiceFields, unknown> = {
		...e,
		codeService: e.codeService === null ? null : text(e.codeService),
		engagement: e.engagement === null ? null : text(e.engagement),
		marche: e.marche === null ? null : text(e.marche),
		numeroFacture: text(e.numeroFacture),
		montantHT: Math.round(e.montantHT * 100),
		montantTVA: Math.round(e.montantTVA * 100),
		montantTTC: Math.round(e.montantTTC * 100),
		piecesJointes: [...e.piecesJointes].sort().join('|'),
	};
	return COMPARED.filter((f) => f !== 'siretValideur' || e.siretValideur !== null || v.siretValideur.trim() !== '').map((field) => ({
		field,
		ok: given[field] === wanted[field],
		expected: shown(field, e[field]),
		explanation: s.explanations[field] ?? '',
	}));
}

/** The values that fill the form with the expected answer (« Voir la solution »). */
export function solutionValues(s: InvoiceScenario): InvoiceFormValues {
	const e = s.expected;
	const euros = (n: number) => formatEuros(Math.round(n * 100)).replace(/\u00a0€$/, '');
	return {
		cadre: e.cadre,
		siretDestinataire: e.siretDestinataire,
		codeService: e.codeService ?? '',
		engagement: e.engagement ?? '',
		marche: e.marche ?? '',
		numeroFacture: e.numeroFacture,
		dateFacture: e.dateFacture,
		montantHT: euros(e.montantHT),
		montantTVA: euros(e.montantTVA),
		montantTTC: euros(e.montantTTC),
		modePaiement: e.modePaiement,
		siretValideur: e.siretValideur ?? '',
		piecesJointes: [...e.piecesJointes],
	};
}

/** What an invoice of the case adds up to, in cents: each line's HT, the VAT by rate, the totals. */
export function invoiceTotals(s: InvoiceScenario) {
	const lines = s.invoice.lines.map((l) => ({ ...l, ht: Math.round(l.quantity * Math.round(l.unitPrice * 100)) }));
	const ht = lines.reduce((sum, l) => sum + l.ht, 0);
	const byRate = new Map<number, number>();
	lines.forEach((l) => byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0) + l.ht));
	const vat = [...byRate].map(([rate, base]) => ({ rate, base, amount: Math.round((base * rate) / 100) }));
	const tva = vat.reduce((sum, v) => sum + v.amount, 0);
	return { lines, ht, vat, tva, ttc: ht + tva };
}
