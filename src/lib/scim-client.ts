import { createScimClient } from '@/scim';

let sendRequest: typeof fetch | null = null;

/**
 * Routes the console's requests through `fetcher` instead of the network:
 * demo mode hands its requests straight to the in-page mock server.
 */
export function routeRequestsThrough(fetcher: typeof fetch | null): void {
  sendRequest = fetcher;
}

/**
 * The console's SCIM client. In demo mode the in-browser mock answers
 * `/scim`; in live mode a local proxy there adds the credentials.
 */
export const scim = createScimClient({
  baseUrl: '/scim',
  fetch: (input, init) => (sendRequest ?? globalThis.fetch)(input, init),
});
