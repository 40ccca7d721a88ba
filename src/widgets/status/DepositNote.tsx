/**
 * What the fact sheet says of the certificat de dépôt (facts 4.1 and 6.7), and no more: where the
 * portal shows it is not documented, so no screen is drawn.
 */
export default function DepositNote() {
	return (
		<p class="question-hint deposit-note">
			Chorus Pro délivre alors un <strong>certificat de dépôt</strong>, téléchargeable&nbsp;: il donne une date de dépôt
			opposable au client.
		</p>
	);
}
