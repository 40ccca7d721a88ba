import { useRef, useState } from 'preact/hooks';
import { CATEGORY_LABEL, classifyFromText, type CategoryThresholds, type CompanyCategory, type FigureTexts } from '../../lib/company-category';
import { formatDate } from '../../lib/format';
import { reformCalendar, type DutyAction, type Obligation } from '../../lib/reform-calendar';
import type { HistoryEntry } from '../../lib/reform-timeline';
import ErrorSummary, { type SummaryError } from '../kit/ErrorSummary';
import { useEarlyInputs } from '../kit/adopt-inputs';
import Field, { type ControlProps } from '../kit/Field';
import CategoryOptions from './CategoryOptions';
import SizeResult, { type SizeFinding } from './SizeResult';

interface Props {
	uid: string;
	thresholds: CategoryThresholds;
	assessmentDate: string;
	obligations: Obligation[];
	actions: DutyAction[];
	history: HistoryEntry[];
	today: string;
	announce: (text: string) => void;
}

type Mode = 'figures' | 'category';
type FormField = keyof FigureTexts | 'category';
const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/**
 * « Déterminer »: the company's category from its figures (or as picked), then its calendar.
 * Records nothing, so it is outside the practice lifecycle: what is typed or ticked before the
 * island starts is adopted here.
 */
export default function SizeForm({ uid, thresholds, assessmentDate, obligations, actions, history, today, announce }: Props) {
	const [mode, setMode] = useState<Mode>('figures');
	const [texts, setTexts] = useState<FigureTexts>({ headcount: '', turnover: '', balanceSheet: '' });
	const [picked, setPicked] = useState<CompanyCategory | ''>('');
	const [established, setEstablished] = useState(true);
	const [finding, setFinding] = useState<SizeFinding | null>(null);
	const [errors, setErrors] = useState<SummaryError[]>([]);
	const summary = useRef<HTMLDivElement>(null);
	const root = useEarlyInputs();
	const ids: Record<FormField, string> = { headcount: `${uid}-effectif`, turnover: `${uid}-ca`, balanceSheet: `${uid}-bilan`, category: `${uid}-categorie` };
	const errorOf = (key: FormField) => errors.find((e) => e.key === key)?.message;

	// A result shown under changed answers would describe another company.
	const changed = () => setFinding(null);

	const determine = (e: Event) => {
		e.preventDefault();
		let next: SizeFinding | null = null;
		let found: SummaryError[] = [];
		if (mode === 'category') {
			if (picked) next = { category: picked, steps: null, established };
			else found = [{ key: 'category', message: 'Choisissez la catégorie de l’entreprise.', target: ids.category }];
		} else {
			const outcome = classifyFromText(texts, thresholds);
			if (outcome.ok) next = { category: outcome.category, steps: outcome.steps, established };
			else found = outcome.errors.map((err) => ({ key: err.field, message: err.message, target: err.field === 'thresholds' ? undefined : ids[err.field] }));
		}
		setErrors(found);
		setFinding(next);
		if (next) {
			const cal = reformCalendar(obligations, next.category, next.established, today);
			const counts = cal.ok ? ` ${cal.calendar.inForce.length} obligation${cal.calendar.inForce.length > 1 ? 's' : ''} en vigueur, ${cal.calendar.coming.length} à venir.` : '';
			announce(`Catégorie\u00a0: ${CATEGORY_LABEL[next.category]}.${counts}`);
		} else {
			announce(`Il y a ${found.length} erreur${found.length > 1 ? 's' : ''}\u00a0: corrigez les champs signalés.`);
			// GOV.UK pattern: focus goes to the summary once it is rendered.
			setTimeout(() => summary.current?.focus(), 0);
		}
	};

	const figure = (field: keyof FigureTexts) => (p: ControlProps) => (
		<input
			{...p}
			type="text"
			inputMode="decimal"
			autocomplete="off"
			aria-required="true"
			value={texts[field]}
			onInput={(e) => {
				const typed = value(e);
				// From the latest texts: early inputs are replayed one after the other.
				setTexts((current) => ({ ...current, [field]: typed }));
				changed();
			}}
		/>
	);

	return (
		<>
			<form ref={root} class="reform-form" noValidate onSubmit={determine} aria-labelledby={`${uid}-form-titre`}>
				<h4 id={`${uid}-form-titre`}>Quelle est la catégorie de votre entreprise, et ses échéances&#8239;?</h4>
				<p class="question-hint">Les champs marqués d’un astérisque (*) sont obligatoires. Le calcul se fait dans votre navigateur&nbsp;: rien n’est envoyé ni enregistré.</p>
				{errors.length > 0 ? <ErrorSummary summaryRef={summary} uid={uid} errors={errors} /> : null}
				<fieldset class="question">
					<legend>Comment indiquez-vous la taille de l’entreprise&#8239;?</legend>
					<ul class="choices choices-inline">
						{(
							[
								['figures', 'Je saisis ses chiffres'],
								['category', 'Je connais déjà sa catégorie'],
							] as const
						).map(([m, label]) => (
							<li key={m} class="choice-row">
								<label class="choice">
									<input
										type="radio"
										name={`${uid}-mode`}
										checked={mode === m}
										onChange={() => {
											setMode(m);
											setErrors([]);
											changed();
										}}
									/>
									<span>{label}</span>
								</label>
							</li>
						))}
					</ul>
				</fieldset>
				{mode === 'figures' ? (
					<fieldset class="question" aria-describedby={`${uid}-exercice`}>
						<legend>Chiffres de l’entreprise</legend>
						<p id={`${uid}-exercice`} class="question-hint">
							Ceux du dernier exercice clos avant le {formatDate(assessmentDate)} (à défaut, du premier exercice clos à partir de cette date). Montants en euros, en chiffres.
						</p>
						<Field variant="reform-field" id={ids.headcount} label="Effectif (nombre de personnes)" required error={errorOf('headcount')} hint="Par exemple 12." control={figure('headcount')} />
						<Field variant="reform-field" id={ids.turnover} label="Chiffre d’affaires annuel (€)" required error={errorOf('turnover')} hint="En euros, par exemple 1&#8239;234&#8239;567." control={figure('turnover')} />
						<Field variant="reform-field" id={ids.balanceSheet} label="Total de bilan (€)" required error={errorOf('balanceSheet')} hint="En euros, par exemple 1&#8239;234&#8239;567." control={figure('balanceSheet')} />
					</fieldset>
				) : (
					<Field variant="reform-field"
						id={ids.category}
						label="Catégorie de l’entreprise"
						required
						error={errorOf('category')}
						control={(p) => (
							<select
								{...p}
								aria-required="true"
								value={picked}
								onChange={(e) => {
									setPicked((e.currentTarget as HTMLSelectElement).value as CompanyCategory | '');
									changed();
								}}
							>
								<CategoryOptions />
							</select>
						)}
					/>
				)}
				<div class="field">
					<label class="choice">
						<input
							type="checkbox"
							checked={established}
							aria-describedby={`${uid}-etablie-aide`}
							onChange={(e) => {
								setEstablished((e.currentTarget as HTMLInputElement).checked);
								changed();
							}}
						/>
						<span>L’entreprise est assujettie à la TVA et établie en France</span>
					</label>
					<p id={`${uid}-etablie-aide`} class="question-hint">
						Franchise en base de TVA comprise (micro-entrepreneurs, par exemple)&nbsp;: ces entreprises sont assujetties, cochez la case. Décochée&nbsp;: le calendrier prévu pour les entreprises non établies en France s’affiche.
					</p>
				</div>
				<div class="question-actions">
					<button type="submit" class="btn">
						Déterminer
					</button>
				</div>
			</form>
			{finding ? <SizeResult uid={uid} finding={finding} obligations={obligations} actions={actions} history={history} today={today} /> : null}
		</>
	);
}
