import { formatDate } from '../../lib/format';
import { formatRate, semesterStart, type RateFact } from '../../lib/payment-delay';

interface Props {
	/** The rate's fact; `note` is the fact's own note (« à vérifier »), present when it is not sure. */
	suggestion: { interestStart: string; fact: (RateFact & { note?: string }) | null } | null;
}

/** Where the prefilled rate comes from: its semester, its source, and « à vérifier » when not sure. */
export default function RateHint({ suggestion }: Props) {
	if (!suggestion) {
		return (
			<>
				Taux BCE + 8 points, celui du 1er jour du semestre où les intérêts commencent à courir. Il est proposé dès que l’acheteur et les dates sont
				saisis&#8239;; vous pouvez le modifier.
			</>
		);
	}
	const { interestStart, fact } = suggestion;
	if (!fact) {
		return (
			<>
				Les intérêts courraient à partir du {formatDate(interestStart)}&nbsp;: aucun taux connu pour le semestre commençant le {formatDate(semesterStart(interestStart))}.
				Saisissez le taux en vigueur.
			</>
		);
	}
	return (
		<span data-fact-note={fact.note ? '' : undefined}>
			Taux proposé&nbsp;: {formatRate(fact.rate)}, en vigueur au {formatDate(fact.from)}, 1er jour du semestre où les intérêts commenceraient à courir (le{' '}
			{formatDate(interestStart)}). Un seul taux pour toute la période&#8239;; vous pouvez le modifier.{' '}
			{fact.confidence !== 'sure' ? (
				<>
					<strong class="fact-warning">À vérifier&nbsp;:</strong> ce taux n’est pas confirmé par une source officielle{fact.note ? ` (${fact.note})` : ''}.{' '}
				</>
			) : null}
			<a href={fact.source.url} rel="external noreferrer">
				Source&nbsp;: {fact.source.label}
			</a>
		</span>
	);
}
