import { formatDate } from '../../lib/format';
import { checkCaseAnswer, formatEuros, isoToDay, parseAmount, type CaseAnswer, type DelayResult } from '../../lib/payment-delay';
import { DelaySteps, RateNote } from './DelayResultView';

interface Props {
	/** After « Vérifier » (the learner's answer judged) or « Voir la solution ». */
	shown: 'checked' | 'revealed';
	answer: CaseAnswer;
	result: DelayResult;
}

/** A practice case's verdict in words (due date and interest judged apart), with the arithmetic. */
export default function CaseFeedback({ shown, answer, result }: Props) {
	const k = checkCaseAnswer(result, answer);
	const ok = k.dueOk && k.interestOk;
	const given = parseAmount(answer.interest);
	const parts =
		shown === 'revealed' || ok
			? [`échéance le ${formatDate(result.dueDate)}, intérêts de ${formatEuros(result.interestCents)}.`]
			: [
					k.dueOk ? `l’échéance est juste (${formatDate(result.dueDate)})` : `l’échéance est le ${formatDate(result.dueDate)}${isoToDay(answer.dueDate) !== null ? `, pas le ${formatDate(answer.dueDate)}` : ''}`,
					k.interestOk ? `les intérêts sont justes (${formatEuros(result.interestCents)}).` : `les intérêts sont de ${formatEuros(result.interestCents)}${given !== null ? `, pas ${formatEuros(Math.round(given * 100))}` : ''}.`,
				];
	return (
		<div class={`feedback ${shown === 'revealed' ? 'feedback-revealed' : ok ? 'feedback-correct' : 'feedback-wrong'}`}>
			<p>
				<strong>{shown === 'revealed' ? 'Solution\u00a0: ' : ok ? '✓ Juste\u00a0: ' : '✗ À revoir\u00a0: '}</strong>
				{parts.join('\u202f; ')}
			</p>
			<DelaySteps steps={result.steps} />
			<RateNote result={result} />
		</div>
	);
}
