import { CHANNEL_NAME, helloOf, positionOf, react, readMessage, type DeckMessage, type Reaction, type Role, type WindowState } from '../../lib/presenter-channel';

/** A window's end of the channel: it says where it is, and reacts to the others. */
export interface DeckChannel {
	state: WindowState;
	/** Tells the other windows this one moved (never called for a move they asked for). */
	moved: (slide: number) => void;
	solution: (slide: number, shown: boolean) => void;
}

/**
 * Opens the channel for a window of `role` on `lesson`, at `slide`. `onReaction` applies what
 * another window asks. Without BroadcastChannel (an old browser), the window works alone.
 */
export function openDeckChannel(role: Role, lesson: string, slide: number, onReaction: (r: Reaction) => void): DeckChannel {
	const state: WindowState = { id: Math.random().toString(36).slice(2), role, lesson, slide, since: Date.now() };
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
	const post = (m: DeckMessage) => channel?.postMessage(m);
	channel?.addEventListener('message', (event) => {
		const message = readMessage(event.data);
		if (!message) return;
		const reaction = react(state, message);
		if (reaction.kind === 'reply') post(reaction.message);
		else onReaction(reaction);
	});
	addEventListener('pagehide', () => post({ v: 1, type: 'bye', from: state.id, role, lesson }));
	post(helloOf(state));
	return {
		state,
		moved(n) {
			state.slide = n;
			post(positionOf(state));
		},
		solution(n, shown) {
			post({ v: 1, type: 'solution', from: state.id, role, lesson, slide: n, shown });
		},
	};
}
