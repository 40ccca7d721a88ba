import { useRef, useState } from 'preact/hooks';
import { compareWithExpected, emptyInvoiceForm, solutionValues, validateInvoiceForm, type FieldName, type FieldResult, type InvoiceFormValues } from '../lib/invoice-form';
import type { InvoiceScenario } from '../schemas/invoice-form';
import { recordAttempt } from '../stores/progress';
import InvoiceDocuments from './invoice/InvoiceDocuments';
import InvoiceFormFields from './invoice/InvoiceFormFields';
import InvoiceResult from './invoice/InvoiceResult';
import { useRevealRequest } from './kit/use-reveal';

interface Props {
	exerciseId: string;
	objectives: string[];
	cadres: { code: string; label: string }[];
	scenarios: InvoiceScenario[];
}

type Step = 'saisie' | 'brouillon' | 'confirmation' | 'envoyee' | 'solution';

const FIELD_LABELS: Record<FieldName, string> = {
	cadre: 'Cadre de facturation',
	siretValideur: 'SIRET de la structure valideuse',
	siretDestinataire: 'SIRET du destinataire',
	codeService: 'Code service',
	engagement: 'Numéro d’engagement',
	marche: 'Numéro de marché',
	numeroFacture: 'Numéro de facture',
	dateFacture: 'Date de facture',
	modePaiement: 'Mode de paiement',
	montantHT: 'Montant HT',
	montantTVA: 'Montant de TVA',
	montantTTC: 'Montant TTC',
	piecesJointes: 'Pièces jointes',
};

/**
 * The form-field identification exercise: read the purchase order and the invoice, look the
 * buyer up in the annuaire, fill the mock « Saisir une facture » screen, then « Enregistrer »
 * (a draft, not sent) or « Valider et envoyer » → « Confirmer et envoyer ».
 */
export default function InvoiceFormExercise({ exerciseId, objectives, cadres, scenarios }: Props) {
	const [index, setIndex] = useState(0);
	const [values, setValues] = useState<InvoiceFormValues>(emptyInvoiceForm);
	const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
	const [step, setStep] = useState<Step>('saisie');
	const [results, setResults] = useState<FieldResult[] | null>(null);
	const [done, setDone] = useState<Record<string, string>>({});
	const [live, setLive] = useState('');
	const summary = useRef<HTMLDivElement>(null);
	const started = useRef(Date.now());
	const scenario = scenarios[index] as InvoiceScenario;
	const uid = `${exerciseId}-${scenario.id}`;

	const reset = (to: number) => {
		setIndex(to);
		setValues(emptyInvoiceForm());
		setErrors({});
		setResults(null);
		setStep('saisie');
		started.current = Date.now();
	};
	const focusSummary = () => setTimeout(() => summary.current?.focus(), 0);

	const save = () => {
		setStep('brouillon');
		setLive('Facture enregistrée en brouillon : elle n’est PAS envoyée. Elle attend dans l’onglet « Synthèse ».');
	};
	const validate = () => {
		const found = validateInvoiceForm(values, scenario.annuaire);
		setErrors(found);
		const n = Object.keys(found).length;
		if (n > 0) {
			setStep('saisie');
			setLive(`Il y a ${n} erreur${n > 1 ? 's' : ''} dans le formulaire.`);
			focusSummary();
			return;
		}
		setStep('confirmation');
		setLive('Confirmation d’envoi : vérifiez le récapitulatif, puis « Confirmer et envoyer ».');
		focusSummary();
	};
	const send = () => {
		const compared = compareWithExpected(values, scenario);
		const score = compared.filter((r) => r.ok).length;
		setResults(compared);
		setStep('envoyee');
		setDone({ ...done, [scenario.id]: `${score}/${compared.length}` });
		recordAttempt({ itemId: `${exerciseId}:${scenario.id}`, objectives, score, max: compared.length, outcome: 'scored', context: 'lesson', durationMs: Date.now() - started.current });
		setLive(`Facture envoyée. ${score} champ${score > 1 ? 's' : ''} juste${score > 1 ? 's' : ''} sur ${compared.length}.`);
		focusSummary();
	};
	const reveal = () => {
		const solution = solutionValues(scenario);
		setValues(solution);
		setErrors({});
		setResults(compareWithExpected(solution, scenario));
		setStep('solution');
		recordAttempt({ itemId: `${exerciseId}:${scenario.id}`, objectives, score: 0, max: compareWithExpected(solution, scenario).length, outcome: 'revealed', context: 'lesson', durationMs: Date.now() - started.current });
		setLive('Solution affichée : le formulaire est rempli comme il faut, avec l’origine de chaque donnée.');
	};
	useRevealRequest(exerciseId, reveal);

	const errorList = Object.entries(errors) as [FieldName, string][];
	return (
		<div class="widget invoice-exercise">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Entreprises, acheteurs et numéros sont fictifs.</p>
			<div class="field scenario-picker">
				<label for={`${exerciseId}-scenario`}>Cas à traiter</label>
				<select id={`${exerciseId}-scenario`} value={String(index)} onChange={(e) => reset(Number((e.currentTarget as HTMLSelectElement).value))}>
					{scenarios.map((s, i) => (
						<option key={s.id} value={String(i)}>
							{i + 1}. {s.title}
							{done[s.id] ? ` (fait : ${done[s.id]})` : ''}
						</option>
					))}
				</select>
			</div>
			<p class="scenario-context">{scenario.situation}</p>
			<InvoiceDocuments scenario={scenario} />

			<div ref={summary} tabIndex={-1} class="invoice-status">
				{errorList.length > 0 && step === 'saisie' ? (
					<div class="error-summary" aria-labelledby={`${uid}-erreurs`}>
						<h4 id={`${uid}-erreurs`}>
							Il y a {errorList.length} erreur{errorList.length > 1 ? 's' : ''}
						</h4>
						<ul>
							{errorList.map(([field, message]) => (
								<li key={field}>
									<a href={`#${uid}-${field}`}>
										{FIELD_LABELS[field]} : {message}
									</a>
								</li>
							))}
						</ul>
					</div>
				) : null}
				{step === 'brouillon' ? (
					<div class="feedback feedback-wrong">
						<p>
							<strong>Brouillon enregistré — facture non envoyée.</strong> « Enregistrer » ne transmet rien à l’acheteur : la facture reste en brouillon dans l’onglet « Synthèse ». Pour l’envoyer : « Valider et envoyer », puis « Confirmer et envoyer ».
						</p>
					</div>
				) : null}
				{step === 'confirmation' ? (
					<div class="confirmation" aria-labelledby={`${uid}-confirmation`}>
						<h4 id={`${uid}-confirmation`}>Confirmation d’envoi</h4>
						<p>
							Facture n° {values.numeroFacture} pour le SIRET {values.siretDestinataire}, cadre {values.cadre}, {values.montantTTC} € TTC.
						</p>
						<div class="question-actions">
							<button type="button" class="btn" onClick={send}>
								Confirmer et envoyer
							</button>
							<button type="button" class="btn btn-secondary" onClick={() => setStep('saisie')}>
								Modifier
							</button>
						</div>
					</div>
				) : null}
				{(step === 'envoyee' || step === 'solution') && results ? <InvoiceResult uid={uid} numero={values.numeroFacture} results={results} revealed={step === 'solution'} /> : null}
			</div>

			<InvoiceFormFields uid={uid} values={values} errors={step === 'saisie' ? errors : {}} cadres={cadres} files={scenario.files} annuaire={scenario.annuaire} onChange={(v) => {
				setValues(v);
				if (step !== 'saisie') setStep('saisie');
			}} />

			<div class="question-actions">
				<button type="button" class="btn btn-secondary" onClick={save}>
					Enregistrer
				</button>
				<button type="button" class="btn" onClick={validate}>
					Valider et envoyer
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				<button type="button" class="btn btn-secondary" onClick={() => reset(index)}>
					Réessayer
				</button>
				{index < scenarios.length - 1 ? (
					<button type="button" class="btn btn-secondary" onClick={() => reset(index + 1)}>
						Cas suivant
					</button>
				) : null}
			</div>
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
