import { STATUS_LABEL, type CaseStatus } from '../../lib/subcontract-validation';
import type { SubcontractCase } from '../../schemas/subcontract-validation';
import { useEarlyInputs } from '../kit/adopt-inputs';
import { caseTitle } from './SubcontractCaseItem';

interface Props {
	id: string;
	cases: SubcontractCase[];
	index: number;
	status: Record<string, CaseStatus>;
	onPick: (index: number) => void;
}

/**
 * « Cas à traiter »: the requests, each with where it stands (« ✓ juste », « ✗ à revoir »,
 * « non fait »), and a count of what is left. Choosing one only shows it: nothing is announced and
 * focus stays on the list. A choice made before hydration is adopted (the list listens with `onChange`).
 */
export default function CaseList({ id, cases, index, status, onPick }: Props) {
	const root = useEarlyInputs();
	const of = (c: SubcontractCase) => status[c.id] ?? 'non-fait';
	const right = cases.filter((c) => of(c) === 'juste').length;
	const wrong = cases.filter((c) => of(c) === 'revoir').length;
	const left = cases.filter((c) => of(c) === 'non-fait' || of(c) === 'commence').length;
	return (
		<div ref={root} class="field scenario-picker subcontract-picker">
			<label for={id}>Cas à traiter</label>
			<select id={id} value={String(index)} aria-describedby={`${id}-bilan`} onChange={(e) => onPick(Number((e.currentTarget as HTMLSelectElement).value))}>
				{cases.map((c, i) => (
					<option key={c.id} value={String(i)}>
						{i + 1}. [{STATUS_LABEL[of(c)]}] {caseTitle(c)}
					</option>
				))}
			</select>
			<p id={`${id}-bilan`} class="subcontract-tally">
				Demandes justes&nbsp;: {right} sur {cases.length}&#8239;; à revoir&nbsp;: {wrong}&#8239;; à faire ou à vérifier&nbsp;: {left}
				{cases.length - right - wrong - left > 0 ? `\u202f; solution vue\u00a0: ${cases.length - right - wrong - left}` : ''}.
			</p>
		</div>
	);
}
