import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPassword, passwordSummary, passwordVerdict, type PasswordRule } from '../../lib/password';
import LiveRegion from '../kit/LiveRegion';
import PracticeActions from '../kit/PracticeActions';
import { usePractice } from '../kit/use-practice';
import PasswordCriteria from './PasswordCriteria';
import PasswordRuleNote from './PasswordRuleNote';

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

/** An example given by « Voir la solution »: long, four types, and not to be reused. */
const EXAMPLE = 'Facture+Chorus+2026';
const EXAMPLE_TEXT = `Exemple conforme (à ne pas réutiliser)\u00a0: «\u00a0${EXAMPLE}\u00a0» — ${[...EXAMPLE].length} caractères, 4 types de caractères.`;

/**
 * Checks, as the learner types, a password against the rule taught by the training. What is
 * typed stays in this component's memory: it is never sent, stored or recorded (only its score).
 */
export default function PasswordChecker({ exerciseId, objectives, rule, unsure, source, note }: Props) {
	const [password, setPassword] = useState('');
	const [visible, setVisible] = useState(false);
	const typing = useRef<ReturnType<typeof setTimeout>>();
	const check = checkPassword(password, rule);
	const inputId = `${exerciseId}-mdp`;
	// A pending « as you type » announcement must not cover the feedback of a button.
	const quiet = () => clearTimeout(typing.current);
	useEffect(() => quiet, []);

	const practice = usePractice<{ ok: boolean; text: string }>({
		id: exerciseId,
		objectives,
		// Compared in memory only (the kit keeps it in a ref): never stored with the attempt.
		answer: password,
		check: () => {
			quiet();
			if (password === '') return { missing: 'Tapez un mot de passe dans le champ avant de vérifier.' };
			const text = passwordVerdict(check, rule);
			return { result: { ok: check.valid, text }, items: [{ itemId: exerciseId, score: check.valid ? 1 : 0, max: 1 }], feedback: text };
		},
		solution: () => {
			quiet();
			return {
				items: [{ itemId: exerciseId, score: 0, max: 1 }],
				show: () => {
					setPassword(EXAMPLE);
					setVisible(true);
				},
				message: EXAMPLE_TEXT,
			};
		},
		reset: () => {
			quiet();
			setPassword('');
			return 'Champ vidé\u00a0: composez un autre mot de passe.';
		},
	});
	const { phase, result } = practice;
	const verdict = phase === 'revealed' ? { ok: true, text: EXAMPLE_TEXT } : result;

	const type = (value: string) => {
		setPassword(value);
		practice.edit();
		quiet();
		if (value === '') return;
		// Announce once typing pauses, not at every key.
		const now = checkPassword(value, rule);
		const summary = passwordSummary(now, rule);
		typing.current = setTimeout(() => practice.announce(now.valid ? `Conforme à la règle de la formation. ${summary}` : `Pas encore conforme. ${summary}`), 700);
	};

	return (
		<div class="widget password-checker" ref={practice.rootRef}>
			<p class="simulation">Simulation — ce n’est pas le portail Chorus Pro. Ce que vous tapez n’est ni envoyé ni enregistré&nbsp;: n’y tapez pas votre vrai mot de passe.</p>
			<PasswordRuleNote rule={rule} unsure={unsure} source={source} note={note} />
			<label for={inputId}>Mot de passe à tester</label>
			<div class="password-row">
				<input
					id={inputId}
					type={visible ? 'text' : 'password'}
					autocomplete="off"
					spellcheck={false}
					aria-describedby={`${inputId}-etat`}
					value={password}
					onInput={(e) => type((e.currentTarget as HTMLInputElement).value)}
				/>
				<button type="button" class="btn-small" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
					Afficher le mot de passe
				</button>
			</div>
			<PasswordCriteria id={`${inputId}-etat`} rule={rule} check={check} />
			<PracticeActions practice={practice} />
			{verdict ? (
				<div class={`feedback ${verdict.ok ? 'feedback-correct' : 'feedback-wrong'}`}>
					<p>
						<strong>{verdict.ok ? '✓ ' : '✗ '}</strong>
						{verdict.text}
					</p>
				</div>
			) : null}
			<LiveRegion text={practice.live} />
		</div>
	);
}
