import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { answerProblem, BLANK_ANSWER, daysBetween, scoreCase, scoreCases, solutionAnswers, type CaseAnswer, type RuleFact } from '../../lib/subcontract-validation';
import type { SubcontractValidationData } from '../../schemas/subcontract-validation';
import ErrorSummary from '../kit/ErrorSummary';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { useCases } from '../kit/use-cases';
import SubcontractCaseItem, { caseTitle } from './SubcontractCaseItem';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: SubcontractValidationData;
	/** The facts the cases cite, resolved at build time (statement, confidence, note, source). */
	rules: Record<string, RuleFact>;
}

const plural = (n: number) => (n > 1 ? 's' : '');
/** The control the error summary leads to, by the decision already taken (none: the first radio). */
const TARGET: Record<string, string> = { refuser: 'motif', valider: 'qualite' };

/**
 * The titulaire's (or mandataire's) « Factures à valider »: for each payment request, read it
 * with the acte spécial or the contract, then validate, refuse with a reason, or see that the
 * delay is over. One recorded item per request, `${exerciseId}:${caseId}`, out of 1.
 */
export default function SubcontractValidation({ exerciseId, objectives, data, rules }: Props) {
	const byId = new Map(data.cases.map((c) => [c.id, c]));
	const solution = solutionAnswers(data);
	const cases = useCases<CaseAnswer>({
		id: exerciseId,
		objectives,
		cases: data.cases.map((c) => ({ id: c.id, solution: solution[c.id] ?? BLANK_ANSWER })),
		blank: BLANK_ANSWER,
		missing: (a) => answerProblem(a) !== null,
		right: (id, a) => {
			const item = byId.get(id);
			return item ? scoreCase(item, a).score === 1 : false;
		},
		words: {
			missing: (n) => `Décidez pour chaque demande avant de vérifier : ${n} demande${plural(n)} sans décision complète.`,
			wrong: (right, total) => `À revoir : ${right} sur ${total}. Lisez l’explication sous chaque demande.`,
			solution: 'Solution affichée : la décision à prendre pour chaque demande, avec l’explication et la source de la règle.',
		},
	});
	const { practice, answerOf, shown } = cases;
	const summary = useRef<HTMLDivElement>(null);
	const uid = (id: string) => `${exerciseId}-${id}`;
	const reasons = data.reasons.map((r) => ({ value: r.id, text: r.text }));
	const problems = practice.warning === null ? [] : data.cases.flatMap((c) => {
		const problem = answerProblem(answerOf(c.id), c.validator);
		if (!problem) return [];
		const target = TARGET[answerOf(c.id).decision] ?? 'decision-valider';
		return [{ key: c.id, message: `${caseTitle(c)} : ${problem}`, target: `${uid(c.id)}-${target}` }];
	});
	const score = shown === 'checked' ? scoreCases(data, Object.fromEntries(data.cases.map((c) => [c.id, answerOf(c.id)]))) : null;

	// A check refused for missing decisions moves focus to the summary of what is missing.
	useEffect(() => {
		if (practice.warning !== null) summary.current?.focus();
	}, [practice.warning, practice.live]);

	return (
		<div ref={practice.rootRef} class="widget subcontract-validation">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Entreprises et acheteurs sont fictifs.</p>
			<p class="subcontract-today">
				Aujourd’hui, dans la simulation : <strong>{formatDate(data.today)}</strong>.
			</p>
			{problems.length > 0 ? <ErrorSummary uid={exerciseId} errors={problems} summaryRef={summary} /> : null}
			<ol class="subcontract-cases">
				{data.cases.map((c) => (
					<SubcontractCaseItem
						key={c.id}
						base={uid(c.id)}
						item={c}
						days={daysBetween(c.receivedOn, data.today)}
						answer={answerOf(c.id)}
						reasons={reasons}
						shown={shown}
						verdict={score?.cases.find((v) => v.caseId === c.id) ?? null}
						problem={practice.warning === null ? null : answerProblem(answerOf(c.id), c.validator)}
						rules={rules}
						onChange={(update) => cases.change(c.id, update)}
					/>
				))}
			</ol>
			<PracticeActions practice={practice} />
			{score ? (
				<p class="quiz-score">
					Réponses justes : {score.score} sur {score.max}.
				</p>
			) : null}
			<LiveRegion text={practice.live} />
		</div>
	);
}
