import type { RefObject } from 'preact';

/** An error of the form; `target` is the id of the control to reach, if there is one. */
export interface SummaryError {
	key: string;
	message: string;
	target?: string;
}

interface Props {
	uid: string;
	errors: SummaryError[];
	summaryRef: RefObject<HTMLDivElement>;
}

/**
 * « Il y a N erreurs », each linking to its field (GOV.UK error summary): the calculators' forms
 * put it at their top and move focus to it (`summaryRef`, tabIndex -1) when a submission fails.
 */
export default function ErrorSummary({ uid, errors, summaryRef }: Props) {
	const n = errors.length;
	return (
		<div ref={summaryRef} tabIndex={-1} class="error-summary" aria-labelledby={`${uid}-erreurs-titre`}>
			<h4 id={`${uid}-erreurs-titre`}>{`Il y a ${n} erreur${n > 1 ? 's' : ''}`}</h4>
			<ul>
				{errors.map((e) => (
					<li key={e.key}>
						{e.target ? (
							<a
								href={`#${e.target}`}
								onClick={(event) => {
									// Some browsers scroll to the anchor without moving focus: move it to the control.
									const control = document.getElementById(e.target ?? '');
									if (!control) return;
									event.preventDefault();
									control.focus();
								}}
							>
								{e.message}
							</a>
						) : (
							e.message
						)}
					</li>
				))}
			</ul>
		</div>
	);
}
