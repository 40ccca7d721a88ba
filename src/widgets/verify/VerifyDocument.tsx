import { useEffect, useRef, useState } from 'preact/hooks';
import { isSecureContextMissing, verifyDocumentCode } from '../../lib/document-signature';
import type { PublicKeyEntry } from '../../schemas/public-keys';
import { adoptServerInputs } from '../kit/adopt-inputs';
import ErrorSummary from '../kit/ErrorSummary';
import Field from '../kit/Field';
import LiveRegion from '../kit/LiveRegion';
import { codeFromHash } from './hash-code';
import VerdictView, { outcomeAnnouncement, type Outcome } from './VerdictView';

interface Props {
	/** The organisers' public keys built into the page (content/cles-publiques.json). */
	keys: PublicKeyEntry[];
}

const UID = 'verifier';
const FIELD_ID = `${UID}-code`;
const EMPTY_MESSAGE = 'Collez le code du document, imprimé sous son QR code (il commence par «\u00a0CP1.\u00a0»).';

/**
 * « Vérifier une attestation »: checks a signed document's code in this browser, offline, with
 * the keys the site was built with. The code comes from the field or from the link of the QR code
 * (`#CP1.…`), read on load and whenever the hash changes.
 */
export default function VerifyDocument({ keys }: Props) {
	const [code, setCode] = useState('');
	const [missing, setMissing] = useState(false);
	const [outcome, setOutcome] = useState<Outcome | null>(null);
	const [live, setLive] = useState('');
	const [insecure, setInsecure] = useState(false);
	// Preact sets a textarea's value even while hydrating (not an input's): until the island has
	// started, the field is left alone so that a code pasted early survives to be adopted.
	const [started, setStarted] = useState(false);
	const root = useRef<HTMLFormElement>(null);
	const summary = useRef<HTMLDivElement>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	// Only the latest check may show its verdict: a slow earlier one must not cover it.
	const run = useRef(0);

	const check = async (text: string, byUser: boolean) => {
		const id = ++run.current;
		let next: Outcome;
		if (isSecureContextMissing()) next = { status: 'hors-https' };
		else {
			try {
				next = await verifyDocumentCode(text, keys);
			} catch {
				next = { status: 'illisible', message: 'Ce code n’a pas pu être vérifié par ce navigateur.' };
			}
		}
		if (id !== run.current) return;
		setOutcome(next);
		setLive(outcomeAnnouncement(next));
		// Focus follows a check the user asked for; a link opened from a QR code only scrolls to it.
		setTimeout(() => {
			if (byUser) heading.current?.focus();
			else heading.current?.closest('.verify-box')?.scrollIntoView?.({ block: 'start' });
		}, 0);
	};

	useEffect(() => {
		setStarted(true);
		setInsecure(isSecureContextMissing());
		const fromHash = () => {
			const found = codeFromHash(location.hash);
			if (!found) return false;
			setCode(found);
			setMissing(false);
			void check(found, false);
			return true;
		};
		// A code in the link wins; otherwise keep what was typed or pasted before the island started.
		if (!fromHash()) void adoptServerInputs(root.current);
		const onHash = () => void fromHash();
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	const submit = (e: Event) => {
		e.preventDefault();
		if (code.trim() === '') {
			run.current += 1;
			setOutcome(null);
			setMissing(true);
			setLive('Il y a 1 erreur\u00a0: collez le code du document.');
			// GOV.UK pattern: focus goes to the summary once it is rendered.
			setTimeout(() => summary.current?.focus(), 0);
			return;
		}
		setMissing(false);
		void check(code, true);
	};

	return (
		<div class="widget verify">
			{insecure ? (
				<p class="verify-box verify-warning" role="note">
					<span aria-hidden="true">! </span>Cette page n’est pas ouverte à une adresse sécurisée (https ou localhost)&nbsp;: ce navigateur ne peut pas y vérifier de
					signature.
				</p>
			) : null}
			{/* method="dialog": a click before the island starts submits nowhere, so the page does not
			    reload and lose the pasted code (outside a <dialog>, such a submission does nothing). */}
			<form ref={root} method="dialog" class="verify-form" noValidate onSubmit={submit} aria-labelledby={`${UID}-titre`}>
				<h2 id={`${UID}-titre`}>Vérifier un code</h2>
				{missing ? <ErrorSummary uid={UID} summaryRef={summary} errors={[{ key: 'code', message: EMPTY_MESSAGE, target: FIELD_ID }]} /> : null}
				<Field
					id={FIELD_ID}
					variant="verify-field"
					label="Code du document"
					hint={
						<>
							Le code imprimé sous le QR code, qui commence par «&nbsp;CP1.&nbsp;», ou le lien entier. Les espaces et les retours à la ligne d’un code recopié
							d’un PDF ou d’un courriel sont ignorés.
						</>
					}
					error={missing ? EMPTY_MESSAGE : undefined}
					control={(p) => (
						<textarea
							{...p}
							rows={5}
							spellcheck={false}
							autocomplete="off"
							autocapitalize="off"
							autocorrect="off"
							value={started ? code : undefined}
							onInput={(e) => {
								setCode((e.currentTarget as HTMLTextAreaElement).value);
								// A verdict stays next to the code it was given for, never next to another one.
								run.current += 1;
								setOutcome(null);
							}}
						/>
					)}
				/>
				<div class="question-actions">
					<button type="submit" class="btn">
						Vérifier
					</button>
				</div>
			</form>
			{outcome ? <VerdictView outcome={outcome} headingRef={heading} /> : null}
			<LiveRegion text={live} />
		</div>
	);
}
