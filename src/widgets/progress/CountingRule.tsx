import { formatPercent } from '../../lib/format';
import type { MasteryParams } from '../../lib/mastery';

/** « 3 questions comptées », or « aucune question comptée ». */
export function counted(items: number): string {
	if (items === 0) return 'aucune question comptée';
	return `${items} question${items > 1 ? 's' : ''} comptée${items > 1 ? 's' : ''}`;
}

/** « 2 d’entraînement, 1 solution affichée » — what was done but, by the rule, not counted; '' when nothing. */
export function uncounted(practice: number, revealed: number): string {
	return [
		practice > 0 ? `${practice} d’entraînement` : '',
		revealed > 0 ? `${revealed} solution${revealed > 1 ? 's' : ''} affichée${revealed > 1 ? 's' : ''}` : '',
	]
		.filter(Boolean)
		.join(', ');
}

/** « Comment est-ce calculé ? »: the counting rule of course.md §2 in plain French, with its figures. */
export default function CountingRule({ rule }: { rule: MasteryParams }) {
	return (
		<details class="counting-rule">
			<summary>Comment est-ce calculé&#8239;?</summary>
			<ul>
				<li>
					Un essai <strong>compte</strong> quand c’est votre première vérification d’une question ou d’un exercice, ou quand vous ne
					l’avez pas vérifié ni affiché sa solution plus tôt le même jour (heure de Paris).
				</li>
				<li>
					Un nouvel essai juste après une correction, ou après «&nbsp;Voir la solution&nbsp;», est un essai d’<strong>entraînement</strong>&nbsp;: il
					est gardé et affiché, mais il ne compte pas. Refaites l’exercice un autre jour pour qu’il compte.
				</li>
				<li>«&nbsp;Voir la solution&nbsp;» ne compte jamais comme une réussite. Vérifier deux fois la même réponse n’enregistre qu’un essai.</li>
				<li>
					Pour chaque question, seul votre dernier essai qui compte est retenu. Un objectif est <strong>acquis</strong> quand la moyenne
					de ces résultats atteint {formatPercent(rule.threshold)} sur au moins {rule.minItems} questions ou exercices différents&#8239;; il est
					<strong> en cours</strong> dès votre premier essai qui compte.
				</li>
				<li>Le test de positionnement et l’évaluation finale ne comptent pas ici&nbsp;: leurs résultats ont leurs propres colonnes, expliquées sous «&nbsp;Évaluations&nbsp;».</li>
			</ul>
		</details>
	);
}
