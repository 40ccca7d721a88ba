import { useStore } from '@nanostores/preact';
import '../../stores/progress';
import { $notices, dismissNotice, type Notice } from '../../stores/session';

/** The button a notice offers: export what this page holds, or reload into the newer course. */
function NoticeAction({ action }: { action: Notice['action'] }) {
	if (action === 'reload') {
		return (
			<button type="button" class="btn-small" onClick={() => window.location.reload()}>
				Recharger la page
			</button>
		);
	}
	if (action !== 'export') return null;
	return (
		<button
			type="button"
			class="btn-small"
			// Loaded on demand: every page carries this notice, few ever need the export code.
			onClick={() => import('../progress/download').then((m) => m.downloadProgress())}
		>
			Exporter ma progression
		</button>
	);
}

/** Storage problems (fallback storage, quarantined data, a newer tab), shown at the top of every page. */
export default function StorageNotices() {
	const notices = useStore($notices);
	return (
		<div role="status" class="notices">
			{notices.map((n) => (
				<div key={n.id} class="notice" data-notice={n.id}>
					<p>
						<strong>Attention&nbsp;: </strong>
						{n.text}
					</p>
					<p class="notice-actions">
						<NoticeAction action={n.action} />
						<button type="button" class="btn-small" onClick={() => dismissNotice(n.id)}>
							J’ai compris
						</button>
					</p>
				</div>
			))}
		</div>
	);
}
