import { describe, expect, test } from 'vitest';
import {
	helloOf,
	positionOf,
	PROTOCOL_VERSION,
	react,
	readMessage,
	type DeckMessage,
	type Reaction,
	type WindowState,
} from '../../src/lib/presenter-channel';

/**
 * Issue 13: the protocol that keeps a projection window and its presenter view in step over a
 * BroadcastChannel, both ways and after a reload, with no server.
 */

const LESSON = '07-cadres-facturation';
const OTHER = '08-champs-a-remplir';

const projection = (patch: Partial<WindowState> = {}): WindowState => ({ id: 'proj-1', role: 'projection', lesson: LESSON, slide: 3, since: 1_000, ...patch });
const presenter = (patch: Partial<WindowState> = {}): WindowState => ({ id: 'pres-1', role: 'presentateur', lesson: LESSON, slide: 3, since: 2_000, ...patch });

const valid: Record<DeckMessage['type'], DeckMessage> = {
	hello: { v: 1, type: 'hello', from: 'a', role: 'projection', lesson: LESSON, slide: 2, since: 1_700_000_000_000 },
	position: { v: 1, type: 'position', from: 'a', role: 'presentateur', lesson: LESSON, slide: 5 },
	solution: { v: 1, type: 'solution', from: 'a', role: 'presentateur', lesson: LESSON, slide: 6, shown: false },
	bye: { v: 1, type: 'bye', from: 'a', role: 'projection', lesson: LESSON },
};

describe('readMessage', () => {
	test.each(Object.keys(valid) as DeckMessage['type'][])('accepts a valid « %s » message as it is', (type) => {
		expect(readMessage(valid[type])).toBe(valid[type]);
	});

	test('accepts a structured clone of each message (what BroadcastChannel delivers)', () => {
		for (const m of Object.values(valid)) expect(readMessage(structuredClone(m))).toEqual(m);
	});

	test('rejects whatever is not an object', () => {
		for (const data of [null, undefined, 0, 1, true, 'position', '{"v":1,"type":"position"}', [], Symbol('x')]) {
			expect(readMessage(data)).toBeNull();
		}
	});

	test('rejects another version, or no version', () => {
		expect(readMessage({ ...valid.position, v: 2 })).toBeNull();
		expect(readMessage({ ...valid.position, v: '1' })).toBeNull();
		const { v: _v, ...unversioned } = valid.position;
		expect(readMessage(unversioned)).toBeNull();
	});

	test('rejects an unknown type', () => {
		expect(readMessage({ ...valid.position, type: 'goto' })).toBeNull();
		expect(readMessage({ ...valid.position, type: 'POSITION' })).toBeNull();
		expect(readMessage({ ...valid.position, type: 1 })).toBeNull();
	});

	test('rejects a bad lesson id', () => {
		for (const lesson of ['', '07_cadres', '07-Cadres', '../07', '07 cadres', 'leçon', 7, null]) {
			expect(readMessage({ ...valid.position, lesson })).toBeNull();
		}
	});

	test('rejects a missing sender or an unknown role', () => {
		expect(readMessage({ ...valid.position, from: 3 })).toBeNull();
		const { from: _from, ...anonymous } = valid.position;
		expect(readMessage(anonymous)).toBeNull();
		expect(readMessage({ ...valid.position, role: 'apprenant' })).toBeNull();
		expect(readMessage({ ...valid.position, role: 'presenter' })).toBeNull();
	});

	test('rejects a missing, zero, negative, fractional or textual slide on every type but « bye »', () => {
		for (const type of ['hello', 'position', 'solution'] as const) {
			const { slide: _slide, ...noSlide } = valid[type] as DeckMessage & { slide: number };
			expect(readMessage(noSlide)).toBeNull();
			for (const slide of [0, -1, 2.5, '3', Number.NaN, null]) expect(readMessage({ ...valid[type], slide })).toBeNull();
		}
		// « bye » carries no slide, and needs none.
		expect(readMessage({ v: 1, type: 'bye', from: 'a', role: 'projection', lesson: LESSON })).not.toBeNull();
	});

	test('rejects a hello without « since » and a solution without « shown »', () => {
		const { since: _since, ...noSince } = valid.hello as Extract<DeckMessage, { type: 'hello' }>;
		expect(readMessage(noSince)).toBeNull();
		expect(readMessage({ ...valid.hello, since: '1700000000000' })).toBeNull();
		const { shown: _shown, ...noShown } = valid.solution as Extract<DeckMessage, { type: 'solution' }>;
		expect(readMessage(noShown)).toBeNull();
		expect(readMessage({ ...valid.solution, shown: 'true' })).toBeNull();
	});
});

describe('positionOf and helloOf', () => {
	test('say where a window is, and are read back as valid messages', () => {
		const me = projection({ slide: 7, since: 1_234 });
		expect(positionOf(me)).toEqual({ v: PROTOCOL_VERSION, type: 'position', from: 'proj-1', role: 'projection', lesson: LESSON, slide: 7 });
		expect(helloOf(me)).toEqual({ v: PROTOCOL_VERSION, type: 'hello', from: 'proj-1', role: 'projection', lesson: LESSON, slide: 7, since: 1_234 });
		expect(readMessage(positionOf(me))).not.toBeNull();
		expect(readMessage(helloOf(me))).not.toBeNull();
	});
});

describe('react', () => {
	test('a window ignores its own messages, whatever they say', () => {
		const me = projection();
		expect(react(me, positionOf({ ...me, slide: 9 }))).toEqual({ kind: 'none' });
		expect(react(me, helloOf({ ...me, lesson: OTHER }))).toEqual({ kind: 'none' });
		expect(react(me, { v: 1, type: 'bye', from: me.id, role: me.role, lesson: me.lesson })).toEqual({ kind: 'none' });
	});

	test('a position on the same lesson moves the window there', () => {
		expect(react(projection({ slide: 3 }), positionOf(presenter({ slide: 5 })))).toEqual({ kind: 'goto', slide: 5 });
		expect(react(presenter({ slide: 5 }), positionOf(projection({ slide: 1 })))).toEqual({ kind: 'goto', slide: 1 });
	});

	test('a position where the window already is changes nothing (no echo)', () => {
		expect(react(projection({ slide: 5 }), positionOf(presenter({ slide: 5 })))).toEqual({ kind: 'none' });
	});

	test('a position on another lesson opens that lesson at that slide', () => {
		expect(react(projection(), positionOf(presenter({ lesson: OTHER, slide: 4 })))).toEqual({ kind: 'open-lesson', lesson: OTHER, slide: 4 });
	});

	test('a hello on the same lesson from a newer window is answered with this window\'s position', () => {
		const me = projection({ slide: 5, since: 1_000 });
		const reaction = react(me, helloOf(presenter({ slide: 1, since: 2_000 })));
		expect(reaction).toEqual({ kind: 'reply', message: positionOf(me) });
	});

	test('a hello from an OLDER window (two windows loading together) is not answered', () => {
		expect(react(presenter({ since: 2_000, slide: 5 }), helloOf(projection({ since: 1_000, slide: 3 })))).toEqual({ kind: 'none' });
	});

	test('a hello on another lesson opens that lesson at the newcomer\'s slide', () => {
		expect(react(projection({ since: 1_000 }), helloOf(presenter({ lesson: OTHER, slide: 2, since: 2_000 })))).toEqual({
			kind: 'open-lesson',
			lesson: OTHER,
			slide: 2,
		});
	});

	test('a solution shown or hidden on the same lesson is applied to its slide', () => {
		const from = presenter();
		const shown: DeckMessage = { v: 1, type: 'solution', from: from.id, role: from.role, lesson: LESSON, slide: 6, shown: true };
		expect(react(projection(), shown)).toEqual({ kind: 'solution', slide: 6, shown: true });
		expect(react(projection(), { ...shown, shown: false })).toEqual({ kind: 'solution', slide: 6, shown: false });
	});

	test('a solution on another lesson is ignored', () => {
		const m: DeckMessage = { v: 1, type: 'solution', from: 'pres-1', role: 'presentateur', lesson: OTHER, slide: 6, shown: true };
		expect(react(projection(), m)).toEqual({ kind: 'none' });
	});

	test('a bye tells which window left', () => {
		expect(react(projection(), { v: 1, type: 'bye', from: 'pres-1', role: 'presentateur', lesson: LESSON })).toEqual({ kind: 'peer-left', role: 'presentateur' });
		expect(react(presenter(), { v: 1, type: 'bye', from: 'proj-1', role: 'projection', lesson: OTHER })).toEqual({ kind: 'peer-left', role: 'projection' });
	});

	// Two windows restored together on different lessons (a browser session restore) must not each
	// open the other's lesson: only a window older than the hello's sender follows it.
	test('a hello on another lesson from an OLDER window is not followed', () => {
		expect(react(presenter({ since: 2_000 }), helloOf(projection({ lesson: OTHER, since: 1_000 })))).toEqual({ kind: 'none' });
	});

	// With `since` from Date.now(), two windows may load in the same millisecond: the window ids
	// settle which one answers, so they do not swap places.
	test('two windows loading in the same millisecond: only one answers the other\'s hello', () => {
		const a = projection({ slide: 3, since: 5_000 });
		const b = presenter({ slide: 8, since: 5_000 });
		const answers = [react(a, helloOf(b)), react(b, helloOf(a))].filter((r) => r.kind === 'reply');
		expect(answers).toHaveLength(1);
	});
});

/**
 * Two windows on one machine, as channel.ts wires them: every posted message reaches the other
 * window (never its sender), goes through readMessage, and its reaction is applied; a « reply »
 * is posted back, a « goto » moves the window without posting (a move asked by the other window
 * is not echoed).
 */
class Bus {
	readonly windows: WindowState[] = [];
	readonly log: string[] = [];

	join(w: WindowState): void {
		this.windows.push(w);
		this.post(w, helloOf(w));
	}

	leave(w: WindowState): void {
		this.windows.splice(this.windows.indexOf(w), 1);
		this.post(w, { v: 1, type: 'bye', from: w.id, role: w.role, lesson: w.lesson });
	}

	/** The window moved by the trainer's own hand: it says so. */
	move(w: WindowState, slide: number): void {
		w.slide = slide;
		this.post(w, positionOf(w));
	}

	post(sender: WindowState, message: DeckMessage): void {
		// Through a structured clone and readMessage, as a real channel delivers it.
		const data: unknown = structuredClone(message);
		for (const w of [...this.windows]) {
			if (w === sender) continue;
			const m = readMessage(data);
			if (!m) throw new Error('a message of ours was refused');
			this.apply(w, react(w, m));
		}
	}

	private apply(w: WindowState, r: Reaction): void {
		this.log.push(`${w.role}:${r.kind}`);
		if (r.kind === 'goto') w.slide = r.slide;
		else if (r.kind === 'reply') this.post(w, r.message);
		else if (r.kind === 'open-lesson') {
			w.lesson = r.lesson;
			w.slide = r.slide;
		}
	}
}

describe('two windows in step, both ways and after a reload', () => {
	test('the presenter moves 1 → 5 and the projection follows; then the projection leads back to 2', () => {
		const bus = new Bus();
		const proj = projection({ slide: 1, since: 1_000 });
		const pres = presenter({ slide: 1, since: 2_000 });
		bus.join(proj);
		bus.join(pres);
		for (let n = 2; n <= 5; n += 1) {
			bus.move(pres, n);
			expect(proj.slide).toBe(n);
		}
		bus.move(proj, 2);
		expect(pres.slide).toBe(2);
	});

	test('the projection reloads at 3 with a new id and time, says hello, the presenter replies 5: the projection ends at 5', () => {
		const bus = new Bus();
		const proj = projection({ slide: 1, since: 1_000 });
		const pres = presenter({ slide: 1, since: 2_000 });
		bus.join(proj);
		bus.join(pres);
		bus.move(pres, 5);
		expect(proj.slide).toBe(5);

		// The reload: the old window says bye, a new one opens from the URL at slide 3 (an old hash).
		bus.leave(proj);
		expect(bus.log.at(-1)).toBe('presentateur:peer-left');
		const reloaded = projection({ id: 'proj-2', slide: 3, since: 3_000 });
		bus.join(reloaded);

		expect(reloaded.slide).toBe(5);
		expect(pres.slide).toBe(5);
		// And the two still follow each other afterwards, both ways.
		bus.move(reloaded, 6);
		expect(pres.slide).toBe(6);
		bus.move(pres, 4);
		expect(reloaded.slide).toBe(4);
	});

	test('the presenter reloads: it takes the projection\'s place, the projection does not move', () => {
		const bus = new Bus();
		const proj = projection({ slide: 7, since: 1_000 });
		bus.join(proj);
		bus.join(presenter({ slide: 7, since: 2_000 }));
		const reloaded = presenter({ id: 'pres-2', slide: 1, since: 4_000 });
		bus.join(reloaded);
		expect(reloaded.slide).toBe(7);
		expect(proj.slide).toBe(7);
	});

	test('the presenter opens another lesson: the projection follows it there', () => {
		const bus = new Bus();
		const proj = projection({ slide: 9, since: 1_000 });
		const pres = presenter({ slide: 9, since: 2_000 });
		bus.join(proj);
		bus.join(pres);
		bus.leave(pres);
		bus.join(presenter({ id: 'pres-2', lesson: OTHER, slide: 1, since: 5_000 }));
		expect(proj).toMatchObject({ lesson: OTHER, slide: 1 });
	});
});
