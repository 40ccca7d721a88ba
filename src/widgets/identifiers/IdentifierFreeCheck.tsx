import { useState } from 'preact/hooks';
import { CHECKS, formatIban, KIND_LABEL as LABEL, type IdentifierCheck, type IdentifierKind } from '../../lib/identifiers';
import { useEarlyInputs } from '../kit/adopt-inputs';
const HINT: Record<IdentifierKind, string> = {
	siret: '14 chiffres\u00a0: SIREN (9) + NIC (5).',
	siren: '9 chiffres.',
	iban: '27 caractères pour un IBAN français, FR compris\u202f; espaces acceptés.',
	rib: 'Code banque, code guichet, numéro de compte et clé, séparés par des espaces.',
};

interface Props {
	uid: string;
	kinds: IdentifierKind[];
	/** Writes to the exercise's one live region. */
	announce: (text: string) => void;
}

/**
 * Checks any number the learner types; nothing is recorded or kept. A tool, not an item: it
 * takes no part in the practice lifecycle, but a number typed before hydration is kept.
 */
export default function IdentifierFreeCheck({ uid, kinds, announce }: Props) {
	const root = useEarlyInputs();
	const [kind, setKind] = useState<IdentifierKind>(kinds[0] ?? 'siret');
	const [value, setValue] = useState('');
	const [result, setResult] = useState<IdentifierCheck | null>(null);
	const inputId = `${uid}-libre`;

	const run = (event: Event) => {
		event.preventDefault();
		const checked = CHECKS[kind](value);
		setResult(checked);
		const reasons = [...checked.problems.map((p) => p.message), ...checked.notes].join(' ');
		announce(`${LABEL[kind]} ${checked.valid ? 'valide' : 'non valide'}. ${reasons}`);
	};

	return (
		<form ref={root} class="free-check" onSubmit={run} aria-labelledby={`${inputId}-titre`}>
			<h4 id={`${inputId}-titre`}>Contrôler un autre numéro</h4>
			<p class="question-hint">Le contrôle se fait dans votre navigateur&nbsp;: rien n’est envoyé ni enregistré. N’y tapez pas de vraies coordonnées bancaires.</p>
			{kinds.length > 1 ? (
				<div class="field">
					<label for={`${inputId}-type`}>Type de numéro</label>
					<select
						id={`${inputId}-type`}
						value={kind}
						onChange={(e) => {
							setKind((e.currentTarget as HTMLSelectElement).value as IdentifierKind);
							setResult(null);
						}}
					>
						{kinds.map((k) => (
							<option key={k} value={k}>
								{LABEL[k]}
							</option>
						))}
					</select>
				</div>
			) : null}
			<div class="field">
				<label for={inputId}>{LABEL[kind]} à contrôler</label>
				<p id={`${inputId}-aide`} class="question-hint">
					{HINT[kind]}
				</p>
				<input id={inputId} type="text" inputMode={kind === 'iban' || kind === 'rib' ? 'text' : 'numeric'} autocomplete="off" spellcheck={false} aria-describedby={`${inputId}-aide`} value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
			</div>
			<button type="submit" class="btn btn-secondary">
				Contrôler
			</button>
			<div class="free-check-result">
				{result ? (
					<div class={`feedback ${result.valid ? 'feedback-correct' : 'feedback-wrong'}`}>
						<p>
							<strong>{result.valid ? `✓ ${LABEL[kind]} valide` : `✗ ${LABEL[kind]} non valide`}</strong>
							{result.valid && kind === 'iban' ? `\u00a0: ${formatIban(result.normalized)}` : ''}
						</p>
						{result.problems.length + result.notes.length > 0 ? (
							<ul>
								{[...result.problems.map((p) => p.message), ...result.notes].map((m) => (
									<li key={m}>{m}</li>
								))}
							</ul>
						) : null}
					</div>
				) : null}
			</div>
		</form>
	);
}
