import { caseSolution, checkCaseAnswer, parseAmount, solveCase, type BuyerTypeFact, type CaseAnswer, type DelayResult, type DelayRules, type PracticeCase } from '../../lib/payment-delay';
import CaseItem from '../kit/CaseItem';
import PracticeActions from '../kit/PracticeActions';
import { useCases } from '../kit/use-cases';
import CaseFeedback from './CaseFeedback';
import RatesTable from './RatesTable';

interface Props {
	exerciseId: string;
	objectives: string[];
	cases: PracticeCase[];
	buyerTypes: BuyerTypeFact[];
	rules: DelayRules;
	/** The widget's one live region. */
	announce: (text: string) => void;
}

/** Cases to work out by hand: due date and interest, checked against the pure functions; one recorded item per case. */
export default function DelayPractice({ exerciseId, objectives, cases, buyerTypes, rules, announce }: Props) {
	const solved = cases.map((c) => ({ c, outcome: solveCase(c, buyerTypes, rules) }));
	// Cases that cannot be computed (a buyer type without its fact) are shown but not scored.
	const expected = new Map(solved.flatMap(({ c, outcome }) => (outcome.ok ? [[c.id, outcome.result] as const] : [])));
	const { practice, answerOf, change, shown } = useCases<CaseAnswer>({
		id: exerciseId,
		objectives,
		announce,
		cases: [...expected].map(([id, result]) => ({ id, solution: caseSolution(result) })),
		blank: { dueDate: '', interest: '' },
		missing: (a) => !a.dueDate || parseAmount(a.interest) === null,
		right: (id, a) => {
			const k = checkCaseAnswer(expected.get(id) as DelayResult, a);
			return k.dueOk && k.interestOk;
		},
		words: {
			missing: (n) => `Saisissez l’échéance et les intérêts (par exemple 10,26) de chaque cas avant de vérifier\u00a0: ${n} cas incomplet${n > 1 ? 's' : ''} ou illisible${n > 1 ? 's' : ''}.`,
			wrong: (right, total) => `À revoir\u00a0: ${right} cas justes sur ${total}. Le calcul est détaillé sous chaque cas.`,
			solution: 'Solution affichée, avec le calcul de chaque cas.',
		},
	});
	// The value is read while the event is live; the answer is updated later, from its latest value.
	const edit = (caseId: string, key: keyof CaseAnswer) => (e: Event) => {
		const v = (e.currentTarget as HTMLInputElement).value;
		change(caseId, (a) => ({ ...a, [key]: v }));
	};

	return (
		<section ref={practice.rootRef} class="delay-practice" aria-labelledby={`${exerciseId}-entrainement`}>
			<h4 id={`${exerciseId}-entrainement`}>À vous&nbsp;: calculez l’échéance et les intérêts</h4>
			<p class="question-hint">
				Prenez le délai de l’acheteur et le taux du semestre où les intérêts commencent à courir (le lendemain de l’échéance). Saisissez les intérêts en euros, au
				centime (0 si la facture est payée à temps)&#8239;; le calculateur ci-dessus peut vous servir à vérifier.
			</p>
			<RatesTable uid={exerciseId} rates={rules.rates} buyerTypes={buyerTypes} />
			<ol class="delay-cases">
				{solved.map(({ c, outcome }, i) => {
					const name = `${exerciseId}-${c.id}`;
					const a = answerOf(c.id);
					return (
						<CaseItem key={c.id} name={name} title={`Cas ${i + 1}`} text={c.text}>
							{outcome.ok ? (
								<>
									<div class="field delay-field">
										<label for={`${name}-echeance`}>Date d’échéance</label>
										<input id={`${name}-echeance`} type="date" value={a.dueDate} onInput={edit(c.id, 'dueDate')} />
									</div>
									<div class="field delay-field">
										<label for={`${name}-interets`}>Intérêts moratoires (€)</label>
										<input id={`${name}-interets`} type="text" inputMode="decimal" autocomplete="off" value={a.interest} onInput={edit(c.id, 'interest')} />
									</div>
									{shown ? <CaseFeedback shown={shown} answer={a} result={outcome.result} /> : null}
								</>
							) : (
								<p class="question-warning">Ce cas ne peut pas être calculé&nbsp;: {outcome.errors.map((e) => e.message).join(' ')}</p>
							)}
						</CaseItem>
					);
				})}
			</ol>
			<PracticeActions practice={practice} />
		</section>
	);
}
