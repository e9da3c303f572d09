export const CONFIG_URL = '/__console/config.json';

/** What the live-mode proxy answers at CONFIG_URL (scripts/live-proxy). */
export type RuntimeConfig =
  | { mode: 'demo' }
  | {
      mode: 'live';
      server: string;
      auth: 'bearer' | 'basic';
      username: string | null;
      deployment: 'dedicated' | 'multi-tenant' | null;
      generation: 'current' | 'legacy' | null;
    };

const DEMO: RuntimeConfig = { mode: 'demo' };

// Checked by hand rather than with a schema library: the entry loads this
// before anything else, so whatever it imports is in every first load.
// Anything but a complete live config means the demo.
function readConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null) return DEMO;
  const { mode, server, auth, username, deployment, generation } =
    value as Record<string, unknown>;
  if (
    mode !== 'live' ||
    typeof server !== 'string' ||
    !oneOf(auth, ['bearer', 'basic'] as const) ||
    !(username === null || typeof username === 'string') ||
    !oneOf(deployment, ['dedicated', 'multi-tenant', null] as const) ||
    !oneOf(generation, ['current', 'legacy', null] as const)
  ) {
    return DEMO;
  }
  return { mode, server, auth, username, deployment, generation };
}

function oneOf<T>(value: unknown, allowed: readonly T[]): value is T {
  return allowed.includes(value as T);
}

declare global {
  interface Window {
    /** The request for the runtime config that index.html sends early. */
    consoleConfigRequest?: Promise<Response>;
  }
}

/**
 * Asks the server that serves the console which mode to run in, so that one
 * build serves both. A host without the endpoint (a plain static server, or
 * `vite` without SCIM_URL) means the demo.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    // index.html asks as the page starts, so the answer is usually here.
    const response = await (window.consoleConfigRequest ??
      fetch(CONFIG_URL, { cache: 'no-store' }));
    if (!response.ok) return { mode: 'demo' };
    return readConfig(await response.json());
  } catch {
    return { mode: 'demo' };
  }
}
