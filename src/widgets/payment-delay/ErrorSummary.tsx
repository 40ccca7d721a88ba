import type { RefObject } from 'preact';
import type { DelayError, DelayField } from '../../lib/payment-delay';

interface Props {
	uid: string;
	errors: DelayError[];
	ids: Record<DelayField, string>;
	summaryRef: RefObject<HTMLDivElement>;
}

/** « Il y a N erreurs », each linking to its field (GOV.UK error summary). */
export default function ErrorSummary({ uid, errors, ids, summaryRef }: Props) {
	const n = errors.length;
	return (
		<div ref={summaryRef} tabIndex={-1} class="error-summary" aria-labelledby={`${uid}-erreurs-titre`}>
			<h4 id={`${uid}-erreurs-titre`}>{`Il y a ${n} erreur${n > 1 ? 's' : ''}`}</h4>
			<ul>
				{errors.map((e) => (
					<li key={e.field}>
						<a
							href={`#${ids[e.field]}`}
							onClick={(event) => {
								// Some browsers scroll to the anchor without moving focus: move it to the control.
								const target = document.getElementById(ids[e.field]);
								if (!target) return;
								event.preventDefault();
								target.focus();
							}}
						>
							{e.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
