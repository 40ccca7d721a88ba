import { InvoiceScenarioSchema, type InvoiceScenario } from '../../src/schemas/invoice-form';

/** A commune that requires a code service; a look-alike structure; one bad attachment name. */
export const communeScenario: InvoiceScenario = InvoiceScenarioSchema.parse({
	id: 'commune',
	title: 'Une commune qui exige un code service',
	situation: 'Cas fictif : vous livrez des fournitures scolaires à la commune de Valbourg.',
	supplier: { name: 'Papeterie Lenoir', siret: '81749236600015', address: '3 rue des Écoles, 59000 Lille' },
	purchaseOrder: {
		buyer: 'Commune de Valbourg',
		buyerSiret: '67294518500011',
		address: 'Place de la Mairie, 62000 Valbourg',
		date: '2026-10-02',
		reference: 'BC-2026-044',
		codeService: 'ECOLES',
		object: 'Fournitures scolaires',
		mentions: ['Facture à déposer sur Chorus Pro avec le code service indiqué.'],
	},
	invoice: {
		number: 'F-2026-118',
		date: '2026-10-15',
		lines: [
			{ label: 'Cahiers', quantity: 100, unitPrice: 2.5, vatRate: 20 },
			{ label: 'Stylos', quantity: 50, unitPrice: 1, vatRate: 20 },
		],
		paymentMode: 'Virement',
	},
	files: ['bon-de-livraison.pdf', 'bon-de-livraison-signe-par-le-directeur-de-l-ecole-du-centre.pdf'],
	annuaire: [
		{
			siret: '67294518500011',
			name: 'Commune de Valbourg',
			codeServiceDoitEtreRenseigne: true,
			numeroEJDoitEtreRenseigne: false,
			gestionNumeroEJOuCodeService: false,
			services: [
				{ code: 'ECOLES', label: 'Affaires scolaires' },
				{ code: 'TECH', label: 'Services techniques', ejRequired: true },
			],
		},
		{ siret: '76038291100013', name: 'CCAS de Valbourg', codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: true, gestionNumeroEJOuCodeService: false },
	],
	expected: {
		cadre: 'A1',
		siretDestinataire: '67294518500011',
		codeService: 'ECOLES',
		engagement: null,
		marche: null,
		numeroFacture: 'F-2026-118',
		dateFacture: '2026-10-15',
		montantHT: 300,
		montantTVA: 60,
		montantTTC: 360,
		modePaiement: 'VIREMENT',
		siretValideur: null,
		piecesJointes: ['bon-de-livraison.pdf'],
	},
	explanations: { codeService: 'Sur le bon de commande, case « Code service ».', siretDestinataire: 'Sur le bon de commande, vérifié dans l’annuaire.' },
});
