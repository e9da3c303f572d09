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
export async function startDemoBackend(): Promise<DemoBackend> {
  const store = new MockStore(browserPersistence(window.localStorage));
  const worker = setupWorker(...createHandlers(store, '/scim'));

  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });

  const controller = createController(store);
  window.scimDemo = controller;
  return controller;
}
