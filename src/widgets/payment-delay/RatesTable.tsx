import { formatDate } from '../../lib/format';
import { formatRate, type BuyerTypeFact, type RateFact } from '../../lib/payment-delay';

/** A fact-derived figure may carry the fact's note (« à vérifier », « selon … »): likely and unsure facts always do. */
type Noted = { note?: string };

/** What the learner needs to work the cases out by hand: delays by buyer, rates by semester. */
export default function RatesTable({ uid, rates, buyerTypes }: { uid: string; rates: (RateFact & Noted)[]; buyerTypes: (BuyerTypeFact & Noted)[] }) {
	return (
		<>
			<ul class="delay-buyers">
				{buyerTypes.map((b) => (
					<li key={b.id} data-fact-note={b.note ? '' : undefined}>
						{b.label}&nbsp;: {b.days}&nbsp;jours{b.note ? <strong class="fact-warning"> ({b.note})</strong> : null} (
						<a href={b.source.url} rel="external noreferrer">
							{b.source.label}
						</a>
						)
					</li>
				))}
			</ul>
			<div class="table-wrap" role="region" tabIndex={0} aria-labelledby={`${uid}-taux-titre`}>
				<table class="objectives-table">
					<caption id={`${uid}-taux-titre`}>Taux connus, semestre par semestre</caption>
					<thead>
						<tr>
							<th scope="col">Semestre commençant le</th>
							<th scope="col">Taux</th>
							<th scope="col">Source</th>
						</tr>
					</thead>
					<tbody>
						{[...rates]
							.sort((a, b) => a.from.localeCompare(b.from))
							.map((r) => (
								<tr key={r.from} data-fact-note={r.note ? '' : undefined}>
									<th scope="row">
										<time dateTime={r.from}>{formatDate(r.from)}</time>
									</th>
									<td>
										{formatRate(r.rate)}
										{r.note ? <strong class="fact-warning"> ({r.note})</strong> : r.confidence !== 'sure' ? <strong class="fact-warning"> (à vérifier)</strong> : null}
									</td>
									<td>
										<a href={r.source.url} rel="external noreferrer">
											{r.source.label}
										</a>
									</td>
								</tr>
							))}
					</tbody>
				</table>
			</div>
		</>
	);
}
