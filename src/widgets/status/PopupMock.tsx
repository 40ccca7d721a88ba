interface Props {
	uid: string;
	/** The status that sent the invoice back (« Rejetée »). */
	statusLabel: string;
	/** Days after which acknowledging becomes compulsory (fact 4.2.5), when the page passes it. */
	acknowledgeAfterDays?: number;
	/** That fact's note, when it is not sure (« à vérifier »). */
	acknowledgeNote?: string;
}

/**
 * A picture of the window that opens at login when invoices came back. Not a real dialog: it
 * neither takes nor traps focus, and its two buttons are labels only, since the learner answers
 * in the question below. Only the buttons' wording comes from the documentation (fact 4.2.4).
 */
export default function PopupMock({ uid, statusLabel, acknowledgeAfterDays, acknowledgeNote }: Props) {
	return (
		<figure class="popup-mock" aria-labelledby={`${uid}-fenetre`}>
			<figcaption id={`${uid}-fenetre`}>
				<span class="simulation">Simulation — ce n’est pas le portail Chorus Pro</span> La fenêtre qui s’ouvre à votre
				connexion (maquette&nbsp;: seuls les libellés des boutons sont ceux du portail).
			</figcaption>
			<div class="popup-mock-window">
				<p class="popup-mock-title">Factures retournées à acquitter</p>
				<p data-fact-note={acknowledgeAfterDays && acknowledgeNote ? '' : undefined}>
					Une facture vous est revenue avec le statut «&nbsp;{statusLabel}&nbsp;». Lisez le motif du destinataire, puis acquittez-la.
					{acknowledgeAfterDays ? ` Après ${acknowledgeAfterDays}\u00a0jours, l’acquittement devient obligatoire.` : null}
					{acknowledgeAfterDays && acknowledgeNote ? <strong class="fact-warning"> ({acknowledgeNote})</strong> : null}
				</p>
				<p class="visually-hidden">Les deux boutons de la fenêtre&nbsp;:</p>
				<ul class="popup-mock-buttons">
					<li>
						<span class="popup-mock-button">Tout acquitter et fermer</span>
					</li>
					<li>
						<span class="popup-mock-button">Acquitter les factures sélectionnées</span>
					</li>
				</ul>
			</div>
		</figure>
	);
}
