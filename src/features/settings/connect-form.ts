import type { ScimAuth } from '@/scim';

export interface ConnectFields {
  server: string;
  auth: 'bearer' | 'basic';
  key: string;
  username: string;
}

export type ConnectForm =
  { ok: true; server: string; auth: ScimAuth } | { ok: false; problem: string };

/** Checks the Connect form before anything is sent. */
export function readConnectForm(fields: ConnectFields): ConnectForm {
  let url: URL;
  try {
    url = new URL(fields.server.trim());
  } catch {
    return {
      ok: false,
      problem: 'Enter the server URL, e.g. https://host/scim.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'The server URL must start with https://.' };
  }
  if (url.username || url.password || url.search) {
    return {
      ok: false,
      problem: 'Put no credentials or query in the URL: use the fields below.',
    };
  }
  if (!fields.key) return { ok: false, problem: 'Enter the API key.' };

  const server = url.toString().replace(/\/+$/, '');
  return {
    ok: true,
    server,
    auth:
      fields.auth === 'basic'
        ? { type: 'basic', username: fields.username.trim(), key: fields.key }
        : { type: 'bearer', token: fields.key },
  };
}
