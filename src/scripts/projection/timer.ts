/**
 * The presenter's timer: time spent on the lesson, kept through a reload (sessionStorage, this
 * tab only), with pause and reset.
 */
interface TimerState {
	/** ms accumulated before the current run. */
	spent: number;
	/** When the current run started (ms since epoch), or null when paused. */
	since: number | null;
}

function read(key: string): TimerState {
	try {
		const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as TimerState | null;
		if (saved && typeof saved.spent === 'number' && (saved.since === null || typeof saved.since === 'number')) return saved;
	} catch {
		/* A private window or a damaged value: the timer starts again. */
	}
	return { spent: 0, since: Date.now() };
}

/** « 12 min 05 s », « 1 h 02 min ». */
export function elapsedLabel(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return h > 0 ? `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}\u00a0min` : `${m}\u00a0min\u00a0${String(s).padStart(2, '0')}\u00a0s`;
}

export function startTimer(lesson: string, out: HTMLElement | null, toggle: HTMLButtonElement | null, reset: HTMLButtonElement | null): () => void {
	const key = `chorus-pro-minuteur:${lesson}`;
	let state = read(key);
	const save = () => {
		try {
			sessionStorage.setItem(key, JSON.stringify(state));
		} catch {
			/* Kept in memory only. */
		}
	};
	const elapsed = () => state.spent + (state.since === null ? 0 : Date.now() - state.since);
	const render = () => {
		if (out) out.textContent = elapsedLabel(elapsed());
		if (toggle) toggle.textContent = state.since === null ? 'Reprendre' : 'Pause';
	};
	toggle?.addEventListener('click', () => {
		state = state.since === null ? { spent: state.spent, since: Date.now() } : { spent: elapsed(), since: null };
		save();
		render();
	});
	reset?.addEventListener('click', () => {
		state = { spent: 0, since: state.since === null ? null : Date.now() };
		save();
		render();
	});
	save();
	render();
	const tick = setInterval(render, 1000);
	return () => clearInterval(tick);
}
