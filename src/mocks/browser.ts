import type { RequestHandler } from 'msw';
import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';

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
  const worker = setupWorker(...handlers);

  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });

  // Another tab saved the organization: take its writes before ours.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith('scim-console:demo-')) store.reload();
  });

  const controller = createController(store);
  window.scimDemo = controller;
  return { ...controller, fetch: directFetch(handlers) };
}

/**
 * Answers the console's own requests in the page, with the same handlers
 * and the same Request and Response objects, but without the round trip
 * through the service worker, which copies a 10,000-user list twice. Other
 * requests (a test's or the admin's own fetch) still go through the worker.
 */
function directFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(
      input instanceof Request ? input : new URL(String(input), location.href),
      init,
    );
    return (await getResponse(handlers, request)) ?? fetch(request);
  };
}
