import { useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABEL, CATEGORY_NAME, classifyCompany, formatAmount, formatHeadcount, type CategoryThresholds, type CompanyCategory } from '../../lib/company-category';
import { formatDate } from '../../lib/format';
import { applicableObligations, DUTY_LABEL, type Obligation } from '../../lib/reform-calendar';
import { recordAttempt } from '../../stores/progress';
import type { ReformTimelineData } from '../ReformTimeline';
import { useRevealRequest } from '../kit/use-reveal';
import CheckActions from '../shared/CheckActions';

interface Props {
	exerciseId: string;
	objectives: string[];
	cases: ReformTimelineData['cases'];
	/** Date at which the size is assessed, YYYY-MM-DD. */
	assessmentDate: string;
	thresholds: CategoryThresholds;
	obligations: Obligation[];
	announce: (text: string) => void;
}

type Answers = Record<string, CompanyCategory | ''>;

/** Companies to classify: one select each, one recorded attempt each, the reasoning as feedback. */
export default function CategoryPractice({ exerciseId, objectives, cases, assessmentDate, thresholds, obligations, announce }: Props) {
	const [answers, setAnswers] = useState<Answers>({});
	const [checked, setChecked] = useState<'scored' | 'revealed' | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const started = useRef(Date.now());
	// Cases whose category cannot be computed (bad thresholds) are shown but not scored.
	const solved = cases.map((c) => ({ c, outcome: classifyCompany({ headcount: c.headcount, turnover: c.turnover, balanceSheet: c.balanceSheet }, thresholds) }));
	const gradable = solved.flatMap(({ c, outcome }) => (outcome.ok ? [{ c, category: outcome.category }] : []));

	const record = (outcome: 'scored' | 'revealed', given: Answers) => {
		const durationMs = Date.now() - started.current;
		for (const { c, category } of gradable) {
			const score = outcome === 'scored' && given[c.id] === category ? 1 : 0;
			recordAttempt({ itemId: `${exerciseId}:${c.id}`, objectives, score, max: 1, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const missing = gradable.filter(({ c }) => !answers[c.id]).length;
		if (missing > 0) {
			const text = `Choisissez une catégorie pour chaque entreprise avant de vérifier : ${missing} sans réponse.`;
			setWarning(text);
			announce(text);
			return;
		}
		setWarning(null);
		record('scored', answers);
		setChecked('scored');
		const right = gradable.filter(({ c, category }) => answers[c.id] === category).length;
		announce(right === gradable.length ? `Correct : ${right} sur ${gradable.length}.` : `À revoir : ${right} sur ${gradable.length} justes. Le raisonnement est détaillé sous chaque entreprise.`);
	};

	const reveal = () => {
		const solution = Object.fromEntries(gradable.map(({ c, category }) => [c.id, category]));
		setAnswers(solution);
		setWarning(null);
		setChecked('revealed');
		record('revealed', solution);
		announce('Solution affichée, avec le raisonnement pour chaque entreprise.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setWarning(null);
		setChecked(null);
		started.current = Date.now();
		announce('Réponses effacées : à vous.');
	};

	return (
		<section class="reform-practice" aria-labelledby={`${exerciseId}-entrainement`}>
			<h4 id={`${exerciseId}-entrainement`}>À vous : classez ces entreprises</h4>
			<p class="question-hint">Chiffres du dernier exercice clos avant le {formatDate(assessmentDate)}. Choisissez la catégorie de chaque entreprise, puis vérifiez.</p>
			<ol class="reform-cases">
				{solved.map(({ c, outcome }, i) => {
					const name = `${exerciseId}-${c.id}`;
					const given = answers[c.id] ?? '';
					return (
						<li key={c.id}>
							<fieldset class="question" aria-describedby={`${name}-texte`}>
								<legend>Entreprise {i + 1}</legend>
								<p id={`${name}-texte`}>{c.text}</p>
								<dl class="reform-figures">
									<dt>Effectif</dt>
									<dd>{formatHeadcount(c.headcount)}</dd>
									<dt>Chiffre d’affaires</dt>
									<dd>{formatAmount(c.turnover)}</dd>
									<dt>Total de bilan</dt>
									<dd>{formatAmount(c.balanceSheet)}</dd>
									<dt>Assujettie à la TVA et établie en France</dt>
									<dd>{c.established ? 'oui' : 'non'}</dd>
								</dl>
								{outcome.ok ? (
									<div class="field reform-field">
										<label for={`${name}-categorie`}>Catégorie</label>
										<select
											id={`${name}-categorie`}
											value={given}
											onChange={(e) => {
												setAnswers({ ...answers, [c.id]: (e.currentTarget as HTMLSelectElement).value as CompanyCategory | '' });
												if (checked) setChecked(null);
											}}
										>
											<option value="">— Choisissez —</option>
											{CATEGORIES.map((k) => (
												<option key={k} value={k}>
													{CATEGORY_NAME[k]}
												</option>
											))}
										</select>
									</div>
								) : (
									<p class="question-warning">Cette entreprise ne peut pas être classée : {outcome.errors.map((e) => e.message).join(' ')}</p>
								)}
								{checked && outcome.ok ? (
									<div class={`feedback ${checked === 'revealed' ? 'feedback-revealed' : given === outcome.category ? 'feedback-correct' : 'feedback-wrong'}`}>
										<p>
											<strong>{checked === 'revealed' ? 'Solution : ' : given === outcome.category ? '✓ Juste : ' : '✗ À revoir : '}</strong>
											c’est une {CATEGORY_LABEL[outcome.category]}
											{checked === 'scored' && given && given !== outcome.category ? `, pas une ${CATEGORY_LABEL[given]}` : ''}.
										</p>
										<ol class="reform-steps">
											{outcome.steps.map((s) => (
												<li key={s}>{s}</li>
											))}
										</ol>
										<Duties obligations={applicableObligations(obligations, outcome.category, c.established)} />
									</div>
								) : null}
							</fieldset>
						</li>
					);
				})}
			</ol>
			<CheckActions warning={warning} canRetry={Boolean(checked)} onVerify={verify} onReveal={reveal} onRetry={retry} />
		</section>
	);
}

/** The dates that follow from the category: the link between size and calendar. */
function Duties({ obligations }: { obligations: Obligation[] }) {
	if (obligations.length === 0) return <p>Aucune obligation de la réforme ne correspond à ce profil dans les données du cours.</p>;
	return (
		<p>
			Ses échéances :{' '}
			{obligations
				.slice()
				.sort((a, b) => a.date.localeCompare(b.date))
				.map((o) => `${DUTY_LABEL[o.duty].charAt(0).toLowerCase()}${DUTY_LABEL[o.duty].slice(1)} à partir du ${formatDate(o.date)}`)
				.join(' ; ')}
			.
		</p>
	);
}

