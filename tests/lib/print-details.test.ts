import { describe, expect, test } from 'vitest';
import { openDisclosuresForPrint, type Disclosure } from '../../src/lib/print-details';

/** A window that records its listeners, and a document holding some disclosures. */
function page(states: boolean[]) {
	const listeners = new Map<string, () => void>();
	const details: Disclosure[] = states.map((open) => ({ open }));
	openDisclosuresForPrint({ addEventListener: (type, listener) => listeners.set(type, listener) }, { querySelectorAll: () => details });
	const fire = (type: string) => listeners.get(type)?.();
	return { details, fire };
}

describe('openDisclosuresForPrint', () => {
	test('opens every disclosure before printing', () => {
		const { details, fire } = page([false, true, false]);

		fire('beforeprint');

		expect(details.map((d) => d.open)).toEqual([true, true, true]);
	});

	test('after printing, closes only those it opened: the learner’s open disclosure stays open', () => {
		const { details, fire } = page([false, true, false]);

		fire('beforeprint');
		fire('afterprint');

		expect(details.map((d) => d.open)).toEqual([false, true, false]);
	});

	test('a second print starts from the state the learner left', () => {
		const { details, fire } = page([false, false]);
		fire('beforeprint');
		fire('afterprint');
		details[1]!.open = true;

		fire('beforeprint');
		fire('afterprint');

		expect(details.map((d) => d.open)).toEqual([false, true]);
	});
});
