import { beforeEach, describe, expect, test } from 'vitest';
import { $demoMode, $notices, $revealRequest, addNotice, dismissNotice, requestReveal, setDemoMode } from '../../src/stores/session';

beforeEach(() => {
	$notices.set([]);
	setDemoMode(false);
	$revealRequest.set(null);
});

describe('notices', () => {
	test('addNotice keeps one notice per id, the latest text winning', () => {
		addNotice({ id: 'memoire', text: 'premier' });
		addNotice({ id: 'quarantaine', text: 'mis de côté' });

		addNotice({ id: 'memoire', text: 'second' });

		expect($notices.get()).toEqual([
			{ id: 'quarantaine', text: 'mis de côté' },
			{ id: 'memoire', text: 'second' },
		]);
	});

	test('dismissNotice removes only that notice', () => {
		addNotice({ id: 'memoire', text: 'm' });
		addNotice({ id: 'import', text: 'i' });

		dismissNotice('memoire');

		expect($notices.get()).toEqual([{ id: 'import', text: 'i' }]);
	});
});

describe('setDemoMode', () => {
	test('turns demo mode on and off', () => {
		setDemoMode(true);
		const on = $demoMode.get();
		setDemoMode(false);

		expect(on).toBe(true);
		expect($demoMode.get()).toBe(false);
	});
});

describe('requestReveal', () => {
	test('asks for all items by default and counts requests so repeats are seen', () => {
		requestReveal();
		const first = $revealRequest.get();

		requestReveal('q-siret');

		expect(first).toEqual({ target: 'all', n: 1, hide: false });
		expect($revealRequest.get()).toEqual({ target: 'q-siret', n: 2, hide: false });
	});

	test('asks to hide a solution again (the projection’s « Masquer la solution »)', () => {
		requestReveal('q-siret');
		requestReveal('q-siret', true);

		expect($revealRequest.get()).toEqual({ target: 'q-siret', n: 2, hide: true });
	});

});
