import { defineConfig } from 'vitest/config';

// Browser tests drive the built site in Debian's Chromium. One server for all files; files
// run one after the other so that two Chromiums do not fight for the machine's two cores.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/browser/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
