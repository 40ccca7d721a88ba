/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit, schema, store, content and widget tests. Widget files opt into happy-dom on line 1;
// the node environment is the default because Astro's container API needs it.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/browser/**'],
		environment: 'node',
	},
});
