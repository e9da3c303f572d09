import { z } from 'zod';

export const CONFIG_URL = '/__console/config.json';

// What the live-mode proxy answers at CONFIG_URL (scripts/live-proxy).
const configSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo') }),
  z.object({
    mode: z.literal('live'),
    server: z.string(),
    auth: z.enum(['bearer', 'basic']),
    username: z.string().nullable(),
    deployment: z.enum(['dedicated', 'multi-tenant']).nullable(),
    generation: z.enum(['current', 'legacy']).nullable(),
  }),
]);

export type RuntimeConfig = z.infer<typeof configSchema>;

/**
 * Asks the server that serves the console which mode to run in, so that one
 * build serves both. A host without the endpoint (a plain static server, or
 * `vite` without SCIM_URL) means the demo.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(CONFIG_URL, { cache: 'no-store' });
    if (!response.ok) return { mode: 'demo' };
    const parsed = configSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : { mode: 'demo' };
  } catch {
    return { mode: 'demo' };
  }
}
