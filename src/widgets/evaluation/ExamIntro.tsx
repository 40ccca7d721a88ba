import { formatDate, formatPercent } from '../../lib/format';
import type { EvaluationKind, EvaluationRun } from '../../lib/evaluation-model';
import { apresRun, avantRun, positioningIsPractice, summariseRun, type EvaluationRule } from '../../lib/evaluation-runs';

interface Props {
	kind: EvaluationKind;
	runs: readonly EvaluationRun[];
	total: number;
	perObjective: number;
	minutes: number;
	rule: EvaluationRule;
	correctionUrl: string;
	onStart: () => void;
}

const result = (run: EvaluationRun, rule: EvaluationRule) => {
	const s = summariseRun(run, rule);
	return `${s.right} bonnes réponses sur ${s.total} (${formatPercent(s.ratio)})`;
};

/** What the learner reads before starting: the exam conditions, and where earlier runs stand. */
export default function ExamIntro({ kind, runs, total, perObjective, minutes, rule, correctionUrl, onStart }: Props) {
	const avant = avantRun(runs);
	const apres = apresRun(runs);
	const practice = kind === 'positionnement' && positioningIsPractice(runs);
	const mine = runs.filter((r) => r.kind === kind && r.completedAt);
	const label = kind === 'positionnement' ? (practice ? 'Commencer un test d’entraînement' : 'Commencer le test de positionnement') : mine.length ? 'Commencer un nouvel essai' : 'Commencer l’évaluation finale';
	return (
		<div class="exam-intro">
			<h2>Comment se passe {kind === 'positionnement' ? 'le test' : 'l’évaluation'}</h2>
			<ul>
				<li>
					{total} questions ({perObjective} par objectif), environ {minutes}&nbsp;min. Elles sont tirées pour vous seul·e&nbsp;: une autre personne en aura d’autres.
				</li>
				<li>Toutes les questions sont sur une seule page&#8239;; répondez dans l’ordre que vous voulez. Le nombre de questions sans réponse s’affiche en bas.</li>
				<li>Aucune correction avant la fin&nbsp;: vous verrez vos résultats, les bonnes réponses et leurs explications après «&nbsp;Terminer l’évaluation&nbsp;».</li>
				<li>
					Chaque réponse est enregistrée aussitôt <span class="hors-lms">dans ce navigateur</span>
					<span class="en-lms">par votre plateforme de formation</span>&nbsp;: vous pouvez fermer la page et reprendre plus tard, même un autre jour.
				</li>
				<li>Une question laissée sans réponse compte comme fausse.</li>
				{kind === 'finale' ? (
					<li>
						Un objectif est validé à l’évaluation finale avec au moins {rule.validatedRight} bonnes réponses sur ses {perObjective} questions&#8239;; l’évaluation est réussie
						à partir de {formatPercent(rule.passMark)} de bonnes réponses.
					</li>
				) : null}
			</ul>
			{kind === 'positionnement' && avant ? (
				<p class="exam-status" data-status="avant">
					Votre test de positionnement est fait depuis le {formatDate(avant.completedAt ?? avant.startedAt)}&nbsp;: {result(avant, rule)}. Il reste votre point de départ&#8239;; un
					nouveau test sera un entraînement et ne le changera pas. <a href={`${correctionUrl}?run=${avant.id}`}>Revoir sa correction</a>
				</p>
			) : null}
			{kind === 'positionnement' && practice && !avant ? (
				<p class="exam-status" data-status="apres-finale">
					Vous avez déjà commencé l’évaluation finale&nbsp;: un test de positionnement ne mesurerait plus votre point de départ. Vous pouvez le passer comme entraînement.
				</p>
			) : null}
			{kind === 'finale' && apres ? (
				<p class="exam-status" data-status="apres">
					Votre dernier essai terminé, le {formatDate(apres.completedAt ?? apres.startedAt)}&nbsp;: {result(apres, rule)}. Un nouvel essai tire d’autres questions&#8239;; le dernier
					terminé fait foi. <a href={`${correctionUrl}?run=${apres.id}`}>Revoir sa correction</a>
				</p>
			) : null}
			<p>
				<button type="button" class="btn" onClick={onStart}>
					{label}
				</button>
			</p>
		</div>
	);
}
