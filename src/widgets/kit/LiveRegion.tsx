/** The one polite live region of a widget: it holds only the feedback text (widgets.md). */
export default function LiveRegion({ text }: { text: string }) {
	return (
		<p role="status" class="visually-hidden">
			{text}
		</p>
	);
}
