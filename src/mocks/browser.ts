import type { RequestHandler } from 'msw';
import { getResponse } from 'msw';

import type { DemoBackend } from '@/lib/demo-backend';

import { createController } from './controller';
import { createHandlers } from './handlers';
import { browserPersistence } from './persistence';
import { MockStore } from './store';

declare global {
  interface Window {
    /** The demo server's controls, for fault drills and end-to-end tests. */
    scimDemo?: DemoBackend;
  }
}

/** Starts the in-browser SCIM server; resolves once it answers requests. */
export async function startDemoBackend(): Promise<
  DemoBackend & { fetch: typeof fetch }
> {
  const store = new MockStore(browserPersistence(window.localStorage));
  const handlers = createHandlers(store, '/scim');
  const network = window.fetch.bind(window);
  const answer = directFetch(handlers, network);

  // Every request this page makes to /scim (the console's, a test's, the
  // admin's own from the devtools) is answered here by the same handlers.
  // A service worker did this before, but it also stood between the page
  // and every script it loads, and on a busy machine those loads stalled.
  window.fetch = (input, init) =>
    isScimRequest(input) ? answer(input, init) : network(input, init);
  await retireServiceWorkers();

  // Another tab saved the organization: take its writes before ours.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith('scim-console:demo-')) store.reload();
  });

  const controller = createController(store);
  window.scimDemo = controller;
  return { ...controller, fetch: answer };
}

/**
 * Answers requests in the page with the mock's handlers, as Request and
 * Response objects, so the console reads real HTTP answers.
 */
function directFetch(
  handlers: RequestHandler[],
  network: typeof fetch,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(
      input instanceof Request ? input : new URL(String(input), location.href),
      init,
    );
    return (await getResponse(handlers, request)) ?? network(request);
  };
}

function isScimRequest(input: RequestInfo | URL): boolean {
  const url = new URL(
    input instanceof Request ? input.url : String(input),
    location.href,
  );
  return url.origin === location.origin && url.pathname.startsWith('/scim');
}

// Earlier versions registered a mock service worker; it would keep
// standing between the page and its scripts.
async function retireServiceWorkers(): Promise<void> {
  const registrations =
    (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? [];
  await Promise.all(
    registrations
      .filter((registration) =>
        registration.active?.scriptURL.endsWith('/mockServiceWorker.js'),
      )
      .map((registration) => registration.unregister()),
  );
}
