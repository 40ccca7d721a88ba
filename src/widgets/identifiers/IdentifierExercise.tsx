import { useRef, useState } from 'preact/hooks';
import type { IdentifierKind } from '../schemas/exercise';
import { recordAttempt } from '../stores/progress';
import IdentifierFreeCheck from './IdentifierFreeCheck';
import { useRevealRequest } from './kit/use-reveal';
import CheckActions from './shared/CheckActions';

/** A number to judge, with its verdict computed at build time by src/lib/identifiers.ts. */
export interface JudgedItem {
	id: string;
	type: IdentifierKind;
	value: string;
	context: string;
	valid: boolean;
	/** Why it is wrong, or what to know although it is valid. */
	explanation: string;
}

interface Props {
	exerciseId: string;
	objectives: string[];
	items: JudgedItem[];
	freeCheck: IdentifierKind[];
}

export const KIND_LABEL: Record<IdentifierKind, string> = { siret: 'SIRET', siren: 'SIREN', iban: 'IBAN', rib: 'RIB' };

/** Valid or not? Numbers a learner meets, judged one by one, then a free checker. */
export default function IdentifierExercise({ exerciseId, objectives, items, freeCheck }: Props) {
	const [answers, setAnswers] = useState<Record<string, boolean | undefined>>({});
	const [checked, setChecked] = useState<'scored' | 'revealed' | null>(null);
	const [live, setLive] = useState('');
	const [warning, setWarning] = useState<string | null>(null);
	const started = useRef(Date.now());

	const record = (outcome: 'scored' | 'revealed', given: Record<string, boolean | undefined>) => {
		const durationMs = Date.now() - started.current;
		for (const item of items) {
			const score = outcome === 'scored' && given[item.id] === item.valid ? 1 : 0;
			recordAttempt({ itemId: `${exerciseId}:${item.id}`, objectives, score, max: 1, outcome, context: 'lesson', durationMs });
		}
	};

	const verify = () => {
		const missing = items.filter((i) => answers[i.id] === undefined).length;
		if (missing > 0) {
			const text = `Répondez pour chaque numéro avant de vérifier : ${missing} sans réponse.`;
			setWarning(text);
			setLive(text);
			return;
		}
		setWarning(null);
		record('scored', answers);
		setChecked('scored');
		const right = items.filter((i) => answers[i.id] === i.valid).length;
		setLive(right === items.length ? `Correct : ${right} sur ${items.length}.` : `À revoir : ${right} sur ${items.length} justes. Lisez l’explication sous chaque numéro.`);
	};

	const reveal = () => {
		const solution = Object.fromEntries(items.map((i) => [i.id, i.valid]));
		setAnswers(solution);
		setChecked('revealed');
		record('revealed', solution);
		setLive('Solution affichée, avec l’explication de chaque numéro.');
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setAnswers({});
		setWarning(null);
		setChecked(null);
		started.current = Date.now();
		setLive('Réponses effacées : à vous.');
	};

	const right = items.filter((i) => answers[i.id] === i.valid).length;
	return (
		<div class="widget identifiers">
			<ol class="identifier-items">
				{items.map((item) => {
					const given = answers[item.id];
					const ok = checked ? given === item.valid : undefined;
					const name = `${exerciseId}-${item.id}`;
					return (
						<li key={item.id}>
							<fieldset class="question" aria-describedby={`${name}-contexte`}>
								<legend>
									{KIND_LABEL[item.type]} : <span class="identifier-value">{item.value}</span>
								</legend>
								<p id={`${name}-contexte`} class="question-hint">
									{item.context}
								</p>
								<ul class="choices choices-inline">
									{[true, false].map((value) => (
										<li key={String(value)} class="choice-row">
											<label class="choice">
												<input
													type="radio"
													name={name}
													checked={given === value}
													onChange={() => {
														setAnswers({ ...answers, [item.id]: value });
														if (checked) setChecked(null);
													}}
												/>
												<span>{value ? 'Valide' : 'Non valide'}</span>
											</label>
										</li>
									))}
								</ul>
								{checked ? (
									<p class={`feedback ${checked === 'revealed' ? 'feedback-revealed' : ok ? 'feedback-correct' : 'feedback-wrong'}`}>
										<strong>{checked === 'revealed' ? 'Solution : ' : ok ? '✓ Juste : ' : '✗ À revoir : '}</strong>
										{item.valid ? 'valide. ' : 'non valide. '}
										{item.explanation}
									</p>
								) : null}
							</fieldset>
						</li>
					);
				})}
			</ol>
			<CheckActions warning={warning} canRetry={Boolean(checked)} onVerify={verify} onReveal={reveal} onRetry={retry} />
			{checked === 'scored' ? (
				<p class="quiz-score">
					Réponses justes : {right} sur {items.length}.
				</p>
			) : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
			<IdentifierFreeCheck uid={exerciseId} kinds={freeCheck} announce={setLive} />
		</div>
	);
}
