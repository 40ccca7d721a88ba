import { expect, test } from 'vitest';

test('tests run under the Node 22 pinned in devDependencies, not the machine Node 20', () => {
	expect(process.version.startsWith('v22.')).toBe(true);
});
