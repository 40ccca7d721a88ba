import { useRef, useState } from 'preact/hooks';
import { compareWithExpected, emptyInvoiceForm, solutionValues, validateInvoiceForm, type FieldName, type FieldResult, type InvoiceFormValues, type InvoiceStep } from '../../lib/invoice-form';
import type { InvoiceScenario } from '../../schemas/invoice-form';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import CasePicker from '../kit/CasePicker';
import DraftActions from './DraftActions';
import InvoiceDocuments from './InvoiceDocuments';
import InvoiceFormFields from './InvoiceFormFields';
import InvoiceStatus from './InvoiceStatus';

interface Props {
	exerciseId: string;
	objectives: string[];
	cadres: { code: string; label: string }[];
	scenarios: InvoiceScenario[];
}

const plural = (n: number) => (n > 1 ? 's' : '');

/**
 * The form-field identification exercise: read the purchase order and the invoice, look the
 * buyer up in the annuaire, fill the mock « Saisir une facture » screen, then « Enregistrer »
 * (a draft, not sent) or « Valider et envoyer » → « Confirmer et envoyer », the check (one item
 * per scenario, `exerciseId:scenarioId`).
 */
export default function InvoiceFormExercise({ exerciseId, objectives, cadres, scenarios }: Props) {
	const [index, setIndex] = useState(0);
	const [values, setValues] = useState<InvoiceFormValues>(emptyInvoiceForm);
	const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
	const [step, setStep] = useState<InvoiceStep>('saisie');
	const [done, setDone] = useState<Record<string, string>>({});
	const status = useRef<HTMLDivElement>(null);
	// « Confirmer et envoyer » was pressed: the next check sends instead of asking to confirm.
	const confirmed = useRef(false);
	const nextIndex = useRef<number | null>(null);
	const scenario = scenarios[index] as InvoiceScenario;
	const uid = `${exerciseId}-${scenario.id}`;
	const itemId = `${exerciseId}:${scenario.id}`;
	const focusStatus = () => setTimeout(() => status.current?.focus(), 0);
	const solved = () => compareWithExpected(solutionValues(scenario), scenario);

	/** Empties the form, on the same case or on the one chosen (`nextIndex`); says so. */
	const clear = () => {
		const to = nextIndex.current ?? index;
		nextIndex.current = null;
		confirmed.current = false;
		setIndex(to);
		setValues(emptyInvoiceForm());
		setErrors({});
		setStep('saisie');
		return to === index ? 'Formulaire vidé\u00a0: à vous.' : `Cas ${to + 1}\u00a0: ${scenarios[to]?.title}. Formulaire vide.`;
	};

	const practice = usePractice<FieldResult[]>({
		id: exerciseId,
		objectives,
		answer: { scenario: scenario.id, values },
		check: () => {
			const sending = confirmed.current;
			confirmed.current = false;
			const found = validateInvoiceForm(values, scenario.annuaire);
			const n = Object.keys(found).length;
			setErrors(found);
			focusStatus();
			if (n > 0 || !sending) {
				setStep(n > 0 ? 'saisie' : 'confirmation');
				return n > 0
					? { missing: `Il y a ${n} erreur${plural(n)} dans le formulaire.` }
					: { missing: 'Confirmez l’envoi\u00a0: vérifiez le récapitulatif, puis «\u00a0Confirmer et envoyer\u00a0».', say: 'Confirmation d’envoi\u00a0: vérifiez le récapitulatif, puis «\u00a0Confirmer et envoyer\u00a0».' };
			}
			const compared = compareWithExpected(values, scenario);
			const score = compared.filter((r) => r.ok).length;
			setStep('saisie');
			setDone((d) => ({ ...d, [scenario.id]: `${score}/${compared.length}` }));
			return { result: compared, items: [{ itemId, score, max: compared.length }], feedback: `Facture envoyée. ${score} champ${plural(score)} juste${plural(score)} sur ${compared.length}.` };
		},
		solution: () => ({
			items: [{ itemId, score: 0, max: solved().length }],
			show: () => {
				setValues(solutionValues(scenario));
				setErrors({});
				setStep('saisie');
			},
			message: 'Solution affichée\u00a0: le formulaire est rempli comme il faut, avec l’origine de chaque donnée.',
		}),
		reset: clear,
	});
	const { phase } = practice;

	/** Another case: a new item, so its lifecycle starts over (the kit's « Réessayer » once checked). */
	const open = (to: number) => {
		if (to === index && phase === 'answering') return;
		nextIndex.current = to;
		// Not retry() while answering: the kit's focus move would wait for the next phase change.
		if (phase !== 'answering') return practice.retry();
		practice.announce(clear());
		// « Cas suivant » goes away on the last case: work resumes on the list of cases.
		if (to === scenarios.length - 1) setTimeout(() => document.getElementById(`${exerciseId}-scenario`)?.focus(), 0);
	};
	const save = () => {
		setStep('brouillon');
		practice.announce('Facture enregistrée en brouillon\u00a0: elle n’est PAS envoyée. Elle attend dans l’onglet «\u00a0Synthèse\u00a0».');
	};

	return (
		<div class="widget invoice-exercise" ref={practice.rootRef}>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Entreprises, acheteurs et numéros sont fictifs.</p>
			<CasePicker id={`${exerciseId}-scenario`} scenarios={scenarios} index={index} done={done} onPick={open} />
			<p class="scenario-context">{scenario.situation}</p>
			<InvoiceDocuments scenario={scenario} />
			<InvoiceStatus
				uid={uid}
				step={step}
				values={values}
				errors={errors}
				results={phase === 'checked' ? practice.result : phase === 'revealed' ? solved() : null}
				revealed={phase === 'revealed'}
				statusRef={status}
				onConfirm={() => {
					confirmed.current = true;
					practice.verify();
				}}
				onModify={() => {
					setStep('saisie');
					practice.edit();
					document.getElementById(`${uid}-cadre`)?.focus();
				}}
			/>
			<InvoiceFormFields
				uid={uid}
				values={values}
				errors={step === 'saisie' ? errors : {}}
				cadres={cadres}
				files={scenario.files}
				annuaire={scenario.annuaire}
				onChange={(update) => {
					setValues(update);
					setStep('saisie');
					practice.edit();
				}}
			/>
			<DraftActions onSave={save} onNext={index < scenarios.length - 1 ? () => open(index + 1) : undefined} />
			<PracticeActions practice={practice} checkLabel="Valider et envoyer" />
			<LiveRegion text={practice.live} />
		</div>
	);
}
