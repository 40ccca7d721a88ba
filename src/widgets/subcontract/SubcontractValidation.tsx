import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { daysBetween, type CaseStatus, type RuleFact } from '../../lib/subcontract-validation';
import type { SubcontractValidationData } from '../../schemas/subcontract-validation';
import LiveRegion from '../kit/LiveRegion';
import CaseList from './CaseList';
import CasePractice from './CasePractice';

interface Props {
	exerciseId: string;
	objectives: string[];
	data: SubcontractValidationData;
	/** The facts the cases cite, resolved at build time (statement, confidence, note, source). */
	rules: Record<string, RuleFact>;
}

/**
 * The titulaire's (or mandataire's) « Factures à valider »: one payment request at a time, chosen
 * in « Cas à traiter », read with the acte spécial or the contract, then validated, refused with a
 * reason, or left to the tacit validation. Each request keeps its own answer and feedback
 * (CasePractice) and is recorded as `${exerciseId}:${caseId}`, out of 1.
 */
export default function SubcontractValidation({ exerciseId, objectives, data, rules }: Props) {
	const [index, setIndex] = useState(0);
	const [status, setStatus] = useState<Record<string, CaseStatus>>({});
	const [live, setLive] = useState('');
	const said = useRef(0);
	const pickerId = `${exerciseId}-scenario`;
	const reasons = data.reasons.map((r) => ({ value: r.id, text: r.text }));

	// One live region for the seven requests; a repeated message differs by an invisible space so it is said again.
	const announce = (text: string) => {
		said.current += 1;
		setLive(said.current % 2 ? text : `${text}\u00a0`);
	};
	const onStatus = (caseId: string, s: CaseStatus) => setStatus((all) => (all[caseId] === s ? all : { ...all, [caseId]: s }));
	// « Demande suivante » is at the bottom of a long request: work resumes on the list, which now shows the next one.
	const next = () => {
		setIndex(index + 1);
		// Once rendered, so the list is read with the request it now shows.
		setTimeout(() => document.getElementById(pickerId)?.focus(), 0);
	};

	return (
		<div class="widget subcontract-validation">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Entreprises et acheteurs sont fictifs.</p>
			<p class="subcontract-today">
				Aujourd’hui, dans la simulation&nbsp;: <strong>{formatDate(data.today)}</strong>.
			</p>
			<CaseList id={pickerId} cases={data.cases} index={index} status={status} onPick={setIndex} />
			{data.cases.map((c, i) => (
				<CasePractice
					key={c.id}
					exerciseId={exerciseId}
					objectives={objectives}
					item={c}
					days={daysBetween(c.receivedOn, data.today)}
					reasons={reasons}
					rules={rules}
					shown={i === index}
					announce={announce}
					onStatus={onStatus}
					onNext={i < data.cases.length - 1 ? next : undefined}
				/>
			))}
			<LiveRegion text={live} />
		</div>
	);
}
