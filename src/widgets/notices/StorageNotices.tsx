import { useStore } from '@nanostores/preact';
import '../../stores/progress';
import { $notices, dismissNotice } from '../../stores/session';

/** Storage problems (memory fallback, quarantined data), shown at the top of every page. */
export default function StorageNotices() {
	const notices = useStore($notices);
	return (
		<div role="status" class="notices">
			{notices.map((n) => (
				<div key={n.id} class="notice" data-notice={n.id}>
					<p>
						<strong>Attention : </strong>
						{n.text}
					</p>
					<button type="button" class="btn-small" onClick={() => dismissNotice(n.id)}>
						J’ai compris
					</button>
				</div>
			))}
		</div>
	);
}
