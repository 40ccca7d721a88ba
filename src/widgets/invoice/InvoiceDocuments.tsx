import { formatEuros } from '../../lib/euros';
import { formatDate } from '../../lib/format';
import { invoiceTotals } from '../../lib/invoice-form';
import type { InvoiceScenario } from '../../schemas/invoice-form';

const cents = (n: number) => Math.round(n * 100);

/** The buyer's purchase order and the supplier's invoice, as the learner has them on the desk. */
export default function InvoiceDocuments({ scenario: s }: { scenario: InvoiceScenario }) {
	const po = s.purchaseOrder;
	const { lines, ht, vat, tva } = invoiceTotals(s);
	return (
		// A scroll box of its own beside the form on wide screens (global.css): reachable by keyboard.
		<div class="documents" role="region" tabIndex={0} aria-label={`Documents du cas\u00a0: bon de commande ${po.reference} et facture ${s.invoice.number}`}>
			<article class="document" aria-labelledby={`${s.id}-bdc`}>
				<h4 id={`${s.id}-bdc`}>Bon de commande n° {po.reference}</h4>
				<p>
					<strong>{po.buyer}</strong>
					<br />
					{po.address}
					<br />
					SIRET&nbsp;: {po.buyerSiret}
				</p>
				<dl class="document-fields">
					<dt>Date</dt>
					<dd>{formatDate(po.date)}</dd>
					<dt>Fournisseur</dt>
					<dd>{s.supplier.name}</dd>
					<dt>Objet</dt>
					<dd>{po.object}</dd>
					{po.codeService ? (
						<>
							<dt>Code service</dt>
							<dd>{po.codeService}</dd>
						</>
					) : null}
					{po.engagement ? (
						<>
							<dt>N° d’engagement</dt>
							<dd>{po.engagement}</dd>
						</>
					) : null}
					{po.marche ? (
						<>
							<dt>N° de marché</dt>
							<dd>{po.marche}</dd>
						</>
					) : null}
				</dl>
				{po.mentions.map((m) => (
					<p class="document-mention" key={m}>
						{m}
					</p>
				))}
			</article>
			<article class="document" aria-labelledby={`${s.id}-facture`}>
				<h4 id={`${s.id}-facture`}>Facture n° {s.invoice.number}</h4>
				<p>
					<strong>{s.supplier.name}</strong>
					<br />
					{s.supplier.address}
					<br />
					SIRET&nbsp;: {s.supplier.siret}
				</p>
				<p>
					Date&nbsp;: {formatDate(s.invoice.date)}
					<br />
					Client&nbsp;: {po.buyer}
				</p>
				<div class="table-wrap" role="region" tabIndex={0} aria-label={`Lignes de la facture ${s.invoice.number}`}>
					<table class="objectives-table">
						<thead>
							<tr>
								<th scope="col">Désignation</th>
								<th scope="col">Qté</th>
								<th scope="col">PU HT</th>
								<th scope="col">TVA</th>
								<th scope="col">Total HT</th>
							</tr>
						</thead>
						<tbody>
							{lines.map((l) => (
								<tr key={l.label}>
									<td>{l.label}</td>
									<td>{String(l.quantity).replace('.', ',')}</td>
									<td>{formatEuros(cents(l.unitPrice))}</td>
									<td>{String(l.vatRate).replace('.', ',')}&nbsp;%</td>
									<td>{formatEuros(l.ht)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<dl class="document-fields">
					<dt>Total HT</dt>
					<dd>{formatEuros(ht)}</dd>
					{vat.map((v) => (
						<>
							<dt>TVA {String(v.rate).replace('.', ',')}&nbsp;%</dt>
							<dd>{formatEuros(v.amount)}</dd>
						</>
					))}
					<dt>Total TTC</dt>
					<dd>{formatEuros(ht + tva)}</dd>
					<dt>Règlement</dt>
					<dd>{s.invoice.paymentMode}</dd>
				</dl>
				{s.invoice.mentions.map((m) => (
					<p class="document-mention" key={m}>
						{m}
					</p>
				))}
			</article>
		</div>
	);
}
