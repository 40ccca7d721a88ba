import { describe, expect, test } from 'vitest';
import { BRIDGE_NAME, bridgeBackend, findBridge, type LmsBridge } from '../../../src/lib/lms/bridge';

/** A bridge as the wrapper puts it on its window, recording what the course page asks. */
function fakeBridge(): LmsBridge & { saved: string[]; listeners: Set<(m: string) => void> } {
	const listeners = new Set<(m: string) => void>();
	const saved: string[] = [];
	return {
		version: 1,
		saved,
		listeners,
		load: () => '{"version":2}',
		save: (s) => (saved.push(s), true),
		keepAside: () => false,
		listAside: () => [{ key: 'k', raw: 'r' }],
		removeAside: () => {},
		lastMessage: () => 'message',
		onMessage(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

describe('findBridge', () => {
	test('a page that is not framed, framed by another origin, or by a wrapper of another version: no bridge', () => {
		const top = {} as Window;
		Object.assign(top, { parent: top });
		expect(findBridge(top)).toBeNull();
		const crossOrigin = {
			get parent(): Window {
				return new Proxy({} as Window, {
					get() {
						throw new DOMException('Blocked a frame with origin', 'SecurityError');
					},
				});
			},
		} as Window;
		expect(findBridge(crossOrigin)).toBeNull();
		expect(findBridge({ parent: { [BRIDGE_NAME]: { ...fakeBridge(), version: 2 } } } as unknown as Window)).toBeNull();
	});

	test('a page framed by the wrapper finds its bridge', () => {
		const bridge = fakeBridge();
		expect(findBridge({ parent: { [BRIDGE_NAME]: bridge } } as unknown as Window)).toBe(bridge);
	});
});

describe('bridgeBackend', () => {
	test('passes load, save and set-aside copies through; never clears; hears no other tab', () => {
		const bridge = fakeBridge();
		const backend = bridgeBackend(bridge, null);
		expect(backend.mode).toBe('lms');
		expect(backend.load()).toBe('{"version":2}');
		expect(backend.save('{"a":1}')).toBe(true);
		expect(bridge.saved).toEqual(['{"a":1}']);
		expect(backend.listAside('k')).toEqual([{ key: 'k', raw: 'r' }]);
		backend.clear();
		expect(bridge.saved).toEqual(['{"a":1}']);
		expect(typeof backend.subscribe(() => {})).toBe('function');
		expect(backend.lastMessage()).toBe('message');
	});

	test('the page’s message listener leaves the wrapper when the page goes (pagehide)', () => {
		const bridge = fakeBridge();
		const events = new EventTarget();
		const backend = bridgeBackend(bridge, events as unknown as Window);
		const heard: string[] = [];
		backend.onMessage((m) => heard.push(m));
		expect(bridge.listeners.size).toBe(1);
		for (const l of bridge.listeners) l('échec');
		expect(heard).toEqual(['échec']);
		events.dispatchEvent(new Event('pagehide'));
		expect(bridge.listeners.size).toBe(0);
	});
});
