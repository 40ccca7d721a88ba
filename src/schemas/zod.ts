// Zod from Astro, configured for a strict Content-Security-Policy: without `jitless`, zod 4
// probes `new Function` on first parse, which a policy without 'unsafe-eval' reports as a
// violation in every page whose islands validate data. Every schema and store imports z from here.
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
