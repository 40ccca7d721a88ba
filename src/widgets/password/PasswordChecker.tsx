import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPassword, type CharacterType, type PasswordRule } from '../lib/password';
import { recordAttempt } from '../stores/progress';
import { useRevealRequest } from './kit/use-reveal';

interface Props {
	exerciseId: string;
	objectives: string[];
	rule: PasswordRule;
	/** The rule's fact is marked unsure in the fact sheet. */
	unsure: boolean;
	source: { url: string; label: string };
	/** The rule fact's note (« à vérifier … »), shown with the rule. */
	note?: string;
}

const TYPE_LABEL: Record<CharacterType, string> = {
	minuscule: 'minuscules',
	majuscule: 'majuscules',
	chiffre: 'chiffres',
	special: 'caractères spéciaux',
};

/** An example given by « Voir la solution »: long, four types, and not to be reused. */
const EXAMPLE = 'Facture+Chorus+2026';

/**
 * Checks, as the learner types, a password against the rule taught by the training. What is
 * typed stays in this component's memory: it is never sent, stored or recorded.
 */
export default function PasswordChecker({ exerciseId, objectives, rule, unsure, source, note }: Props) {
	const [password, setPassword] = useState('');
	const [visible, setVisible] = useState(false);
	const [live, setLive] = useState('');
	const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null);
	const started = useRef(Date.now());
	const check = checkPassword(password, rule);
	const inputId = `${exerciseId}-mdp`;
	const present = (Object.keys(check.types) as CharacterType[]).filter((t) => check.types[t]).map((t) => TYPE_LABEL[t]);
	const summary = `${check.length} caractère${check.length > 1 ? 's' : ''} sur ${rule.minLength} au moins ; ${check.typeCount} type${check.typeCount > 1 ? 's' : ''} de caractères sur ${rule.minCharacterTypes} au moins.`;

	// Announce once typing pauses, not at every key.
	useEffect(() => {
		if (password === '') return setLive('');
		const t = setTimeout(() => setLive(check.valid ? `Conforme à la règle de la formation. ${summary}` : `Pas encore conforme. ${summary}`), 700);
		return () => clearTimeout(t);
	}, [password]);

	const verify = () => {
		if (password === '') {
			const text = 'Tapez un mot de passe dans le champ avant de vérifier.';
			setVerdict({ ok: false, text });
			setLive(text);
			return;
		}
		const ok = check.valid;
		recordAttempt({ itemId: exerciseId, objectives, score: ok ? 1 : 0, max: 1, outcome: 'scored', context: 'lesson', durationMs: Date.now() - started.current });
		const text = ok
			? `Correct : ce mot de passe respecte la règle de la formation (${summary})`
			: `À revoir : ${!check.lengthOk ? `il faut au moins ${rule.minLength} caractères. ` : ''}${!check.typesOk ? `il faut au moins ${rule.minCharacterTypes} types de caractères parmi minuscules, majuscules, chiffres et caractères spéciaux. ` : ''}`;
		setVerdict({ ok, text });
		setLive(text);
	};

	const reveal = () => {
		setPassword(EXAMPLE);
		setVisible(true);
		recordAttempt({ itemId: exerciseId, objectives, score: 0, max: 1, outcome: 'revealed', context: 'lesson', durationMs: Date.now() - started.current });
		const text = `Exemple conforme (à ne pas réutiliser) : « ${EXAMPLE} » — ${[...EXAMPLE].length} caractères, 4 types de caractères.`;
		setVerdict({ ok: true, text });
		setLive(text);
	};
	useRevealRequest(exerciseId, reveal);

	const retry = () => {
		setPassword('');
		setVerdict(null);
		setLive('Champ vidé : composez un autre mot de passe.');
		started.current = Date.now();
	};

	return (
		<div class="widget password-checker">
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Ce que vous tapez n’est ni envoyé ni enregistré : n’y tapez pas votre vrai mot de passe.</p>
			<p class="rule" data-fact-note={note ? '' : undefined}>
				Règle enseignée par la formation : au moins {rule.minLength} caractères, dont au moins {rule.minCharacterTypes} des 4 types
				(minuscules, majuscules, chiffres, caractères spéciaux).
				{unsure ? (
					<>
						{' '}
						<strong class="fact-warning">À vérifier :</strong> aucun texte officiel lisible ne la donne ; au moment de choisir votre mot
						de passe, suivez le message affiché par le portail.
						{note ? <> ({note})</> : null}
					</>
				) : null}{' '}
				<a href={source.url} rel="external noreferrer">
					Source : {source.label}
				</a>
			</p>
			<label for={inputId}>Mot de passe à tester</label>
			<div class="password-row">
				<input
					id={inputId}
					type={visible ? 'text' : 'password'}
					autocomplete="off"
					spellcheck={false}
					aria-describedby={`${inputId}-etat`}
					value={password}
					onInput={(e) => {
						setPassword((e.currentTarget as HTMLInputElement).value);
						setVerdict(null);
					}}
				/>
				<button type="button" class="btn-small" aria-pressed={visible} onClick={() => setVisible(!visible)}>
					Afficher le mot de passe
				</button>
			</div>
			<ul id={`${inputId}-etat`} class="criteria">
				<li class={check.lengthOk ? 'ok' : 'ko'}>
					{check.lengthOk ? '✓' : '✗'} Au moins {rule.minLength} caractères : vous en avez {check.length}.
				</li>
				<li class={check.typesOk ? 'ok' : 'ko'}>
					{check.typesOk ? '✓' : '✗'} Au moins {rule.minCharacterTypes} types de caractères : vous en avez {check.typeCount}
					{present.length > 0 ? ` (${present.join(', ')})` : ''}.
				</li>
			</ul>
			<div class="question-actions">
				<button type="button" class="btn" onClick={verify}>
					Vérifier
				</button>
				<button type="button" class="btn btn-secondary" onClick={reveal}>
					Voir la solution
				</button>
				{verdict ? (
					<button type="button" class="btn btn-secondary" onClick={retry}>
						Réessayer
					</button>
				) : null}
			</div>
			{verdict ? (
				<div class={`feedback ${verdict.ok ? 'feedback-correct' : 'feedback-wrong'}`}>
					<p>
						<strong>{verdict.ok ? '✓ ' : '✗ '}</strong>
						{verdict.text}
					</p>
				</div>
			) : null}
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
