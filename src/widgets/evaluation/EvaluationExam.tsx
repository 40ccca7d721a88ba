import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvaluationKind, EvaluationRun } from '../../lib/evaluation-model';
import { missingQuestions, scoreRun, unanswered } from '../../lib/evaluation-score';
import { newRun, openRun, type EvaluationRule } from '../../lib/evaluation-runs';
import { formatDate } from '../../lib/format';
import type { QuizItem } from '../../lib/quiz-types';
import { $runs, completeRun, dropOpenRun, learnerSeed, saveRunAnswer, startRun } from '../../stores/evaluation';
import LiveRegion from '../kit/LiveRegion';
import ExamIntro from './ExamIntro';
import RunCorrection from './RunCorrection';
import ExamQuestion from './ExamQuestion';
import ExamSubmit from './ExamSubmit';
import { usePool } from './use-pool';

interface Props {
	kind: EvaluationKind;
	perObjective: number;
	objectives: string[];
	/** Objective labels, for the correction's table. */
	labels: Record<string, string>;
	rule: EvaluationRule;
	minutes: number;
	poolUrl: string;
	correctionUrl: string;
}

/**
 * An evaluation in exam conditions (course.md §5): the learner's own draw, all questions on one
 * page, every answer saved at once, no feedback until « Terminer l'évaluation » is confirmed;
 * then the correction page. An unfinished run is resumed, never scored behind the learner's back.
 */
export default function EvaluationExam({ kind, perObjective, objectives, labels, rule, minutes, poolUrl, correctionUrl }: Props) {
	const pool = usePool(poolUrl);
	const runs = useStore($runs, { ssr: () => [] });
	const [live, setLive] = useState('');
	const [problem, setProblem] = useState('');
	const [finished, setFinished] = useState<string | null>(null);
	if (pool.status === 'loading') return <p class="exam-loading">Chargement de l’évaluation…</p>;
	if (pool.status === 'error') {
		return (
			<p class="exam-error" role="alert">
				Les questions n’ont pas pu être chargées ({pool.message}). Vérifiez la connexion, puis rechargez la page&nbsp;: les réponses déjà données sont gardées.
			</p>
		);
	}
	const done = finished ? runs.find((r) => r.id === finished) : undefined;
	if (done) return <RunCorrection run={done} runs={runs} items={pool.items} objectives={objectives} labels={labels} rule={rule} focus />;
	const run = openRun(runs, kind);
	const start = () => {
		try {
			const plan = { kind, objectives, perObjective, learnerSeed: learnerSeed(), bank: pool.version, pool: pool.list };
			startRun(newRun(plan, $runs.get(), new Date()));
			setLive('L’évaluation commence\u00a0: les questions sont affichées.');
		} catch (error) {
			setProblem(`L’évaluation n’a pas pu être tirée\u00a0: ${(error as Error).message}.`);
		}
	};
	if (!run) {
		return (
			<>
				<ExamIntro kind={kind} runs={runs} total={perObjective * objectives.length} perObjective={perObjective} minutes={minutes} rule={rule} correctionUrl={correctionUrl} onStart={start} />
				{problem ? <p role="alert">{problem}</p> : null}
				<LiveRegion text={live} />
			</>
		);
	}
	const missing = missingQuestions(run, pool.items);
	if (missing.length > 0) return <ChangedContent run={run} onRestart={() => (dropOpenRun(run.id), start())} />;
	const finish = () => {
		// Scored from the stored run, not this render's copy: the last answer may be newer.
		const latest = $runs.get().find((r) => r.id === run.id) ?? run;
		completeRun(run.id, scoreRun(latest, pool.items));
		// The correction shows here (nothing to reload, even when storage failed); the address
		// becomes the correction page's, so a reload or a bookmark finds it again.
		window.history.replaceState(null, '', `${correctionUrl}?run=${encodeURIComponent(run.id)}`);
		setFinished(run.id);
	};
	return <ExamForm run={run} items={pool.items} live={live} setLive={setLive} focus={live !== ''} onFinish={finish} />;
}

function ChangedContent({ run, onRestart }: { run: EvaluationRun; onRestart: () => void }) {
	return (
		<div class="exam-changed" role="alert">
			<p>
				Votre essai commencé le {formatDate(run.startedAt)} ne peut pas être repris&nbsp;: le cours a été mis à jour depuis et certaines de ses questions n’existent plus. Il
				n’a pas été noté.
			</p>
			<button type="button" class="btn" onClick={onRestart}>
				Recommencer avec de nouvelles questions
			</button>
		</div>
	);
}

interface FormProps {
	run: EvaluationRun;
	items: ReadonlyMap<string, QuizItem>;
	live: string;
	setLive: (text: string) => void;
	/** Just started with the button, which is gone: focus goes to the run's first line. */
	focus: boolean;
	onFinish: () => void;
}

function ExamForm({ run, items, live, setLive, focus, onFinish }: FormProps) {
	const top = useRef<HTMLParagraphElement>(null);
	useEffect(() => {
		if (focus) top.current?.focus();
	}, []);
	const left = unanswered(run, items);
	const anchor = (id: string) => `question-${id}`;
	// Said once, for the run as it was found on opening the page: a resumed run.
	const [resumed] = useState(() => Object.keys(run.answers).length);
	return (
		<div class="exam" data-run={run.id}>
			<p class="exam-run" tabIndex={-1} ref={top}>
				Essai n° {run.number}, commencé le {formatDate(run.startedAt)}.
				{resumed > 0 ? ` Reprise\u00a0: ${resumed === 1 ? 'votre réponse déjà donnée est là' : `vos ${resumed} réponses déjà données sont là`}.` : ''}
			</p>
			<ol class="quiz-questions exam-questions">
				{run.questions.map((q, index) => {
					const item = items.get(q.id) as QuizItem;
					return (
						<li key={q.id}>
							<ExamQuestion
								item={item}
								uid={anchor(q.id)}
								number={index + 1}
								total={run.questions.length}
								answer={run.answers[q.id]}
								onAnswer={(answer, moved) => {
									saveRunAnswer(run.id, q.id, answer);
									if (moved) setLive(moved);
								}}
							/>
						</li>
					);
				})}
			</ol>
			<ExamSubmit
				total={run.questions.length}
				unanswered={left.map((id) => ({ number: run.questions.findIndex((q) => q.id === id) + 1, anchor: anchor(id) }))}
				onFinish={onFinish}
			/>
			<LiveRegion text={live} />
		</div>
	);
}
