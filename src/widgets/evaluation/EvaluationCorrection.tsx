import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { EvaluationRule } from '../../lib/evaluation-runs';
import { $runs } from '../../stores/evaluation';
import RunCorrection from './RunCorrection';
import { usePool } from './use-pool';

interface Props {
	objectives: string[];
	labels: Record<string, string>;
	rule: EvaluationRule;
	poolUrl: string;
	/** Where each evaluation is taken (and an unfinished run resumed). */
	examUrls: Record<'positionnement' | 'finale', string>;
	parcoursUrl: string;
}

/**
 * The correction page of one completed run (`?run=finale-2`), reached from the end of an
 * evaluation or from « Mon parcours ». An unfinished run shows no correction: the learner is
 * sent back to finish it.
 */
export default function EvaluationCorrection({ objectives, labels, rule, poolUrl, examUrls, parcoursUrl }: Props) {
	const pool = usePool(poolUrl);
	const runs = useStore($runs, { ssr: () => [] });
	const [runId, setRunId] = useState<string | null | undefined>(undefined);
	useEffect(() => setRunId(new URLSearchParams(window.location.search).get('run')), []);
	if (runId === undefined || pool.status === 'loading') return <p class="exam-loading">Chargement de la correction…</p>;
	if (pool.status === 'error') {
		return (
			<p class="exam-error" role="alert">
				Les questions n’ont pas pu être chargées ({pool.message}). Vérifiez la connexion, puis rechargez la page.
			</p>
		);
	}
	const run = runs.find((r) => r.id === runId);
	if (!run) {
		return (
			<p class="exam-error" data-missing>
				Aucun essai «&nbsp;{runId ?? ''}&nbsp;» dans votre progression. Vos essais sont listés sur <a href={parcoursUrl}>«&nbsp;Mon parcours&nbsp;»</a>.
			</p>
		);
	}
	if (!run.completedAt) {
		return (
			<p class="exam-error" data-unfinished>
				Cet essai n’est pas terminé&nbsp;: sa correction s’affichera quand vous l’aurez terminé. <a href={examUrls[run.kind]}>Reprendre l’essai</a>
			</p>
		);
	}
	return <RunCorrection run={run} runs={runs} items={pool.items} objectives={objectives} labels={labels} rule={rule} />;
}
