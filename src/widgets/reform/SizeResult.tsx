import { CATEGORY_NAME, type CompanyCategory } from '../../lib/company-category';
import { actionsFor, DUTY_LABEL, reformCalendar, type DutyAction, type Obligation, type ObligationStatus } from '../../lib/reform-calendar';
import type { HistoryEntry } from '../../lib/reform-timeline';
import CalendarTimeline from './CalendarTimeline';
import HistoryDisclosure from './HistoryDisclosure';

/** What « Déterminer » found: the category, and its reasoning when figures were given. */
export interface SizeFinding {
	category: CompanyCategory;
	/** The reasoning step by step, or null when the learner picked the category. */
	steps: string[] | null;
	established: boolean;
}

interface Props {
	uid: string;
	finding: SizeFinding;
	obligations: Obligation[];
	actions: DutyAction[];
	history: HistoryEntry[];
	today: string;
}

/** The category with its reasoning, the timeline of obligations, what to do now, the history. */
export default function SizeResult({ uid, finding, obligations, actions, history, today }: Props) {
	const outcome = reformCalendar(obligations, finding.category, finding.established, today);
	const due = outcome.ok ? actionsFor(actions, outcome.calendar) : [];
	// One item per duty, its actions under it: the duty and its date are said once.
	const groups: { status: ObligationStatus; texts: string[] }[] = [];
	for (const a of due) {
		const group = groups.find((g) => g.status === a.status);
		if (group) group.texts.push(a.text);
		else groups.push({ status: a.status, texts: [a.text] });
	}
	return (
		<section class="reform-result" aria-labelledby={`${uid}-categorie-titre`}>
			<h4 id={`${uid}-categorie-titre`}>Catégorie&nbsp;: {CATEGORY_NAME[finding.category]}</h4>
			{finding.steps ? (
				<>
					<p>Le raisonnement, pas à pas&nbsp;:</p>
					<ol class="reform-steps">
						{finding.steps.map((s) => (
							<li key={s}>{s}</li>
						))}
					</ol>
				</>
			) : (
				<p>Catégorie indiquée par vous, sans les chiffres&nbsp;: le calendrier ci-dessous en dépend, vérifiez-la si vous avez un doute.</p>
			)}
			<p>{finding.established ? 'Entreprise assujettie à la TVA et établie en France.' : 'Entreprise non établie en France (ou non assujettie à la TVA).'}</p>

			<h4 id={`${uid}-calendrier-titre`}>Calendrier de vos obligations</h4>
			{outcome.ok ? <CalendarTimeline uid={uid} calendar={outcome.calendar} /> : <p class="question-warning">{outcome.message}</p>}

			<h4>Ce que vous devez faire maintenant</h4>
			{groups.length > 0 ? (
				<ul class="reform-actions">
					{groups.map(({ status, texts }) => (
						<li key={status.obligation.duty}>
							<strong>{DUTY_LABEL[status.obligation.duty]}</strong> ({status.inForce ? 'en vigueur' : `dans ${status.days}\u00a0jour${status.days > 1 ? 's' : ''}`})&nbsp;:
							<ul>
								{texts.map((t) => (
									<li key={t}>{t}</li>
								))}
							</ul>
						</li>
					))}
				</ul>
			) : (
				<p>Rien à préparer pour la réforme d’après les données du cours.</p>
			)}
			<HistoryDisclosure uid={uid} history={history} />
		</section>
	);
}
