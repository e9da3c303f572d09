import {
  createScimClient,
  type ScimClient,
  type ScimClientOptions,
} from '@/scim';

let sendRequest: typeof fetch | null = null;

/**
 * Routes the console's requests through `fetcher` instead of the network:
 * demo mode hands its requests straight to the in-page mock server.
 */
export function routeRequestsThrough(fetcher: typeof fetch | null): void {
  sendRequest = fetcher;
}

// The console's own `/scim`: the demo server in the page, or in live mode
// the local proxy that adds the credentials.
const local = createScimClient({
  baseUrl: '/scim',
  fetch: (input, init) => (sendRequest ?? globalThis.fetch)(input, init),
});
let current: ScimClient = local;

/**
 * Points the console at another SCIM server (Settings → Connect, for
 * servers that allow CORS), or back at its own `/scim` with null. A key in
 * `options.auth` lives only inside the client built here, in memory.
 */
export function pointClientAt(options: ScimClientOptions | null): void {
  current = options ? createScimClient(options) : local;
}

/** The client of the current connection. */
export function getScim(): ScimClient {
  return current;
}

/**
 * The console's SCIM client: each call goes to the current connection, so
 * that modules holding it keep working after a Connect.
 */
export const scim: ScimClient = new Proxy(local, {
  get: (_local, name) => Reflect.get(current, name),
});
