import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { checkCaseAnswer, formatEuros, isoToDay, parseAmount, solveCase, type BuyerTypeFact, type DelayCase, type DelayResult, type DelayRules } from '../../lib/payment-delay';
import { recordAttempt } from '../../stores/progress';
import { useRevealRequest } from '../kit/use-reveal';
import { DelaySteps } from './DelayResultView';
import RatesTable from './RatesTable';
import CheckActions from '../shared/CheckActions';

/** A practice case: its text and its data. */
export interface PracticeCase extends DelayCase {
	id: string;
	text: string;
}

interface Props {
	exerciseId: string;
	objectives: string[];
	cases: PracticeCase[];
	buyerTypes: BuyerTypeFact[];
	rules: DelayRules;
	announce: (text: string) => void;
}

type Answer = { dueDate: string; interest: string };
const blank = (): Answer => ({ dueDate: '', interest: '' });

/** Cases to work out by hand: due date and interest, checked against the pure functions. */
export default function DelayPractice({ exerciseId, objectives, cases, buyerTypes, rules, announce }: Props) {
	const [answers, setAnswers] = useState<Record<string, Answer>>({});
	const [checked, setChecked] = useState<'scored' | 'revealed' | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const started = useRef(Date.now());
	const solved = cases.map((c) => ({ c, outcome: solveCase(c, buyerTypes, rules) }));
	const gradable = solved.flatMap(({ c, outcome }) => (outcome.ok ? [{ c, result: outcome.result }] : []));
	const answerOf = (id: string) => answers[id] ?? blank();

	const record = (outcome: 'scored' | 'revealed', given: Record<string, Answer>) => {
		const durationMs = Date.now() - started.current;
		for (const { c, result } of gradable) {
			const check = checkCaseAnswer(result, given[c.id] ?? blank());
			const score = outcome === 'scored' && check.dueOk && check.interestOk ? 1 : 0;
			recordAttempt({ itemId: `${exerciseId}:${c.id}`, objectives, score, max: 1, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const missing = gradable.filter(({ c }) => !answerOf(c.id).dueDate || parseAmount(answerOf(c.id).interest) === null).length;
		if (missing > 0) {
			const text = `Saisissez l’échéance et les intérêts (par exemple 10,26) de chaque cas avant de vérifier : ${missing} cas incomplet${missing > 1 ? 's' : ''} ou illisible${missing > 1 ? 's' : ''}.`;
			setWarning(text);
			announce(text);
			return;
		}
		setWarning(null);
		record('scored', answers);
		setChecked('scored');
		const right = gradable.filter(({ c, result }) => {
			const k = checkCaseAnswer(result, answerOf(c.id));
			return k.dueOk && k.interestOk;
		}).length;
		announce(right === gradable.length ? `Correct : ${right} sur ${gradable.length}.` : `À revoir : ${right} cas justes sur ${gradable.length}. Le calcul est détaillé sous chaque cas.`);
	};

	const reveal = () => {
		const solution = Object.fromEntries(gradable.map(({ c, result }) => [c.id, { dueDate: result.dueDate, interest: formatEuros(result.interestCents).replace(/\u00a0€$/, '') }]));
		setAnswers(solution);
		setWarning(null);
		setChecked('revealed');
		record('revealed', solution);
		announce('Solution affichée, avec le calcul de chaque cas.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setChecked(null);
		setWarning(null);
		started.current = Date.now();
		announce('Réponses effacées : à vous.');
	};

	const change = (id: string, patch: Partial<Answer>) => {
		setAnswers({ ...answers, [id]: { ...answerOf(id), ...patch } });
		if (checked) setChecked(null);
	};

	return (
		<section class="delay-practice" aria-labelledby={`${exerciseId}-entrainement`}>
			<h4 id={`${exerciseId}-entrainement`}>À vous : calculez l’échéance et les intérêts</h4>
			<p class="question-hint">
				Prenez le délai de l’acheteur et le taux du semestre où les intérêts commencent à courir (le lendemain de l’échéance). Saisissez les intérêts en euros, au
				centime (0 si la facture est payée à temps) ; le calculateur ci-dessus peut vous servir à vérifier.
			</p>
			<RatesTable uid={exerciseId} rates={rules.rates} buyerTypes={buyerTypes} />
			<ol class="delay-cases">
				{solved.map(({ c, outcome }, i) => {
					const name = `${exerciseId}-${c.id}`;
					const a = answerOf(c.id);
					return (
						<li key={c.id}>
							<fieldset class="question" aria-describedby={`${name}-texte`}>
								<legend>Cas {i + 1}</legend>
								<p id={`${name}-texte`}>{c.text}</p>
								{outcome.ok ? (
									<>
										<div class="field delay-field">
											<label for={`${name}-echeance`}>Date d’échéance</label>
											<input id={`${name}-echeance`} type="date" value={a.dueDate} onInput={(e) => change(c.id, { dueDate: (e.currentTarget as HTMLInputElement).value })} />
										</div>
										<div class="field delay-field">
											<label for={`${name}-interets`}>Intérêts moratoires (€)</label>
											<input id={`${name}-interets`} type="text" inputMode="decimal" autocomplete="off" value={a.interest} onInput={(e) => change(c.id, { interest: (e.currentTarget as HTMLInputElement).value })} />
										</div>
										{checked ? <CaseFeedback checked={checked} answer={a} result={outcome.result} /> : null}
									</>
								) : (
									<p class="question-warning">Ce cas ne peut pas être calculé : {outcome.errors.map((e) => e.message).join(' ')}</p>
								)}
							</fieldset>
						</li>
					);
				})}
			</ol>
			<CheckActions warning={warning} canRetry={Boolean(checked)} onVerify={verify} onReveal={reveal} onRetry={retry} />
		</section>
	);
}

function CaseFeedback({ checked, answer, result }: { checked: 'scored' | 'revealed'; answer: Answer; result: DelayResult }) {
	const k = checkCaseAnswer(result, answer);
	const ok = k.dueOk && k.interestOk;
	const given = parseAmount(answer.interest);
	const parts =
		checked === 'revealed' || ok
			? [`échéance le ${formatDate(result.dueDate)}, intérêts de ${formatEuros(result.interestCents)}.`]
			: [
					k.dueOk ? `l’échéance est juste (${formatDate(result.dueDate)})` : `l’échéance est le ${formatDate(result.dueDate)}${isoToDay(answer.dueDate) !== null ? `, pas le ${formatDate(answer.dueDate)}` : ''}`,
					k.interestOk ? `les intérêts sont justes (${formatEuros(result.interestCents)}).` : `les intérêts sont de ${formatEuros(result.interestCents)}${given !== null ? `, pas ${formatEuros(Math.round(given * 100))}` : ''}.`,
				];
	return (
		<div class={`feedback ${checked === 'revealed' ? 'feedback-revealed' : ok ? 'feedback-correct' : 'feedback-wrong'}`}>
			<p>
				<strong>{checked === 'revealed' ? 'Solution : ' : ok ? '✓ Juste : ' : '✗ À revoir : '}</strong>
				{parts.join(' ; ')}
			</p>
			<DelaySteps steps={result.steps} />
		</div>
	);
}
