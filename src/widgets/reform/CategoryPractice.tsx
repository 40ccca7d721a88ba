import { CATEGORY_LABEL, classifyCompany, formatAmount, formatHeadcount, type CategoryThresholds, type CompanyCategory } from '../../lib/company-category';
import { formatDate } from '../../lib/format';
import { applicableObligations, DUTY_LABEL, type Obligation } from '../../lib/reform-calendar';
import type { ReformCase } from '../../lib/reform-timeline';
import CaseItem from '../kit/CaseItem';
import PracticeActions from '../kit/PracticeActions';
import { useCases } from '../kit/use-cases';
import CategoryOptions from './CategoryOptions';

interface Props {
	exerciseId: string;
	objectives: string[];
	cases: ReformCase[];
	/** Date at which the size is assessed, YYYY-MM-DD. */
	assessmentDate: string;
	thresholds: CategoryThresholds;
	obligations: Obligation[];
	/** The widget's one live region. */
	announce: (text: string) => void;
}

/** Companies to classify: one select each, one recorded item each, the reasoning as feedback. */
export default function CategoryPractice({ exerciseId, objectives, cases, assessmentDate, thresholds, obligations, announce }: Props) {
	// Cases whose category cannot be computed (bad thresholds) are shown but not scored.
	const solved = cases.map((c) => ({ c, outcome: classifyCompany({ headcount: c.headcount, turnover: c.turnover, balanceSheet: c.balanceSheet }, thresholds) }));
	const expected = new Map(solved.flatMap(({ c, outcome }) => (outcome.ok ? [[c.id, outcome.category] as const] : [])));
	const { practice, answerOf, change, shown } = useCases<CompanyCategory | ''>({
		id: exerciseId,
		objectives,
		announce,
		cases: [...expected].map(([id, category]) => ({ id, solution: category })),
		blank: '',
		missing: (a) => !a,
		right: (id, a) => a === expected.get(id),
		words: {
			missing: (n) => `Choisissez une catégorie pour chaque entreprise avant de vérifier\u00a0: ${n} sans réponse.`,
			wrong: (right, total) => `À revoir\u00a0: ${right} sur ${total} justes. Le raisonnement est détaillé sous chaque entreprise.`,
			solution: 'Solution affichée, avec le raisonnement pour chaque entreprise.',
		},
	});

	return (
		<section ref={practice.rootRef} class="reform-practice" aria-labelledby={`${exerciseId}-entrainement`}>
			<h4 id={`${exerciseId}-entrainement`}>À vous&nbsp;: classez ces entreprises</h4>
			<p class="question-hint">Chiffres du dernier exercice clos avant le {formatDate(assessmentDate)}. Choisissez la catégorie de chaque entreprise, puis vérifiez.</p>
			<ol class="reform-cases">
				{solved.map(({ c, outcome }, i) => {
					const name = `${exerciseId}-${c.id}`;
					const given = answerOf(c.id);
					return (
						<CaseItem key={c.id} name={name} title={`Entreprise ${i + 1}`} text={c.text}>
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
											const picked = (e.currentTarget as HTMLSelectElement).value as CompanyCategory | '';
											change(c.id, () => picked);
										}}
									>
										<CategoryOptions />
									</select>
								</div>
							) : (
								<p class="question-warning">Cette entreprise ne peut pas être classée&nbsp;: {outcome.errors.map((e) => e.message).join(' ')}</p>
							)}
							{shown && outcome.ok ? (
								<div class={`feedback ${shown === 'revealed' ? 'feedback-revealed' : given === outcome.category ? 'feedback-correct' : 'feedback-wrong'}`}>
									<p>
										<strong>{shown === 'revealed' ? 'Solution\u00a0: ' : given === outcome.category ? '✓ Juste\u00a0: ' : '✗ À revoir\u00a0: '}</strong>
										c’est une {CATEGORY_LABEL[outcome.category]}
										{shown === 'checked' && given && given !== outcome.category ? `, pas une ${CATEGORY_LABEL[given]}` : ''}.
									</p>
									<ol class="reform-steps">
										{outcome.steps.map((s) => (
											<li key={s}>{s}</li>
										))}
									</ol>
									<Duties obligations={applicableObligations(obligations, outcome.category, c.established)} />
								</div>
							) : null}
						</CaseItem>
					);
				})}
			</ol>
			<PracticeActions practice={practice} />
		</section>
	);
}

/** The dates that follow from the category: the link between size and calendar. */
function Duties({ obligations }: { obligations: Obligation[] }) {
	if (obligations.length === 0) return <p>Aucune obligation de la réforme ne correspond à ce profil dans les données du cours.</p>;
	return (
		<p>
			Ses échéances&nbsp;:{' '}
			{obligations
				.slice()
				.sort((a, b) => a.date.localeCompare(b.date))
				.map((o) => `${DUTY_LABEL[o.duty].charAt(0).toLowerCase()}${DUTY_LABEL[o.duty].slice(1)} à partir du ${formatDate(o.date)}`)
				.join('\u202f; ')}
			.
		</p>
	);
}
