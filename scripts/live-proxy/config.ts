/** How the proxy reaches the SCIM server, read from its own environment. */
export interface LiveTarget {
  /** The SCIM base, e.g. `https://host/scim`, without credentials. */
  base: URL;
  auth: 'bearer' | 'basic';
  /** For Basic: a person's username, or '' for an org service account. */
  username: string;
  /** The Authorization header; it never leaves this process but upstream. */
  authorization: string | null;
  /** Values that must never reach the browser or a log line. */
  secrets: string[];
  deployment: 'dedicated' | 'multi-tenant' | null;
  generation: 'current' | 'legacy' | null;
}

/** What the page learns at `/__console/config.json`: nothing secret. */
export type PublicConfig =
  | { mode: 'demo' }
  | {
      mode: 'live';
      server: string;
      auth: 'bearer' | 'basic';
      username: string | null;
      deployment: 'dedicated' | 'multi-tenant' | null;
      generation: 'current' | 'legacy' | null;
    };

type Env = Record<string, string | undefined>;

/**
 * Reads SCIM_URL, SCIM_API_KEY, SCIM_AUTH (bearer | basic), SCIM_USERNAME
 * (Basic; empty for an org service account), SCIM_DEPLOYMENT and
 * SCIM_GENERATION. Answers null without SCIM_URL (demo mode); throws with
 * a reason, naming no secret, when the settings cannot work.
 */
export function readLiveTarget(env: Env): LiveTarget | null {
  const raw = env.SCIM_URL?.trim();
  if (!raw) return null;

  let base: URL;
  try {
    base = new URL(raw);
  } catch {
    throw new Error('SCIM_URL is not a URL (e.g. https://host/scim).');
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error('SCIM_URL must be an http or https URL.');
  }
  if (base.username || base.password) {
    throw new Error('SCIM_URL must not hold credentials; use SCIM_API_KEY.');
  }
  // W&B's SCIM API lives at <host>/scim: a bare host means that.
  if (base.pathname === '/' || base.pathname === '') base.pathname = '/scim';
  base.pathname = base.pathname.replace(/\/+$/, '');
  base.search = '';
  base.hash = '';

  const key = env.SCIM_API_KEY ?? '';
  const username = env.SCIM_USERNAME ?? '';
  const auth = chooseAuth(env.SCIM_AUTH, env.SCIM_USERNAME);
  const credentials =
    auth === 'bearer'
      ? key
      : Buffer.from(`${username}:${key}`).toString('base64');
  const authorization = key
    ? `${auth === 'bearer' ? 'Bearer' : 'Basic'} ${credentials}`
    : null;

  return {
    base,
    auth,
    username,
    authorization,
    secrets: key ? [key, credentials] : [],
    deployment: oneOf(env.SCIM_DEPLOYMENT, [
      'dedicated',
      'multi-tenant',
    ] as const),
    generation: oneOf(env.SCIM_GENERATION, ['current', 'legacy'] as const),
  };
}

function chooseAuth(
  declared: string | undefined,
  username: string | undefined,
) {
  const wanted = declared?.trim().toLowerCase();
  if (wanted === 'bearer' || wanted === 'basic') return wanted;
  if (wanted) throw new Error('SCIM_AUTH must be bearer or basic.');
  // A username (even an empty one, for a service account) means Basic.
  return username === undefined ? 'bearer' : 'basic';
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
) {
  return (allowed as readonly string[]).includes(value ?? '')
    ? (value as T)
    : null;
}

/** The page's view of the target. */
export function publicConfig(target: LiveTarget | null): PublicConfig {
  if (!target) return { mode: 'demo' };
  return {
    mode: 'live',
    server: target.base.toString(),
    auth: target.auth,
    username: target.auth === 'basic' ? target.username : null,
    deployment: target.deployment,
    generation: target.generation,
  };
}
