import { useEffect, useRef, useState } from 'preact/hooks';
import { compareWorks, emptyWorksValues, scoredFields, solutionWorks, validateWorks, worksFeedback, type WorksField, type WorksFieldResult, type WorksValues } from '../../lib/works-deposit';
import type { WorksDepositData } from '../../schemas/works-deposit';
import CasePicker from '../kit/CasePicker';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import WorksDocuments from './WorksDocuments';
import WorksFields from './WorksFields';
import WorksStatus from './WorksStatus';
import WorksSteps from './WorksSteps';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: WorksDepositData;
}

const ROLES = { titulaire: 'le titulaire', moe: 'le maître d’œuvre', moa: 'la maîtrise d’ouvrage' } as const;
const plural = (n: number) => (n > 1 ? 's' : '');

/**
 * « Déposer les pièces d’un marché de travaux » (lesson 13): read a case's documents, make the
 * three steps of the « Déposer » tab of « Factures de travaux » (initial deposit or association,
 * cadre, data), then « Déposer la pièce »: the error summary if the mock portal refuses it, else
 * each answer compared with the documents. One item per case, `exerciseId:scenarioId`.
 */
export default function WorksDeposit({ exerciseId, objectives, data }: Props) {
	const { scenarios } = data;
	const [index, setIndex] = useState(0);
	const [values, setValues] = useState<WorksValues>(emptyWorksValues);
	const [errors, setErrors] = useState<Partial<Record<WorksField, string>>>({});
	const [done, setDone] = useState<Record<string, string>>({});
	const status = useRef<HTMLDivElement>(null);
	// Bumped by each deposit: the status (error summary or result) takes focus once it is rendered.
	const [deposits, setDeposits] = useState(0);
	const nextIndex = useRef<number | null>(null);
	const scenario = scenarios[index] as WorksDepositData['scenarios'][number];
	const uid = `${exerciseId}-${scenario.id}`;
	const itemId = `${exerciseId}:${scenario.id}`;
	const pickerId = `${exerciseId}-scenario`;
	const documents = scenario.documents.map((id) => data.documents.find((d) => d.id === id)).filter((d) => d !== undefined);

	/** Empties the deposit, on the same case or on the one chosen (`nextIndex`); says so. */
	const clear = () => {
		const to = nextIndex.current ?? index;
		nextIndex.current = null;
		setIndex(to);
		setValues(emptyWorksValues());
		setErrors({});
		return to === index ? 'Dépôt vidé\u00a0: à vous.' : `Cas ${to + 1}\u00a0: ${scenarios[to]?.title}. Dépôt vide.`;
	};

	const practice = usePractice<WorksFieldResult[]>({
		id: exerciseId,
		objectives,
		answer: { scenario: scenario.id, values },
		check: () => {
			const found = validateWorks(values, scenario);
			const n = Object.keys(found).length;
			setErrors(found);
			setDeposits((n) => n + 1);
			if (n > 0) return { missing: `Il y a ${n} erreur${plural(n)}\u00a0: la pièce n’est pas déposée.` };
			const compared = compareWorks(values, scenario);
			const score = compared.filter((r) => r.ok).length;
			setDone((d) => ({ ...d, [scenario.id]: `${score}/${compared.length}` }));
			return { result: compared, items: [{ itemId, score, max: compared.length }], feedback: worksFeedback(compared) };
		},
		solution: () => ({
			items: [{ itemId, score: 0, max: scoredFields(scenario).length }],
			show: () => {
				setValues(solutionWorks(scenario));
				setErrors({});
			},
			message: 'Solution affichée\u00a0: les trois étapes sont remplies comme il faut, avec l’origine de chaque donnée.',
		}),
		reset: clear,
	});
	const { phase } = practice;
	useEffect(() => {
		if (deposits > 0) status.current?.focus();
	}, [deposits]);

	/** Another case: a new item, so its lifecycle starts over (the kit's « Réessayer » once checked). */
	const open = (to: number) => {
		if (to === index && phase === 'answering') return;
		nextIndex.current = to;
		if (phase !== 'answering') return practice.retry();
		practice.announce(clear());
		// « Cas suivant » goes away on the last case: work resumes on the list of cases.
		if (to === scenarios.length - 1) setTimeout(() => document.getElementById(pickerId)?.focus(), 0);
	};
	const onChange = (update: (v: WorksValues) => WorksValues) => {
		setValues(update);
		practice.edit();
	};
	const control = { uid, values, errors, onChange };

	return (
		<div class="widget works-deposit" ref={practice.rootRef}>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Entreprises, collectivité et numéros sont fictifs.</p>
			<CasePicker id={pickerId} scenarios={scenarios} index={index} done={done} onPick={open} />
			<p class="scenario-context">
				<strong>Vous déposez pour {ROLES[scenario.role]}.</strong> {scenario.situation}
			</p>
			<WorksDocuments uid={uid} documents={documents} />
			<p class="wd-path">
				Domaine «&nbsp;Facturation&nbsp;» › application «&nbsp;Factures de travaux&nbsp;» › onglet «&nbsp;Déposer&nbsp;»&nbsp;: trois étapes. Les écrans de «&nbsp;Factures de travaux&nbsp;» ne sont pas décrits en détail par les sources&nbsp;: seuls ces trois étapes, le choix entre dépôt initial et association et le bloc «&nbsp;Identification&nbsp;» le sont.
			</p>
			<WorksStatus uid={uid} errors={errors} results={phase === 'checked' ? practice.result : phase === 'revealed' ? compareWorks(solutionWorks(scenario), scenario) : null} revealed={phase === 'revealed'} statusRef={status} />
			<div class="wd-form">
				<WorksSteps {...control} scenario={scenario} cadres={data.cadres} />
				<WorksFields {...control} scenario={scenario} />
			</div>
			{index < scenarios.length - 1 ? (
				<div class="question-actions">
					<button type="button" class="btn btn-secondary" onClick={() => open(index + 1)}>
						Cas suivant
					</button>
				</div>
			) : null}
			<PracticeActions practice={practice} checkLabel="Déposer la pièce" />
			<LiveRegion text={practice.live} />
		</div>
	);
}
