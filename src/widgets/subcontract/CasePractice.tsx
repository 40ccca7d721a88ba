import { useEffect, useRef, useState } from 'preact/hooks';
import { answerProblem, BLANK_ANSWER, caseStatus, scoreCase, solutionAnswer, verdictText, type CaseAnswer, type CaseStatus, type CaseVerdict, type RuleFact } from '../../lib/subcontract-validation';
import type { SubcontractCase } from '../../schemas/subcontract-validation';
import type { ChoiceOption } from '../kit/ChoiceField';
import ErrorSummary from '../kit/ErrorSummary';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import SubcontractCaseItem, { caseTitle } from './SubcontractCaseItem';

interface Props {
	exerciseId: string;
	objectives: string[];
	item: SubcontractCase;
	/** Days from reception to the simulation's « aujourd’hui ». */
	days: number;
	reasons: ChoiceOption[];
	rules: Record<string, RuleFact>;
	/** Whether this case is the one chosen in the list; the others stay mounted, hidden, with their state. */
	shown: boolean;
	/** The widget's one live region. */
	announce: (text: string) => void;
	onStatus: (caseId: string, status: CaseStatus) => void;
	/** « Demande suivante », beside the case's own actions; absent on the last request. */
	onNext?: () => void;
}

/** The control the error summary leads to, by the decision already taken (none: the first radio). */
const TARGET: Record<string, string> = { refuser: 'motif', valider: 'qualite' };

/**
 * One request of « Factures à valider » with its own practice lifecycle: « Vérifier »,
 * « Voir la solution » and « Réessayer » act on it alone and record one item,
 * `${exerciseId}:${caseId}`, out of 1. It stays mounted while another case is shown, so its
 * answer, its feedback and its phase are there when the learner comes back to it.
 */
export default function CasePractice({ exerciseId, objectives, item, days, reasons, rules, shown, announce, onStatus, onNext }: Props) {
	const base = `${exerciseId}-${item.id}`;
	const itemId = `${exerciseId}:${item.id}`;
	const [answer, setAnswer] = useState<CaseAnswer>(BLANK_ANSWER);
	// Bumped by each check refused for a missing answer: the error summary then takes focus.
	const [refused, setRefused] = useState(0);
	const summary = useRef<HTMLDivElement>(null);
	const practice = usePractice<CaseVerdict>({
		id: exerciseId,
		objectives,
		answer,
		announce,
		check: () => {
			const problem = answerProblem(answer, item.validator);
			if (problem) {
				setRefused((n) => n + 1);
				return { missing: `Décision incomplète\u00a0: ${problem}` };
			}
			const verdict = scoreCase(item, answer);
			const feedback = `${caseTitle(item)}\u00a0: ${verdictText(verdict)}${verdict.score === 1 ? '' : ' Lisez l’explication sous la demande.'}`;
			return { result: verdict, items: [{ itemId, score: verdict.score, max: 1 }], feedback };
		},
		solution: () => ({
			items: [{ itemId, score: 0, max: 1 }],
			show: () => setAnswer(solutionAnswer(item)),
			message: 'Solution affichée\u00a0: la décision à prendre pour cette demande, avec l’explication et la source de la règle.',
		}),
		reset: () => {
			setAnswer(BLANK_ANSWER);
			return 'Réponse effacée\u00a0: à vous.';
		},
	});
	const { phase, warning } = practice;
	const verdict = phase === 'checked' ? practice.result : null;
	const status = caseStatus(phase, verdict, answer);
	const problem = warning === null ? null : answerProblem(answer, item.validator);

	useEffect(() => onStatus(item.id, status), [status]);
	useEffect(() => {
		if (refused > 0) summary.current?.focus();
	}, [refused]);

	const onChange = (update: (current: CaseAnswer) => CaseAnswer) => {
		setAnswer(update);
		practice.edit();
	};

	return (
		<div ref={practice.rootRef} class="subcontract-item" data-case={item.id} hidden={!shown}>
			{problem ? (
				<ErrorSummary uid={base} errors={[{ key: item.id, message: `${caseTitle(item)}\u00a0: ${problem}`, target: `${base}-${TARGET[answer.decision] ?? 'decision-valider'}` }]} summaryRef={summary} />
			) : null}
			<SubcontractCaseItem
				base={base}
				item={item}
				days={days}
				answer={answer}
				reasons={reasons}
				shown={phase === 'answering' ? null : phase}
				verdict={verdict}
				problem={problem}
				rules={rules}
				onChange={onChange}
			/>
			<div class="subcontract-actions">
				<PracticeActions practice={practice} />
				{onNext ? (
					<button type="button" class="btn btn-secondary subcontract-next" onClick={onNext}>
						Demande suivante
					</button>
				) : null}
			</div>
		</div>
	);
}
