/**
 * The protocol between a projection window and its presenter view, over a BroadcastChannel: no
 * server, one machine. Each window says where it is; a window that opens (or reloads) says
 * « hello », and the windows open before it answer with their place, which it adopts. A window
 * opened on another lesson is a new choice of the trainer: the older windows follow it.
 */

export const CHANNEL_NAME = 'chorus-pro-projection';
export const PROTOCOL_VERSION = 1;

export type Role = 'projection' | 'presentateur';

interface Base {
	v: typeof PROTOCOL_VERSION;
	/** The sending window's id (random, per load). */
	from: string;
	role: Role;
	lesson: string;
}

export type DeckMessage =
	| (Base & { type: 'hello'; slide: number; /** When the window loaded (ms since epoch). */ since: number })
	| (Base & { type: 'position'; slide: number })
	| (Base & { type: 'solution'; slide: number; shown: boolean })
	| (Base & { type: 'bye' });

const TYPES = new Set(['hello', 'position', 'solution', 'bye']);

/** The message if `data` is one of ours (any other posting on the channel is ignored). */
export function readMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.v !== PROTOCOL_VERSION || typeof m.type !== 'string' || !TYPES.has(m.type)) return null;
	if (typeof m.from !== 'string' || typeof m.lesson !== 'string' || !/^[a-z0-9-]+$/.test(m.lesson)) return null;
	if (m.role !== 'projection' && m.role !== 'presentateur') return null;
	if (m.type !== 'bye' && !(Number.isInteger(m.slide) && (m.slide as number) >= 1)) return null;
	if (m.type === 'hello' && typeof m.since !== 'number') return null;
	if (m.type === 'solution' && typeof m.shown !== 'boolean') return null;
	return data as DeckMessage;
}

/** A window's own state, as the protocol needs it. */
export interface WindowState {
	id: string;
	role: Role;
	lesson: string;
	slide: number;
	since: number;
}

/** What a window does on a message: nothing, move, open another lesson, or answer. */
export type Reaction =
	| { kind: 'none' }
	| { kind: 'goto'; slide: number }
	| { kind: 'open-lesson'; lesson: string; slide: number }
	| { kind: 'solution'; slide: number; shown: boolean }
	| { kind: 'reply'; message: DeckMessage }
	| { kind: 'peer-left'; role: Role };

/** The reaction of window `me` to message `m`. */
export function react(me: WindowState, m: DeckMessage): Reaction {
	if (m.from === me.id) return { kind: 'none' };
	if (m.type === 'bye') return { kind: 'peer-left', role: m.role };
	if (m.type === 'hello') {
		// Only a window open before the newcomer answers or follows it: two windows loading
		// together must not swap places (the same millisecond is settled by the ids).
		if (!openedBefore(me, m)) return { kind: 'none' };
		if (m.lesson !== me.lesson) return { kind: 'open-lesson', lesson: m.lesson, slide: m.slide };
		return { kind: 'reply', message: positionOf(me) };
	}
	if (m.lesson !== me.lesson) return m.type === 'position' ? { kind: 'open-lesson', lesson: m.lesson, slide: m.slide } : { kind: 'none' };
	if (m.type === 'solution') return { kind: 'solution', slide: m.slide, shown: m.shown };
	return m.slide === me.slide ? { kind: 'none' } : { kind: 'goto', slide: m.slide };
}

/** Whether window `me` opened before the sender of `hello`. */
function openedBefore(me: WindowState, hello: { since: number; from: string }): boolean {
	return me.since < hello.since || (me.since === hello.since && me.id < hello.from);
}

/** The « here I am » message of a window. */
export function positionOf(me: WindowState): DeckMessage {
	return { v: PROTOCOL_VERSION, type: 'position', from: me.id, role: me.role, lesson: me.lesson, slide: me.slide };
}

/** The message a window sends when it opens. */
export function helloOf(me: WindowState): DeckMessage {
	return { v: PROTOCOL_VERSION, type: 'hello', from: me.id, role: me.role, lesson: me.lesson, slide: me.slide, since: me.since };
}
