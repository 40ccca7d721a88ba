import { useEffect, useRef, useState } from 'preact/hooks';
import { cadreText, lessonLinkKey, walkGuide, type CadreLessonLinks, type CadreResult, type GuideTree } from '../../lib/cadre-chooser';
import { useEarlyInputs } from '../kit/adopt-inputs';

interface Props {
	uid: string;
	tree: GuideTree;
	lessonLinks: CadreLessonLinks;
	announce: (text: string) => void;
}

/** The pointer from a works result to the works lesson; plain text while it is not written. */
function SeeLesson({ result, lessonLinks }: { result: CadreResult; lessonLinks: CadreLessonLinks }) {
	if (!result.seeLesson) return null;
	const url = lessonLinks[lessonLinkKey(result.seeLesson)] ?? null;
	return <p class="cadre-see-lesson">{url ? <a href={url}>Voir la leçon sur les factures de travaux</a> : 'Voir la leçon sur les factures de travaux, en préparation.'}</p>;
}

/**
 * The guide: one question at a time, the answers given so far listed with « Modifier », and
 * the cadre at the end. A tool, not an exercise: nothing is recorded.
 */
export default function CadreGuide({ uid, tree, lessonLinks, announce }: Props) {
	// A tool, not an item: outside the practice lifecycle, but an answer ticked before hydration is kept.
	const root = useEarlyInputs();
	const [path, setPath] = useState<number[]>([]);
	const [choice, setChoice] = useState<number | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	const target = useRef<HTMLElement | null>(null);
	// A counter in state, not a ref flag: Preact runs an earlier render's pending effect at the start
	// of the next render, and a flag read there would be spent on the previous question.
	const [focusMoves, setFocusMoves] = useState(0);
	const walk = walkGuide(tree, path);

	// Focus follows the learner to the new question or the result, only after their own action.
	useEffect(() => {
		if (focusMoves > 0) target.current?.focus();
	}, [focusMoves]);

	const go = (next: number[], preselect: number | null, lead: string) => {
		const to = walkGuide(tree, next);
		setPath(next);
		setChoice(preselect);
		setWarning(null);
		setFocusMoves((n) => n + 1);
		if (to.kind === 'question') announce(`${lead}${to.node.question}`);
		else if (to.kind === 'result') announce(`Résultat\u00a0: cadre ${cadreText(to.result)}.${to.result.note ? ` ${to.result.note}` : ''}`);
	};

	const proceed = () => {
		if (choice === null) {
			const text = 'Choisissez une réponse avant de continuer.';
			setWarning(text);
			announce(text);
			return;
		}
		go([...path, choice], null, 'Question suivante\u00a0: ');
	};

	const setRef = (el: HTMLElement | null) => {
		target.current = el;
	};

	return (
		<section ref={root} class="cadre-guide" aria-labelledby={`${uid}-guide-titre`}>
			<h4 id={`${uid}-guide-titre`}>Le guide&nbsp;: quel cadre choisir&#8239;?</h4>
			{walk.steps.length > 0 ? (
				<ol class="cadre-path" aria-label="Vos réponses">
					{walk.steps.map((step, i) => (
						<li key={`${i}-${step.node.id}`}>
							<span>
								{step.node.question}&nbsp;: <strong>{step.option.text}</strong>
							</span>
							<button type="button" class="btn-small" onClick={() => go(path.slice(0, i), step.index, 'Retour à la question\u00a0: ')}>
								Modifier<span class="visually-hidden"> la réponse à «&nbsp;{step.node.question}&nbsp;»</span>
							</button>
						</li>
					))}
				</ol>
			) : null}
			{walk.kind === 'question' ? (
				<fieldset key={walk.node.id} class="question">
					<legend tabIndex={-1} ref={setRef}>
						{walk.node.question}
					</legend>
					<ul class="choices">
						{walk.node.options.map((option, i) => (
							<li key={i} class="choice-row">
								<label class="choice">
									<input
										type="radio"
										name={`${uid}-guide-${walk.node.id}`}
										checked={choice === i}
										aria-describedby={warning ? `${uid}-guide-alerte` : undefined}
										onChange={() => {
											setChoice(i);
											setWarning(null);
										}}
									/>
									<span>{option.text}</span>
								</label>
							</li>
						))}
					</ul>
					{warning ? (
						<p id={`${uid}-guide-alerte`} class="question-warning">
							{warning}
						</p>
					) : null}
					<div class="question-actions">
						<button type="button" class="btn" onClick={proceed}>
							Continuer
						</button>
					</div>
				</fieldset>
			) : null}
			{walk.kind === 'result' ? (
				<div class="success-summary cadre-result">
					<h5 tabIndex={-1} ref={setRef}>
						Cadre à choisir&nbsp;: {cadreText(walk.result)}
					</h5>
					{walk.result.note ? <p>{walk.result.note}</p> : null}
					<SeeLesson result={walk.result} lessonLinks={lessonLinks} />
				</div>
			) : null}
			{walk.kind === 'invalid' ? <p class="question-warning">Le guide est incomplet à cet endroit&nbsp;: {walk.message}</p> : null}
			{path.length > 0 ? (
				<div class="question-actions">
					<button type="button" class="btn btn-secondary" onClick={() => go([], null, 'Guide recommencé. Première question\u00a0: ')}>
						Recommencer
					</button>
				</div>
			) : null}
		</section>
	);
}
